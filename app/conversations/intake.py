"""Intake: every inbound message of every channel enters the platform here.

The address becomes a pseudonym and a sealed vault entry; the text goes through triage;
the redacted text, the sealed original, the conversation's new urgency and the events
are written in the caller's transaction (the caller commits).
"""

from __future__ import annotations

import asyncio
import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

import triage
from app.conversations import flood, queue
from app.conversations import messages as message_views
from app.domain import Accepted, ChannelKind, Direction, InboundMessage
from app.live import events
from app.models import Contact, Conversation, ConversationStatus, Message
from app.models.base import utcnow
from app.security import vault, visible_text
from app.security.pseudonyms import pseudonym
from app.security.sealing import seal
from app.settings import Settings
from triage import TriageResult, Urgency


@dataclass(frozen=True, slots=True)
class IntakeKeys:
    pseudonym_key: bytes
    vault_key: bytes
    vault_ttl: timedelta
    sealed_ttl: timedelta
    # The hotline's languages: triage tells a message's language among these only.
    languages: tuple[str, ...] = ()
    # New web chats a minute beyond which new ones are held (0: none is held).
    webchat_new_per_minute: int = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> IntakeKeys:
        return cls(
            pseudonym_key=settings.pseudonym_key.get_secret_value().encode(),
            vault_key=settings.vault_key_bytes(),
            vault_ttl=timedelta(days=settings.vault_retention_days),
            sealed_ttl=timedelta(days=settings.sealed_retention_days),
            languages=tuple(settings.languages),
            webchat_new_per_minute=settings.webchat_new_per_minute,
        )


def clean_text(text: str) -> str:
    """The text without control, bidirectional or invisible characters (`visible_text`),
    before anything reads it: an override shows the operator reversed text; between digits
    these characters hide a number from redaction."""
    return visible_text.clean(text)


def clean(inbound: InboundMessage) -> InboundMessage:
    text = clean_text(inbound.text)
    return inbound if text == inbound.text else dataclasses.replace(inbound, text=text or "[no text]")


def sealed_context(conversation_id: object) -> str:
    return f"message:{conversation_id}"


async def find_contact(session: AsyncSession, *, keys: IntakeKeys, inbound: InboundMessage) -> Contact | None:
    name = pseudonym(keys.pseudonym_key, inbound.channel, inbound.address)
    return (
        await session.exec(
            select(Contact).where(
                col(Contact.channel) == inbound.channel.value, col(Contact.pseudonym) == name
            )
        )
    ).first()


async def _contact(session: AsyncSession, *, keys: IntakeKeys, inbound: InboundMessage) -> Contact:
    name = pseudonym(keys.pseudonym_key, inbound.channel, inbound.address)
    await session.execute(
        insert(Contact)
        .values(channel=inbound.channel.value, pseudonym=name, created_at=utcnow())
        .on_conflict_do_nothing(constraint="uq_contacts_pseudonym")
    )
    contact = await find_contact(session, keys=keys, inbound=inbound)
    assert contact is not None
    return contact


async def _open_conversation(
    session: AsyncSession, *, contact: Contact, urgency: Urgency, language: str
) -> tuple[Conversation, bool]:
    """The contact's open conversation, locked; created if there is none."""
    now = utcnow()
    created = await session.execute(
        insert(Conversation)
        .values(
            id=sa.func.gen_random_uuid(),
            contact_id=contact.id,
            channel=contact.channel,
            status=ConversationStatus.waiting.value,
            urgency=urgency.value,
            urgency_rank=urgency.rank,
            language=language,
            created_at=now,
            waiting_since=now,
            last_message_at=now,
        )
        .on_conflict_do_nothing(index_elements=["contact_id"], index_where=sa.text("status <> 'closed'"))
        .returning(col(Conversation.id))
    )
    is_new = created.scalar() is not None
    conversation = (
        await session.exec(
            select(Conversation)
            .where(
                col(Conversation.contact_id) == contact.id,
                col(Conversation.status) != ConversationStatus.closed.value,
            )
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).one()
    return conversation, is_new


async def open_for_address(
    session: AsyncSession, *, keys: IntakeKeys, channel: ChannelKind, address: str
) -> tuple[Conversation, bool]:
    """A conversation without a message (a phone call): the address pseudonymised and
    vaulted as for a message, the contact's open conversation locked (created if none)."""
    inbound = InboundMessage(channel=channel, address=address, text="")
    contact = await _contact(session, keys=keys, inbound=inbound)
    assert contact.id is not None
    await vault.store(session, key=keys.vault_key, contact_id=contact.id, address=address, ttl=keys.vault_ttl)
    return await _open_conversation(session, contact=contact, urgency=Urgency.standard, language="und")


async def _insert_message(
    session: AsyncSession,
    keys: IntakeKeys,
    inbound: InboundMessage,
    conversation: Conversation,
    result: TriageResult,
    now: datetime,
) -> int:
    """The redacted message and its sealed original; DuplicateRace when a concurrent delivery of
    the same provider id was stored first."""
    inserted = await session.execute(
        insert(Message)
        .values(
            conversation_id=conversation.id,
            channel=inbound.channel.value,
            direction=Direction.inbound.value,
            body_redacted=result.redacted,
            sealed_original=seal(keys.vault_key, inbound.text, context=sealed_context(conversation.id)),
            sealed_expires_at=now + keys.sealed_ttl,
            provider_id=inbound.provider_id,
            triage={k: v for k, v in result.to_json().items() if k != "redacted"},
            created_at=now,
        )
        .on_conflict_do_nothing(constraint="uq_messages_provider_id")
        .returning(col(Message.id))
    )
    message_id = inserted.scalar()
    if message_id is None:
        raise DuplicateRace(inbound.provider_id or "")
    return int(message_id)


async def receive(session: AsyncSession, *, keys: IntakeKeys, inbound: InboundMessage) -> Accepted:
    """Store one inbound message; a provider id seen before gives the first message back."""
    inbound = clean(inbound)
    contact = await _contact(session, keys=keys, inbound=inbound)
    assert contact.id is not None
    await vault.store(
        session,
        key=keys.vault_key,
        contact_id=contact.id,
        address=inbound.address,
        ttl=keys.vault_ttl,
    )
    existing = await _already_received(session, inbound)
    if existing is not None:
        return existing

    # In a worker thread: the event loop keeps serving the other callers and the consoles while a
    # long message is read (the analysis holds the GIL in 5 ms turns, not for its whole length).
    result = await asyncio.to_thread(
        triage.analyze, inbound.text, language_hint=inbound.language_hint, languages=keys.languages or None
    )
    conversation, is_new = await _open_conversation(
        session, contact=contact, urgency=result.urgency, language=result.language
    )
    now = utcnow()
    held_before = conversation.status == ConversationStatus.held.value
    if is_new and await flood.should_hold(
        session,
        secret=keys.pseudonym_key,
        per_minute=keys.webchat_new_per_minute,
        channel=conversation.channel,
        now=now,
    ):
        conversation.status = ConversationStatus.held.value
    message_id = await _insert_message(session, keys, inbound, conversation, result, now)

    changed = _apply_inbound(conversation, urgency=result.urgency, language=result.language)
    conversation.last_message_at = now
    session.add(conversation)
    await session.flush()

    held_changed = held_before != (conversation.status == ConversationStatus.held.value)
    await _announce(
        session,
        conversation,
        message_id=message_id,
        is_new=is_new,
        changed=changed,
        held_changed=held_changed,
    )
    return Accepted(
        str(conversation.id), message_id, duplicate=False, waiting=conversation.assigned_operator_id is None
    )


async def _already_received(session: AsyncSession, inbound: InboundMessage) -> Accepted | None:
    """The receipt of the first delivery of this provider id, if there was one."""
    if inbound.provider_id is None:
        return None
    existing = (
        await session.exec(
            select(Message).where(
                col(Message.channel) == inbound.channel.value,
                col(Message.provider_id) == inbound.provider_id,
            )
        )
    ).first()
    if existing is None or existing.id is None:
        return None
    return Accepted(str(existing.conversation_id), existing.id, duplicate=True)


async def _announce(
    session: AsyncSession,
    conversation: Conversation,
    *,
    message_id: int,
    is_new: bool,
    changed: bool,
    held_changed: bool,
) -> None:
    """The events of one received message: the conversation (new or changed) and the message."""
    described = await queue.describe(session, conversation_id=conversation.id)
    message = await session.get(Message, message_id)
    assert described is not None and message is not None
    new_events = []
    if is_new or changed:
        announce = events.conversation_created if is_new else events.conversation_updated
        new_events.append(announce(described))
    new_events.append(events.message_created(conversation.id, message_views.read(message, for_staff=True)))
    if held_changed:
        new_events.append(events.queue_held(await flood.held_count(session)))
    await events.append(session, *new_events)


class DuplicateRace(RuntimeError):
    """Two deliveries of one provider id raced; the caller retries and sees a duplicate."""


def _apply_inbound(conversation: Conversation, *, urgency: Urgency, language: str) -> bool:
    """Raise the urgency (never lower it), fill the language, restart the caller's wait (a
    held web chat stays held, whatever it reads as, until an operator releases it)."""
    changed = False
    current = Urgency(conversation.urgency)
    highest = Urgency.highest(current, urgency)
    if highest is not current:
        conversation.urgency, conversation.urgency_rank = highest.value, highest.rank
        changed = True
    if conversation.language == "und" and language != "und":
        conversation.language = language
        changed = True
    if conversation.status == ConversationStatus.active.value:
        # The caller waits again, for the operator who owns the conversation: it stays
        # theirs (`ownership.status_for`: a waiting conversation has no owner).
        conversation.waiting_since = utcnow()
        changed = True
    return changed
