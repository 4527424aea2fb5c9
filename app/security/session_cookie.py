"""Starting a session and setting, or clearing, the operator's session cookie."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.responses import Response

from app.context import AppContext
from app.security import sessions
from app.security.auth import SESSION_COOKIE


async def open_session(
    response: Response,
    context: AppContext,
    session: AsyncSession,
    *,
    user_id: int,
    stage: str = sessions.FULL,
) -> None:
    session_id = await sessions.start(
        session, user_id=user_id, max_age_seconds=context.signer.max_age_seconds, stage=stage
    )
    response.set_cookie(
        SESSION_COOKIE,
        context.signer.dumps(session_id),
        max_age=context.signer.max_age_seconds,
        httponly=True,
        samesite="strict",
        secure=context.settings.is_production,
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
