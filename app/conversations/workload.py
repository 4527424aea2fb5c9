"""Each staff member's presence and load (open conversations owned), read together, and the
`staff.updated` events that keep the supervisor room and the consoles current.

Whoever changes a presence or who owns a conversation adds `changed(...)` to the events of
the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations.schemas import StaffRead
from app.live import events
from app.models import Conversation, ConversationStatus, Presence, Role, User


async def of_staff(session: AsyncSession, *, user_ids: Iterable[int] | None = None) -> list[StaffRead]:
    """Active staff (or exactly `user_ids`, active or not), busiest first, then by e-mail."""
    owned = sa.func.count(col(Conversation.id))
    statement = (
        select(User, owned)
        .join(
            Conversation,
            sa.and_(
                col(Conversation.assigned_operator_id) == col(User.id),
                col(Conversation.status) == ConversationStatus.active.value,
            ),
            isouter=True,
        )
        .group_by(col(User.id))
        .order_by(owned.desc(), col(User.email))
    )
    if user_ids is None:
        statement = statement.where(col(User.active).is_(True))
    else:
        statement = statement.where(col(User.id).in_(set(user_ids)))
    return [
        StaffRead(
            id=user.id or 0,
            email=user.email,
            role=Role(user.role),
            presence=Presence(user.presence),
            active=user.active,
            open_conversations=count,
        )
        for user, count in (await session.exec(statement)).all()
    ]


async def changed(session: AsyncSession, *user_ids: int | None) -> list[events.NewEvent]:
    """A `staff.updated` event for each of these users (None and repeats skipped)."""
    wanted = {user_id for user_id in user_ids if user_id is not None}
    if not wanted:
        return []
    return [events.staff_updated(staff) for staff in await of_staff(session, user_ids=wanted)]
