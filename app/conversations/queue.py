"""The queue: open conversations, most urgent first, then longest waiting, page by page.

Nothing is cut off: a page says how many conversations match in all, and the next page
follows. Held web chats (flood control, `app.conversations.flood`) are listed apart
(`held=True`), so a flood never buries an SMS, and never disappears either.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations.schemas import ConversationRead, QueueItem
from app.domain import Direction
from app.models import Contact, Conversation, ConversationStatus, Message, User
from triage.codes import Need

PREVIEW_CHARACTERS = 160
MAX_PAGE_SIZE = 500
OPEN = (ConversationStatus.waiting.value, ConversationStatus.active.value)


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which open conversations: all (but held), or narrowed down."""

    operator_id: int | None = None  # "mine": assigned to this operator
    unassigned: bool = False
    channels: tuple[str, ...] = ()
    urgencies: tuple[str, ...] = ()
    held: bool = False  # the held web chats instead of the queue

    def conditions(self) -> list[Any]:
        found: list[Any] = [
            col(Conversation.status) == ConversationStatus.held.value
            if self.held
            else col(Conversation.status).in_(OPEN)
        ]
        if self.operator_id is not None:
            found.append(col(Conversation.assigned_operator_id) == self.operator_id)
        if self.unassigned:
            found.append(col(Conversation.assigned_operator_id).is_(None))
        if self.channels:
            found.append(col(Conversation.channel).in_(self.channels))
        if self.urgencies:
            found.append(col(Conversation.urgency).in_(self.urgencies))
        return found


@dataclass(frozen=True, slots=True)
class QueuePage:
    items: list[QueueItem]
    total: int
    page: int
    size: int
    held: int = 0

    @property
    def next_page(self) -> int | None:
        return self.page + 1 if self.page * self.size < self.total else None


def read(
    conversation: Conversation, *, operator_email: str | None, contact: Contact | None = None
) -> ConversationRead:
    """The conversation as the API, the console and the event stream show it."""
    return ConversationRead.model_validate(_fields(conversation, operator_email, contact))


def _fields(
    conversation: Conversation, operator_email: str | None, contact: Contact | None
) -> dict[str, Any]:
    return {
        "id": conversation.id,
        "channel": conversation.channel,
        "status": conversation.status,
        "urgency": conversation.urgency,
        "language": conversation.language,
        "waiting_since": conversation.waiting_since,
        "last_message_at": conversation.last_message_at,
        "assigned_operator": operator_email,
        "assigned_operator_id": conversation.assigned_operator_id,
        "safe_to_reply": contact.safe_to_reply if contact else None,
        "reply_stopped": contact.stopped_at is not None if contact else False,
        "outcome": conversation.outcome,
        "tags": list(conversation.tags or []),
        "follow_up": conversation.follow_up,
    }


async def page_of(session: AsyncSession, *, where: QueueFilter, page: int = 1, size: int = 50) -> QueuePage:
    """One page of the queue (from 1), in queue order, with the total that match."""
    size = max(1, min(size, MAX_PAGE_SIZE))
    page = max(1, page)
    conditions = where.conditions()
    total = int((await session.exec(select(func.count()).where(*conditions))).one())
    statement = (
        select(Conversation, User.email, Contact)
        .join(User, col(User.id) == col(Conversation.assigned_operator_id), isouter=True)
        .join(Contact, col(Contact.id) == col(Conversation.contact_id))
        .where(*conditions)
        .order_by(col(Conversation.urgency_rank), col(Conversation.waiting_since), col(Conversation.id))
        .offset((page - 1) * size)
        .limit(size)
    )
    rows = (await session.exec(statement)).all()
    ids = [conversation.id for conversation, _, _ in rows]
    previews = await _previews(session, ids)
    needs = await _needs(session, ids)
    items = [
        QueueItem.model_validate(
            _fields(conversation, email, contact)
            | {
                "preview": previews.get(conversation.id),
                "needs": needs.get(conversation.id, []),
            }
        )
        for conversation, email, contact in rows
    ]
    held = int(
        (
            await session.exec(
                select(func.count()).where(col(Conversation.status) == ConversationStatus.held.value)
            )
        ).one()
    )
    return QueuePage(items=items, total=total, page=page, size=size, held=held)


async def _previews(session: AsyncSession, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The start of each conversation's last inbound message (the stored, redacted text)."""
    if not ids:
        return {}
    last = (
        sa.select(sa.func.max(col(Message.id)))
        .where(col(Message.conversation_id).in_(ids), col(Message.direction) == Direction.inbound.value)
        .group_by(col(Message.conversation_id))
    )
    statement = sa.select(col(Message.conversation_id), col(Message.body_redacted)).where(
        col(Message.id).in_(last)
    )
    rows = (await session.execute(statement)).all()
    return {row[0]: preview_of(row[1]) for row in rows}


def preview_of(text: str) -> str:
    """A message as the queue previews it: one line, at most `PREVIEW_CHARACTERS`."""
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_CHARACTERS else flat[: PREVIEW_CHARACTERS - 1] + "…"


async def _needs(session: AsyncSession, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Need]]:
    """The needs triage read in each conversation's inbound messages, in code order."""
    if not ids:
        return {}
    codes = sa.func.jsonb_array_elements_text(Message.__table__.c.triage["needs"])  # type: ignore[attr-defined]
    statement = sa.select(col(Message.conversation_id), codes).where(
        col(Message.conversation_id).in_(ids),
        col(Message.direction) == Direction.inbound.value,
        sa.func.jsonb_typeof(Message.__table__.c.triage["needs"]) == "array",  # type: ignore[attr-defined]
    )
    found: dict[uuid.UUID, set[Need]] = {}
    for conversation_id, code in (await session.execute(statement)).all():
        if code in Need.__members__:
            found.setdefault(conversation_id, set()).add(Need(code))
    order = list(Need)
    return {key: sorted(value, key=order.index) for key, value in found.items()}


async def open_conversations(session: AsyncSession, *, limit: int = 500) -> list[ConversationRead]:
    """The first `limit` conversations of the queue (held web chats apart)."""
    found = await page_of(session, where=QueueFilter(), size=limit)
    return list(found.items)


async def describe(session: AsyncSession, *, conversation_id: uuid.UUID) -> ConversationRead | None:
    row = (
        await session.exec(
            select(Conversation, User.email, Contact)
            .join(User, col(User.id) == col(Conversation.assigned_operator_id), isouter=True)
            .join(Contact, col(Contact.id) == col(Conversation.contact_id))
            .where(col(Conversation.id) == conversation_id)
            .execution_options(populate_existing=True)
        )
    ).first()
    if row is None:
        return None
    conversation, email, contact = row
    return read(conversation, operator_email=email, contact=contact)
