"""What operators do to a conversation: reply (wrap-up and reopening: `wrap_up`)."""

from __future__ import annotations

import uuid

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import messages as message_views
from app.conversations import ownership, queue, workload
from app.delivery import outbox
from app.errors import Conflict, NotFound
from app.live import events
from app.models import Contact, Conversation, ConversationStatus, Message, User
from app.models.base import utcnow
from app.referrals import handover
from app.security import visible_text

MAX_REPLY_LENGTH = 4000


async def get_for_update(session: AsyncSession, *, conversation_id: uuid.UUID) -> Conversation:
    conversation = (
        await session.exec(
            select(Conversation).where(col(Conversation.id) == conversation_id).with_for_update()
        )
    ).first()
    if conversation is None:
        raise NotFound("conversation not found")
    return conversation


async def reply(
    session: AsyncSession, *, conversation_id: uuid.UUID, operator: User, text: str, limit: int
) -> Message:
    """An operator's answer: stored with its events (and, for a provider channel, its
    outbox row) in the caller's transaction; refused when it must not be sent. Only the
    owner answers; the first reply to an unowned conversation takes it (within `limit`).
    The text is stored and sent without hiding characters (`visible_text`)."""
    text = visible_text.required(text, field="body.text")
    conversation = await get_for_update(session, conversation_id=conversation_id)
    if conversation.status == ConversationStatus.closed.value:
        raise Conflict("conversation is closed")
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    outbox.refuse_reply(contact, conversation.channel)
    if await handover.operator_has_left(session, conversation_id=conversation.id):
        raise Conflict("the caller let the operator leave: a partner worker holds this conversation")
    claimed = await ownership.claim(session, conversation=conversation, operator=operator, limit=limit)
    now = utcnow()
    message = await outbox.add_outbound(session, conversation=conversation, text=text, author_id=operator.id)
    conversation.last_message_at = now
    session.add(conversation)
    await session.flush()
    described = await queue.describe(session, conversation_id=conversation.id)
    assert described is not None
    await events.append(
        session,
        events.conversation_updated(described),
        events.message_created(conversation.id, message_views.read(message)),
        *await workload.changed(session, operator.id if claimed else None),
    )
    return message
