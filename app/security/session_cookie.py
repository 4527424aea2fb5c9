"""Setting, or clearing, the operator's session cookie (a login's session, or a promoted one)."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.responses import Response

from app.context import AppContext
from app.security import sessions
from app.security.auth import SessionData, session_cookie_name


def set_session_cookie(response: Response, context: AppContext, session_id: str | None) -> None:
    """The cookie of the session a login opened (`login.attempt`, under the user's lock)."""
    assert session_id is not None
    _set_cookie(response, context, session_id)


async def promote_session(
    response: Response, context: AppContext, session: AsyncSession, *, data: SessionData
) -> None:
    """After two-factor enrolment: the user's sessions ended, a full one under a new id
    (`sessions.promote`)."""
    session_id = await sessions.promote(session, data=data, max_age_seconds=context.signer.max_age_seconds)
    _set_cookie(response, context, session_id)


def _set_cookie(response: Response, context: AppContext, session_id: str) -> None:
    response.set_cookie(
        session_cookie_name(secure=context.settings.secure_cookies),
        context.signer.dumps(session_id),
        max_age=context.signer.max_age_seconds,
        httponly=True,
        samesite="strict",
        secure=context.settings.secure_cookies,
        path="/",
    )


def clear_session_cookie(response: Response, *, secure: bool) -> None:
    name = session_cookie_name(secure=secure)
    response.delete_cookie(name, path="/", httponly=True, samesite="strict", secure=secure)
