"""What an operator types during a call: a note that goes through triage like an inbound
text (redacted, original sealed, urgency raised, needs and indicators read), so a call gets
the same codes, partner suggestions and statistics as a chat. Never sent to the caller."""

from __future__ import annotations

import uuid

from sqlmodel.ext.asyncio.session import AsyncSession

import triage
from app.conversations import messages as message_views
from app.conversations import queue
from app.conversations.actions import get_for_update
from app.conversations.intake import IntakeKeys, sealed_context
from app.domain import Direction
from app.errors import Conflict
from app.live import events
from app.models import ConversationStatus, Message, User
from app.models.base import utcnow
from app.security import visible_text
from app.security.sealing import seal
from triage import Urgency


async def add(
    session: AsyncSession, *, keys: IntakeKeys, conversation_id: uuid.UUID, operator: User, text: str
) -> Message:
    conversation = await get_for_update(session, conversation_id=conversation_id)
    if conversation.status == ConversationStatus.closed.value:
        raise Conflict("conversation is closed")
    text = visible_text.required(text, field="body.text")
    result = triage.analyze(
        text,
        language_hint=None if conversation.language == "und" else conversation.language,
        languages=keys.languages or None,
    )
    now = utcnow()
    message = Message(
        conversation_id=conversation.id,
        channel=conversation.channel,
        direction=Direction.note.value,
        body_redacted=result.redacted,
        sealed_original=seal(keys.vault_key, text, context=sealed_context(conversation.id)),
        sealed_expires_at=now + keys.sealed_ttl,
        author_id=operator.id,
        triage={k: v for k, v in result.to_json().items() if k != "redacted"},
        created_at=now,
    )
    session.add(message)
    highest = Urgency.highest(Urgency(conversation.urgency), result.urgency)
    conversation.urgency, conversation.urgency_rank = highest.value, highest.rank
    if conversation.language == "und" and result.language != "und":
        conversation.language = result.language
    session.add(conversation)
    await session.flush()
    described = await queue.describe(session, conversation_id=conversation.id)
    assert described is not None
    await events.append(
        session,
        events.message_created(conversation.id, message_views.read(message, for_staff=True)),
        events.conversation_updated(described),
    )
    return message
