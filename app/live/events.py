"""The event log: written in the same transaction as the change, replayed by id.

Event ids must grow in commit order, or a console that reconnects with `after=N` could
miss an event that committed after N was seen. Writers therefore take one transaction-
scoped advisory lock just before inserting the event (the last statement before the
commit), so event-writing transactions commit one after another.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations.schemas import ConversationRead, MessageRead, StaffRead
from app.live.schemas import (
    EVENT_FRAME,
    ConversationCreated,
    ConversationUpdated,
    EventFrame,
    EventPayload,
    MessageCreated,
    MessageUpdated,
    QueueHeld,
    ReferralUpdated,
    StaffUpdated,
    WhisperCreated,
)
from app.models import Conversation, Event
from app.referrals.schemas import ReferralRead

CHANNEL = "hotline_events"
_ORDER_LOCK = 0x686F746C  # "hotl"


@dataclass(frozen=True, slots=True)
class NewEvent:
    conversation_id: uuid.UUID | None
    payload: EventPayload


def conversation_created(conversation: ConversationRead) -> NewEvent:
    return NewEvent(conversation.id, ConversationCreated(conversation=conversation))


def conversation_updated(conversation: ConversationRead) -> NewEvent:
    return NewEvent(conversation.id, ConversationUpdated(conversation=conversation))


def message_created(conversation_id: uuid.UUID, message: MessageRead) -> NewEvent:
    return NewEvent(conversation_id, MessageCreated(message=message))


def message_updated(conversation_id: uuid.UUID, message: MessageRead) -> NewEvent:
    """A message's delivery status changed."""
    return NewEvent(conversation_id, MessageUpdated(message=message))


def queue_held(held: int, *, released: int = 0, closed: Sequence[uuid.UUID] = ()) -> NewEvent:
    """Flood control: the count of held web chats changed (not tied to one conversation)."""
    return NewEvent(None, QueueHeld(held=held, released=released, closed=list(closed)))


def referral_updated(referral: ReferralRead, *, alert: bool = False) -> NewEvent:
    """A referral was made or moved; `alert` when its acknowledgement deadline passed."""
    return NewEvent(referral.conversation_id, ReferralUpdated(referral=referral, alert=alert))


def whisper_created(
    conversation_id: uuid.UUID, message: MessageRead, *, to_operator_id: int | None
) -> NewEvent:
    """A supervisor's private note to the conversation's operator (see `console_stream.may_see`)."""
    return NewEvent(conversation_id, WhisperCreated(message=message, to_operator_id=to_operator_id))


def staff_updated(staff: StaffRead) -> NewEvent:
    """A staff member's presence, load or activation changed (not tied to one conversation)."""
    return NewEvent(None, StaffUpdated(staff=staff))


async def append(session: AsyncSession, *new_events: NewEvent) -> list[Event]:
    """Add events to the current transaction; they are announced on commit.

    Call it last, just before the commit: the ordering lock is held from here to the
    commit, so the shorter that stretch, the more transactions per second.
    """
    await _hold_conversations(session, new_events)
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(_ORDER_LOCK)))
    rows = [
        Event(
            kind=new.payload.kind.value,
            conversation_id=new.conversation_id,
            payload=new.payload.model_dump(mode="json", exclude={"kind"}),
        )
        for new in new_events
    ]
    session.add_all(rows)
    await session.flush()
    await session.execute(sa.select(sa.func.pg_notify(CHANNEL, str(rows[-1].id))))
    return rows


async def _hold_conversations(session: AsyncSession, new_events: Sequence[NewEvent]) -> None:
    """Lock the conversations the events name as the foreign key's check would (FOR KEY SHARE),
    before the ordering lock. Taken after it, the check waited for a conversation that intake
    held FOR UPDATE while intake waited for the ordering lock: PostgreSQL broke the deadlock by
    failing one of them (8 of 64 Telegram updates answered 503 while the outbox announced replies)."""
    ids = sorted({new.conversation_id for new in new_events if new.conversation_id is not None})
    if ids:
        await session.execute(
            sa.select(col(Conversation.id))
            .where(col(Conversation.id).in_(ids))
            .with_for_update(read=True, key_share=True)
        )


async def after(session: AsyncSession, *, event_id: int, limit: int = 500) -> list[Event]:
    """Events with an id above `event_id`, oldest first."""
    result = await session.exec(
        select(Event).where(col(Event.id) > event_id).order_by(col(Event.id)).limit(limit)
    )
    return list(result.all())


async def last_id(session: AsyncSession) -> int:
    value = (await session.execute(sa.select(sa.func.coalesce(sa.func.max(Event.id), 0)))).scalar()
    return int(value or 0)


def frame(event: Event) -> EventFrame:
    """The console websocket frame for an event: the payload's fields beside its id and kind."""
    return EVENT_FRAME.validate_python(
        {
            **event.payload,
            "type": "event",
            "id": event.id,
            "kind": event.kind,
            "conversation_id": event.conversation_id,
        }
    )
