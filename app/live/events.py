"""The event log: written in the same transaction as the change, replayed by id.

Event ids must grow in commit order, or a console that reconnects with `after=N` could
miss an event that committed after N was seen. Writers therefore take one transaction-
scoped advisory lock just before inserting the event (the last statement before the
commit), so event-writing transactions commit one after another.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Event

CHANNEL = "hotline_events"
_ORDER_LOCK = 0x686F746C  # "hotl"


class EventKind(StrEnum):
    conversation_created = "conversation.created"
    conversation_updated = "conversation.updated"
    message_created = "message.created"
    message_updated = "message.updated"  # delivery status of an outbound message


@dataclass(frozen=True, slots=True)
class NewEvent:
    kind: EventKind
    conversation_id: uuid.UUID | None
    payload: dict[str, Any]


async def append(session: AsyncSession, *new_events: NewEvent) -> list[Event]:
    """Add events to the current transaction; they are announced on commit.

    Call it last, just before the commit: the ordering lock is held from here to the
    commit, so the shorter that stretch, the more transactions per second.
    """
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(_ORDER_LOCK)))
    rows = [
        Event(kind=new.kind.value, conversation_id=new.conversation_id, payload=new.payload)
        for new in new_events
    ]
    session.add_all(rows)
    await session.flush()
    await session.execute(sa.select(sa.func.pg_notify(CHANNEL, str(rows[-1].id))))
    return rows


async def after(session: AsyncSession, *, event_id: int, limit: int = 500) -> list[Event]:
    """Events with an id above `event_id`, oldest first."""
    result = await session.exec(
        select(Event).where(col(Event.id) > event_id).order_by(col(Event.id)).limit(limit)
    )
    return list(result.all())


async def last_id(session: AsyncSession) -> int:
    value = (await session.execute(sa.select(sa.func.coalesce(sa.func.max(Event.id), 0)))).scalar()
    return int(value or 0)


def frame(event: Event) -> dict[str, Any]:
    """The console websocket frame for an event."""
    return {
        "type": "event",
        "id": event.id,
        "kind": event.kind,
        "conversation_id": str(event.conversation_id) if event.conversation_id else None,
        **event.payload,
    }
