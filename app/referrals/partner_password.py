"""A partner worker changes their own password: the new hash is stored, every portal session of
the worker ends (another browser, a lost phone) and the one that asked gets a new session id,
with an audit entry that names the account by id only.

The checks are the staff's (`app.security.login.check_current`, `users.new_password_hash`): the
page module runs them, with no database connection held while argon2 works, before `replace`."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import PartnerUser
from app.referrals import partner_accounts
from app.security import audit

AUDIT_ACTION = "partner_user.password_changed"  # audit action


async def replace(session: AsyncSession, *, user_id: int, password_hash: str, max_age_seconds: int) -> str:
    """Store the new hash, end the worker's portal sessions and start the id of the one that
    asked (returned). Audited with no actor (audit actor ids are staff ids): the subject is the
    worker, the detail how many other sessions ended."""
    table = PartnerUser.__table__  # type: ignore[attr-defined]
    await session.execute(sa.update(table).where(table.c.id == user_id).values(password_hash=password_hash))
    ended = await partner_accounts.end_sessions(session, user_id=user_id)
    session_id = await partner_accounts.start_session(
        session, user_id=user_id, max_age_seconds=max_age_seconds
    )
    await audit.record(
        session,
        action=AUDIT_ACTION,
        actor_id=None,
        subject_type="partner_user",
        subject_id=str(user_id),
        detail={"other_sessions_ended": max(0, ended - 1)},
    )
    return session_id
