"""The caller's deletion keyword, in the webhook's transaction: the texts of every conversation
of the contact are erased (the triage codes stay, for statistics), the open conversation is
closed with a note saying why, and a web chat token no longer finds the contact."""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import messages as message_views
from app.conversations import queue, workload
from app.domain import ChannelKind, Direction
from app.live import events
from app.models import (
    Contact,
    Conversation,
    ConversationStatus,
    Event,
    Message,
)
from app.models.base import utcnow
from app.models.event import message_payload_blanked
from app.models.message import TRIAGE_CODE_KEYS

# What an erased message's text becomes.
ERASED_TEXT = ""
# The note left in an erased conversation: its marker is what the console shows, in the
# operator's language (web catalogue: "Erased at the caller's request"); the text is for API
# readers.
ERASED_MARKER = "erased"
ERASED_NOTE = "Erased at the caller's request."


def codes_only(found: dict[str, object] | None) -> dict[str, object] | None:
    """A message's stored triage without what quotes or explains its text."""
    if found is None:
        return None
    return {key: found[key] for key in TRIAGE_CODE_KEYS if key in found}


async def erase_texts(session: AsyncSession, *, contact_id: int) -> None:
    """Every message of the contact's conversations, and the events that carried them (what
    still waited to be sent was cancelled first: a blank text is never sent)."""
    conversations = select(Conversation.id).where(col(Conversation.contact_id) == contact_id)
    found = (
        await session.exec(
            select(Message).where(col(Message.conversation_id).in_(conversations.scalar_subquery()))
        )
    ).all()
    for message in found:
        message.body_redacted = ERASED_TEXT
        message.sealed_original = None
        message.sealed_expires_at = None
        message.triage = codes_only(message.triage)
        session.add(message)
    await session.flush()
    await session.execute(
        sa.update(Event)
        .where(
            col(Event.conversation_id).in_(conversations.scalar_subquery()), sa.text("payload ? 'message'")
        )
        .values(payload=message_payload_blanked(ERASED_TEXT))
    )


async def close_erased(session: AsyncSession, conversation: Conversation) -> None:
    """Out of the queue, with the note that tells the console why (no operator closed it)."""
    now = utcnow()
    note = Message(
        conversation_id=conversation.id,
        channel=conversation.channel,
        direction=Direction.note.value,
        body_redacted=ERASED_NOTE,
        marker=ERASED_MARKER,
        created_at=now,
    )
    session.add(note)
    owner = conversation.assigned_operator_id  # their load drops if it was open
    if conversation.status != ConversationStatus.closed.value:
        conversation.status = ConversationStatus.closed.value
        conversation.closed_at = now
    else:
        owner = None
    session.add(conversation)
    await session.flush()
    described = await queue.describe(session, conversation_id=conversation.id)
    assert described is not None
    await events.append(
        session,
        events.conversation_updated(described),
        events.message_created(conversation.id, message_views.read(note, for_staff=True)),
        *await workload.changed(session, owner),
    )


def forget_token(contact: Contact) -> None:
    """A web chat token is the only key to its contact: the old token now opens a fresh chat."""
    if contact.channel == ChannelKind.webchat.value:
        contact.pseudonym = f"erased-{secrets.token_hex(16)}"
