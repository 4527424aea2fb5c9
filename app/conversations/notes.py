"""Case notes: rows of `messages` with direction "note", redacted like inbound text (no
original kept), never sent to a caller, never shown to partners."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

import triage
from app.conversations import messages as message_views
from app.conversations.intake import clean_text
from app.domain import Direction
from app.live import events
from app.models import Conversation, Message
from app.models.base import utcnow
from app.security import visible_text

MAX_NOTE_LENGTH = 4000


def redacted(text: str) -> str:
    """What a note keeps of what the operator typed: the triage core's redaction."""
    return triage.analyze(clean_text(text)).redacted


def new_note(conversation: Conversation, *, text: str, author_id: int | None) -> Message:
    """A 422 when nothing visible is left of the text (`visible_text`)."""
    visible_text.required(text, field="body.text")
    return Message(
        conversation_id=conversation.id,
        channel=conversation.channel,
        direction=Direction.note.value,
        body_redacted=redacted(text),
        author_id=author_id,
        created_at=utcnow(),
    )


async def add(
    session: AsyncSession, *, conversation: Conversation, text: str, author_id: int | None
) -> tuple[Message, events.NewEvent]:
    """Store the note; the caller appends the returned event with its own."""
    note = new_note(conversation, text=text, author_id=author_id)
    session.add(note)
    await session.flush()
    return note, events.message_created(conversation.id, message_views.read(note, for_staff=True))


async def write(
    session: AsyncSession, *, conversation: Conversation, text: str, author_id: int | None
) -> Message:
    """A note on its own, announced."""
    note, event = await add(session, conversation=conversation, text=text, author_id=author_id)
    await events.append(session, event)
    return note
