"""Setting and clearing the operator session cookie."""

from __future__ import annotations

from starlette.responses import Response

from app.context import AppContext
from app.security.auth import SESSION_COOKIE


def set_session_cookie(response: Response, context: AppContext, *, user_id: int) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        context.signer.dumps(user_id),
        max_age=context.signer.max_age_seconds,
        httponly=True,
        samesite="strict",
        secure=context.settings.is_production,
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
