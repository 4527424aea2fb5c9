"""Who owns a conversation: taking it, the next one offered, transfers, the per-operator limit,
presence, and giving a deactivated owner's conversations back to the queue.

The invariant (also a CHECK constraint on `conversations`): an open conversation is
`waiting` exactly when nobody owns it and `active` exactly when someone does; a closed one
may keep its last owner. Only the owner answers, changes the safe-to-reply flag, tags or
closes; a supervisor or an admin may close or reassign any conversation; anyone may add a
case note.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import queue, workload
from app.conversations.schemas import ConversationRead
from app.errors import Conflict, NotFound
from app.live import events
from app.models import Conversation, ConversationStatus, Presence, Role, User
from app.security import audit

OVERRIDING_ROLES = frozenset({Role.supervisor, Role.admin})
OVERRIDE = "conversation.override"  # audit action: a supervisor or an admin acts as the owner


def status_for(owner_id: int | None) -> ConversationStatus:
    """The status of an open conversation with this owner."""
    return ConversationStatus.waiting if owner_id is None else ConversationStatus.active


def is_consistent(status: str, owner_id: int | None) -> bool:
    """The invariant: "waiting" never names an owner, "active" always does."""
    if status == ConversationStatus.closed.value:
        return True
    return status == status_for(owner_id).value


def overrides(user: User) -> bool:
    """A supervisor or an admin may close or reassign a conversation they do not own."""
    return Role(user.role) in OVERRIDING_ROLES


def refusal(conversation: Conversation, user: User) -> str | None:
    """Why `user` may not act as the owner (None: they may; unowned counts as may)."""
    if conversation.status == ConversationStatus.closed.value:
        return "conversation is closed"
    if conversation.assigned_operator_id not in (None, user.id):
        return f"conversation {conversation.id} is owned by another operator"
    return None


async def act_as_owner(session: AsyncSession, *, conversation: Conversation, user: User, action: str) -> None:
    """The rule of the owner's actions other than replying: the owner goes on, and so does
    anyone on an unowned conversation; a supervisor or an admin on someone else's goes on,
    with an audit entry (`conversation.override`: which action, whose conversation); anyone
    else is a 409. Open or closed alike (a closed conversation keeps its last owner)."""
    owner = conversation.assigned_operator_id
    if owner in (None, user.id):
        return
    if not overrides(user):
        raise Conflict(f"conversation {conversation.id} is owned by another operator")
    await audit.record(
        session,
        action=OVERRIDE,
        actor_id=user.id,
        subject_type="conversation",
        subject_id=str(conversation.id),
        detail={"action": action, "owner": owner},
    )


def capacity_refusal(presence: str, open_count: int, limit: int) -> str | None:
    """Why an operator may not take one more conversation (None: they may)."""
    if presence == Presence.away.value:
        return "operator is away"
    if open_count >= limit:
        return f"operator limit reached: {open_count} of {limit} conversations"
    return None


async def open_count(session: AsyncSession, *, operator_id: int) -> int:
    value = (
        await session.execute(
            sa.select(sa.func.count())
            .select_from(Conversation)
            .where(
                col(Conversation.assigned_operator_id) == operator_id,
                col(Conversation.status) == ConversationStatus.active.value,
            )
        )
    ).scalar()
    return int(value or 0)


async def check_capacity(session: AsyncSession, *, operator: User, limit: int) -> None:
    """409 when the operator is away or at the limit. Locks the operator's row, so two
    takes at once by one operator are counted one after the other."""
    assert operator.id is not None
    locked = await session.get(User, operator.id, with_for_update=True, populate_existing=True)
    assert locked is not None
    reason = capacity_refusal(locked.presence, await open_count(session, operator_id=operator.id), limit)
    if reason is not None:
        raise Conflict(reason)


def assign(conversation: Conversation, owner: User) -> None:
    conversation.assigned_operator_id = owner.id
    conversation.status = status_for(owner.id).value


async def claim(
    session: AsyncSession, *, conversation: Conversation, operator: User, limit: int | None
) -> bool:
    """Before an owner-only action: the owner goes on; an unowned conversation becomes the
    operator's (within the limit, unless `limit` is None); someone else's is a 409.
    True when the owner changed."""
    reason = refusal(conversation, operator)
    if reason is not None:
        raise Conflict(reason)
    if conversation.assigned_operator_id == operator.id:
        return False
    if limit is not None:
        await check_capacity(session, operator=operator, limit=limit)
    assign(conversation, operator)
    session.add(conversation)
    await session.flush()
    return True


async def announce(
    session: AsyncSession,
    conversation_id: uuid.UUID,
    *extra: events.NewEvent,
    staff: Iterable[int | None] = (),
) -> ConversationRead:
    """The conversation's update event, then `extra`, then the load of the `staff` whose
    conversations changed (`staff.updated`)."""
    described = await queue.describe(session, conversation_id=conversation_id)
    assert described is not None
    await events.append(
        session, events.conversation_updated(described), *extra, *await workload.changed(session, *staff)
    )
    return described


async def take(
    session: AsyncSession, *, conversation: Conversation, operator: User, limit: int
) -> ConversationRead:
    """The operator takes the conversation (the caller locked it); taking one's own is a no-op."""
    if await claim(session, conversation=conversation, operator=operator, limit=limit):
        return await announce(session, conversation.id, staff=[operator.id])
    described = await queue.describe(session, conversation_id=conversation.id)
    assert described is not None
    return described


async def take_next(session: AsyncSession, *, operator: User, limit: int) -> ConversationRead | None:
    """The most urgent, longest waiting unowned conversation, now the operator's; None when
    nobody waits. Only an available operator is offered one."""
    if operator.presence != Presence.available.value:
        raise Conflict(f"operator is {operator.presence}: only available operators are offered one")
    await check_capacity(session, operator=operator, limit=limit)
    conversation = (
        await session.exec(
            select(Conversation)
            .where(
                col(Conversation.status) == ConversationStatus.waiting.value,
                col(Conversation.assigned_operator_id).is_(None),
            )
            .order_by(col(Conversation.urgency_rank), col(Conversation.waiting_since))
            .limit(1)
            .with_for_update(skip_locked=True)
        )
    ).first()
    if conversation is None:
        return None
    assign(conversation, operator)
    session.add(conversation)
    await session.flush()
    return await announce(session, conversation.id, staff=[operator.id])


async def find_staff(session: AsyncSession, *, user_id: int) -> User:
    user = await session.get(User, user_id)
    if user is None or not user.active:
        raise NotFound(f"no active user {user_id}")
    return user


async def set_presence(session: AsyncSession, *, operator: User, presence: Presence) -> None:
    """Every console and the supervisor room see the new presence (`staff.updated`)."""
    if operator.presence == presence.value:
        return
    operator.presence = presence.value
    session.add(operator)
    await session.flush()
    await events.append(session, *await workload.changed(session, operator.id))


async def release_all(session: AsyncSession, *, owner: User, actor_id: int | None) -> list[uuid.UUID]:
    """Every open conversation `owner` owns waits again, unowned, in the queue's usual order
    (urgency, then since when the caller waits): when they are deactivated. An audit entry
    each, then the updates and the owner's load as live events (call last)."""
    owned = (
        await session.exec(
            select(Conversation)
            .where(
                col(Conversation.assigned_operator_id) == owner.id,
                col(Conversation.status) == ConversationStatus.active.value,
            )
            .order_by(col(Conversation.urgency_rank), col(Conversation.waiting_since))
            .with_for_update()
        )
    ).all()
    for conversation in owned:
        conversation.assigned_operator_id = None
        conversation.status = status_for(None).value
        session.add(conversation)
    await session.flush()
    for conversation in owned:
        await audit.record(
            session,
            action="conversation.release",
            actor_id=actor_id,
            subject_type="conversation",
            subject_id=str(conversation.id),
            detail={"from_user": owner.id or 0, "reason": "deactivated"},
        )
    updates = []
    for conversation in owned:
        described = await queue.describe(session, conversation_id=conversation.id)
        assert described is not None
        updates.append(events.conversation_updated(described))
    await events.append(session, *updates, *await workload.changed(session, owner.id))
    return [conversation.id for conversation in owned]
