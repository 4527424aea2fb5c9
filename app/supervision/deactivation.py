"""Deactivating a staff member (an administrator, or `hotline deactivate-user`): they can no
longer log in, their sessions and open console websockets end at once, and every open
conversation they owned goes back to the queue, unowned, most urgent first as usual, with an
audit entry each and a live event. `hotline create-user` gives the account back."""

from __future__ import annotations

import uuid

from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import ownership
from app.models import Role, User
from app.security import audit, sessions

DEACTIVATE = "user.deactivate"  # audit action


async def deactivate(session: AsyncSession, *, user: User, actor_id: int | None) -> list[uuid.UUID]:
    """The conversations given back to the queue; none when the account was already inactive
    (nothing is written twice)."""
    assert user.id is not None
    if not user.active:
        return []
    user.active = False
    session.add(user)
    await session.flush()
    await audit.record(
        session,
        action=DEACTIVATE,
        actor_id=actor_id,
        subject_type="user",
        subject_id=str(user.id),
        detail={"role": Role(user.role).value},
    )
    await sessions.end_all(session, user_id=user.id)
    return await ownership.release_all(session, owner=user, actor_id=actor_id)
