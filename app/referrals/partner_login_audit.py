"""The audit entries of partner workers' logins, as staff logins have theirs (`login`,
`login.failed`): who logged in to the portal and how far (the password step, the code step), the
attempts refused and why, the logouts. Ids and outcome codes only: never the e-mail typed, the
password or the code."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from app.context import AppContext
from app.security import audit

LOGIN = "partner_user.login"
LOGIN_FAILED = "partner_user.login.failed"
LOGOUT = "partner_user.logout"
SUBJECT = "partner_user"


async def logged_in(session: AsyncSession, *, partner_user_id: int, stage: str, step: str) -> None:
    """In the login's own transaction: `step` is `password` or `code`; `stage` the session's
    (`full`, or `code` / `enrol` when a second step is still owed)."""
    await audit.record(
        session,
        action=LOGIN,
        actor_id=None,  # actor ids are staff accounts; the worker is the subject
        subject_type=SUBJECT,
        subject_id=str(partner_user_id),
        detail={"stage": stage, "step": step},
    )


async def refused(context: AppContext, *, partner_user_id: int | None, outcome: str, step: str) -> None:
    """In a transaction of its own (the refused request's work is rolled back or was never
    begun): the worker's id when the e-mail or the half session names one."""
    async with context.database.transaction() as session:
        await audit.record(
            session,
            action=LOGIN_FAILED,
            actor_id=None,
            subject_type=SUBJECT,
            subject_id=None if partner_user_id is None else str(partner_user_id),
            detail={"outcome": outcome, "step": step},
        )


async def logged_out(session: AsyncSession, *, partner_user_id: int, sessions_ended: int) -> None:
    await audit.record(
        session,
        action=LOGOUT,
        actor_id=None,
        subject_type=SUBJECT,
        subject_id=str(partner_user_id),
        detail={"sessions_ended": sessions_ended},
    )
