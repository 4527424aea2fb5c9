"""A supervisor's whisper: a private note to the operator who owns a conversation.

Stored as a `messages` row with direction "whsp", its text redacted by the triage core like
an inbound message (names, numbers, addresses become placeholders). It reaches supervisors
and the owning operator live (event `whisper.created`), and is never sent to the caller, shown
in the caller's history, or counted by triage or statistics.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlmodel.ext.asyncio.session import AsyncSession

import triage
from app.conversations import messages as message_views
from app.domain import Direction
from app.errors import Conflict, NotFound
from app.live import events
from app.models import Conversation, ConversationStatus, Message, User
from app.models.base import utcnow
from app.security import visible_text
from app.supervision import access

MAX_WHISPER_LENGTH = 2000


async def whisper(
    session: AsyncSession,
    *,
    conversation_id: uuid.UUID,
    supervisor: User,
    text: str,
    languages: Collection[str] | None = None,
) -> Message:
    """Store the redacted whisper and its event in the caller's transaction."""
    access.require_supervisor(supervisor)
    conversation = await session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFound("conversation not found")
    if conversation.status == ConversationStatus.closed.value:
        raise Conflict("conversation is closed")
    if conversation.assigned_operator_id is None:
        raise Conflict("no operator owns this conversation")
    text = visible_text.required(text, field="body.text")
    redacted = triage.analyze(text, languages=languages or None).redacted
    message = Message(
        conversation_id=conversation.id,
        channel=conversation.channel,
        direction=Direction.whisper.value,
        body_redacted=redacted,
        author_id=supervisor.id,
        created_at=utcnow(),
    )
    session.add(message)
    await session.flush()
    await events.append(
        session,
        events.whisper_created(
            conversation.id,
            message_views.read(message, for_staff=True),
            to_operator_id=conversation.assigned_operator_id,
        ),
    )
    return message


async def readable_by(session: AsyncSession, *, user: User, conversation_id: uuid.UUID) -> bool:
    """Whether `user` reads this conversation's whispers (its owner or a supervisor)."""
    conversation = await session.get(Conversation, conversation_id)
    owner = conversation.assigned_operator_id if conversation is not None else None
    return access.may_read_whispers(user, owner_id=owner)
