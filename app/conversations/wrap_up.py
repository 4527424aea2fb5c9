"""Wrap-up: closing a conversation with its outcome, tags and follow-up date; reopening it."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import ownership
from app.conversations.schemas import ConversationRead
from app.errors import Conflict
from app.models import Conversation, ConversationStatus, Outcome, User
from app.models.base import utcnow
from app.referrals import handover
from app.security import audit


def close_refusal(conversation: Conversation, user: User) -> str | None:
    """The owner closes, and so does anyone an unowned conversation (it becomes theirs); a
    supervisor or an admin closes any."""
    if conversation.status == ConversationStatus.closed.value:
        return "conversation is closed"
    if ownership.overrides(user):
        return None
    return ownership.refusal(conversation, user)


async def close(
    session: AsyncSession,
    *,
    conversation: Conversation,
    operator: User,
    outcome: Outcome,
    tags: list[str],
    follow_up: date | None,
) -> ConversationRead:
    reason = close_refusal(conversation, operator)
    if reason is not None:
        raise Conflict(reason)
    await ownership.act_as_owner(session, conversation=conversation, user=operator, action="close")
    conversation.status = ConversationStatus.closed.value
    conversation.closed_at = utcnow()
    conversation.outcome = outcome.value
    conversation.tags = list(dict.fromkeys([*conversation.tags, *tags]))
    conversation.follow_up = follow_up
    owned = conversation.assigned_operator_id is not None
    if not owned:
        conversation.assigned_operator_id = operator.id
    session.add(conversation)
    await session.flush()
    await handover.end_at_close(session, conversation_id=conversation.id)
    return await ownership.announce(
        session, conversation.id, staff=[conversation.assigned_operator_id] if owned else []
    )


def close_unattended(conversation: Conversation, *, outcome: Outcome, at: datetime) -> None:
    """Closing without an operator (a phone call abandoned or sent elsewhere before anyone
    answered): the same closing time and outcome as a wrap-up; the caller adds the row to
    the session and announces it."""
    conversation.status = ConversationStatus.closed.value
    conversation.closed_at = at
    conversation.outcome = outcome.value


async def reopen(
    session: AsyncSession, *, conversation: Conversation, operator: User, limit: int
) -> ConversationRead:
    """A closed case opens again, owned by the operator who reopens it (within the limit);
    409 while the same contact has another open conversation."""
    if conversation.status != ConversationStatus.closed.value:
        raise Conflict("conversation is not closed")
    other = (
        await session.exec(
            select(Conversation.id).where(
                col(Conversation.contact_id) == conversation.contact_id,
                col(Conversation.status) != ConversationStatus.closed.value,
            )
        )
    ).first()
    if other is not None:
        raise Conflict(f"the contact has an open conversation: {other}")
    await ownership.check_capacity(session, operator=operator, limit=limit)
    ownership.assign(conversation, operator)
    conversation.closed_at = None
    conversation.outcome = None
    conversation.follow_up = None
    conversation.waiting_since = utcnow()
    session.add(conversation)
    await session.flush()
    await audit.record(
        session,
        action="conversation.reopen",
        actor_id=operator.id,
        subject_type="conversation",
        subject_id=str(conversation.id),
    )
    return await ownership.announce(session, conversation.id, staff=[operator.id])


async def set_tags(
    session: AsyncSession, *, conversation: Conversation, operator: User, tags: list[str]
) -> ConversationRead:
    """The owner (or a supervisor, an admin: audited) replaces the tags, open or closed."""
    await ownership.act_as_owner(session, conversation=conversation, user=operator, action="tags")
    conversation.tags = list(dict.fromkeys(tags))
    session.add(conversation)
    await session.flush()
    return await ownership.announce(session, conversation.id)
