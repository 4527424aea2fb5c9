"""Server-side staff sessions: started at login, looked up on every request, ended for
every session of a user at once (logout, password or role change, an admin's revoke).

Ending sessions also notifies every app process (`pg_notify` on commit), so open console
websockets of that user close at once.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import StaffSession, User
from app.models.base import utcnow
from app.security.auth import SessionData

REVOKED_CHANNEL = "hotline_sessions"  # the event hub listens (app.live.event_hub)
FULL = "full"
ENROL = "enrol"  # password given, two-factor enrolment still to do


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


async def start(
    session: AsyncSession, *, user_id: int, max_age_seconds: int, stage: str = FULL, csrf: str | None = None
) -> str:
    """A new session for the user; its random id goes into the (signed) cookie."""
    session_id = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(
        StaffSession(
            id_hash=_hash(session_id),
            user_id=user_id,
            csrf=csrf or secrets.token_urlsafe(24),
            stage=stage,
            created_at=now,
            expires_at=now + timedelta(seconds=max_age_seconds),
        )
    )
    await session.flush()
    return session_id


async def resolve(session: AsyncSession, *, session_id: str) -> tuple[SessionData, User] | None:
    """The live session and its active user; None when ended, expired or unknown."""
    row = (
        await session.exec(
            select(StaffSession, User)
            .join(User, col(User.id) == col(StaffSession.user_id))
            .where(
                col(StaffSession.id_hash) == _hash(session_id),
                col(StaffSession.revoked_at).is_(None),
                col(StaffSession.expires_at) > utcnow(),
                col(User.active).is_(True),
            )
        )
    ).first()
    if row is None:
        return None
    staff, user = row
    data = SessionData(user_id=staff.user_id, csrf=staff.csrf, stage=staff.stage, id_hash=staff.id_hash)
    return data, user


async def still_valid(session: AsyncSession, *, id_hash: str) -> bool:
    found = await session.exec(
        select(StaffSession.id_hash)
        .join(User, col(User.id) == col(StaffSession.user_id))
        .where(
            col(StaffSession.id_hash) == id_hash,
            col(StaffSession.revoked_at).is_(None),
            col(StaffSession.expires_at) > utcnow(),
            col(User.active).is_(True),
        )
    )
    return found.first() is not None


async def any_live(session: AsyncSession, *, user_id: int) -> bool:
    """The user has a session that has not ended, expired nor been revoked (two-factor done)."""
    found = await session.exec(
        select(StaffSession.id_hash)
        .where(
            col(StaffSession.user_id) == user_id,
            col(StaffSession.revoked_at).is_(None),
            col(StaffSession.expires_at) > utcnow(),
            col(StaffSession.stage) == FULL,
        )
        .limit(1)
    )
    return found.first() is not None


async def end_all(session: AsyncSession, *, user_id: int) -> None:
    """End every session of the user; their websockets close when this commits."""
    await session.execute(
        sa.update(StaffSession)
        .where(col(StaffSession.user_id) == user_id, col(StaffSession.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )
    await session.execute(sa.select(sa.func.pg_notify(REVOKED_CHANNEL, str(user_id))))


async def promote(session: AsyncSession, *, data: SessionData, max_age_seconds: int) -> str:
    """Once the second factor is confirmed, every session of the user ends (websockets too: one
    a stranger opened with the password alone among them, which turning two-factor login on
    left open) and a full one starts with a new id (the id changes with the privilege: a copied
    or planted enrolment cookie never becomes a full login). The form token stays, for the page
    already open."""
    await end_all(session, user_id=data.user_id)
    return await start(
        session, user_id=data.user_id, max_age_seconds=max_age_seconds, stage=FULL, csrf=data.csrf
    )
