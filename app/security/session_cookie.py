"""Starting a session and setting, or clearing, the operator's session cookie."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.responses import Response

from app.context import AppContext
from app.security import sessions
from app.security.auth import SessionData, session_cookie_name


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
    _set_cookie(response, context, session_id)


async def promote_session(
    response: Response, context: AppContext, session: AsyncSession, *, data: SessionData
) -> None:
    """The enrolment session replaced by a full one under a new id (`sessions.promote`)."""
    session_id = await sessions.promote(session, data=data, max_age_seconds=context.signer.max_age_seconds)
    _set_cookie(response, context, session_id)


def _set_cookie(response: Response, context: AppContext, session_id: str) -> None:
    response.set_cookie(
        session_cookie_name(production=context.settings.is_production),
        context.signer.dumps(session_id),
        max_age=context.signer.max_age_seconds,
        httponly=True,
        samesite="strict",
        secure=context.settings.is_production,
        path="/",
    )


def clear_session_cookie(response: Response, *, production: bool) -> None:
    name = session_cookie_name(production=production)
    response.delete_cookie(name, path="/", httponly=True, samesite="strict", secure=production)
