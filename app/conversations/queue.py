"""The queue: open conversations, most urgent first, then longest waiting."""

from __future__ import annotations

import uuid

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations.schemas import ConversationRead
from app.models import Contact, Conversation, ConversationStatus, User


def read(
    conversation: Conversation, *, operator_email: str | None, contact: Contact | None = None
) -> ConversationRead:
    """The conversation as the API, the console and the event stream show it."""
    return ConversationRead.model_validate({
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
    })


async def open_conversations(session: AsyncSession, *, limit: int = 500) -> list[ConversationRead]:
    statement = (
        select(Conversation, User.email, Contact)
        .join(User, col(User.id) == col(Conversation.assigned_operator_id), isouter=True)
        .join(Contact, col(Contact.id) == col(Conversation.contact_id))
        .where(col(Conversation.status) != ConversationStatus.closed.value)
        .order_by(col(Conversation.urgency_rank), col(Conversation.waiting_since))
        .limit(limit)
    )
    rows = (await session.exec(statement)).all()
    return [read(conversation, operator_email=email, contact=contact)
            for conversation, email, contact in rows]


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
