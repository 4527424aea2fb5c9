"""The transactional outbox: an outbound message is committed with its delivery row,
then a worker (`app.delivery.outbox_worker`) sends it. Nothing here talks to a provider.

Rows move pending -> sending -> sent | pending (backoff) | failed | cancelled.
Several processes claim rows with `FOR UPDATE SKIP LOCKED`, so a row is sent by one.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import col, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import messages as message_views
from app.domain import ChannelKind, Direction
from app.errors import Conflict, NotFound
from app.live import events
from app.models import Contact, Conversation, Message, OutboxEntry, OutboxStatus, VaultEntry
from app.models.base import utcnow

# Channels whose replies leave through a provider (the web chat's go over its socket).
PROVIDER_CHANNELS = frozenset({ChannelKind.sms, ChannelKind.whatsapp, ChannelKind.telegram})

REASON_UNSAFE = "contact_unsafe"
REASON_STOPPED = "contact_stopped"
REASON_INTERRUPTED = "interrupted_delivery_unknown"
REASON_ERASED = "contact_erased"


def erased(message: Message) -> bool:
    """An outbound message whose text the caller's deletion keyword blanked: never sent."""
    return not message.body_redacted.strip()


# Provider reports can arrive out of order: a later stage is never replaced by an earlier one.
_STAGE = {"queued": 0, "accepted": 0, "scheduled": 0, "sending": 1, "sent": 2, "delivered": 3, "read": 4}


def uses_outbox(channel: str) -> bool:
    return channel in {kind.value for kind in PROVIDER_CHANNELS}


def refuse_reply(contact: Contact, channel: str) -> None:
    """An operator's reply is refused, with the reason, when it must not be sent."""
    if not uses_outbox(channel):
        return
    if contact.stopped_at is not None:
        raise Conflict("the caller sent STOP: nothing is sent to this contact")
    if contact.safe_to_reply is None:
        raise Conflict("record first whether it is safe to reply to this contact")
    if contact.safe_to_reply is False:
        raise Conflict("this contact is marked unsafe to reply: nothing is sent")


def automatic_allowed(contact: Contact) -> bool:
    """Automatic messages (safety message, receipts) go unless the contact is unsafe or stopped."""
    return contact.safe_to_reply is not False and contact.stopped_at is None


async def add_outbound(
    session: AsyncSession,
    *,
    conversation: Conversation,
    text: str,
    author_id: int | None = None,
    erase_vault_after: bool = False,
    via: ChannelKind | None = None,
) -> Message:
    """An outbound message and, for a provider channel, its delivery row (no events).
    `via` sends it on another channel to the contact's vaulted address (a call's text
    follow-up goes by SMS)."""
    channel = via.value if via is not None else conversation.channel
    provider = uses_outbox(channel)
    message = Message(
        conversation_id=conversation.id,
        channel=conversation.channel,
        direction=Direction.outbound.value,
        body_redacted=text,
        author_id=author_id,
        delivery_status="queued" if provider else None,
        created_at=utcnow(),
    )
    session.add(message)
    await session.flush()
    if provider:
        assert message.id is not None
        session.add(
            OutboxEntry(
                message_id=message.id,
                contact_id=conversation.contact_id,
                channel=channel,
                erase_vault_after=erase_vault_after,
            )
        )
        await session.flush()
    return message


async def claim(session: AsyncSession, *, limit: int, lease: timedelta) -> list[OutboxEntry]:
    """Due rows this worker now holds until `lease` ends; other workers skip them."""
    now = utcnow()
    due = (
        await session.exec(
            select(OutboxEntry)
            .where(
                col(OutboxEntry.status) == OutboxStatus.pending.value, col(OutboxEntry.next_attempt_at) <= now
            )
            .order_by(col(OutboxEntry.next_attempt_at), col(OutboxEntry.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    for entry in due:
        entry.status = OutboxStatus.sending.value
        entry.attempts += 1
        entry.lease_until = now + lease
        session.add(entry)
    await session.flush()
    return list(due)


async def expire_leases(session: AsyncSession) -> list[Message]:
    """Rows whose worker died mid-send: the provider may have them, so they are failed,
    visibly, for an operator to retry, never re-sent blindly."""
    stale = (
        await session.exec(
            select(OutboxEntry)
            .where(
                col(OutboxEntry.status) == OutboxStatus.sending.value, col(OutboxEntry.lease_until) < utcnow()
            )
            .with_for_update(skip_locked=True)
        )
    ).all()
    changed = []
    for entry in stale:
        changed.append(await finish(session, entry, status=OutboxStatus.failed, reason=REASON_INTERRUPTED))
    return changed


async def finish(
    session: AsyncSession,
    entry: OutboxEntry,
    *,
    status: OutboxStatus,
    reason: str | None = None,
    provider_id: str | None = None,
    retry_at: datetime | None = None,
) -> Message:
    """Record the outcome of an attempt on the row and its message (events by the caller)."""
    entry.status = status.value
    entry.lease_until = None
    entry.last_error = reason
    if retry_at is not None:
        entry.next_attempt_at = retry_at
    if status is OutboxStatus.sent:
        entry.sent_at = utcnow()
    session.add(entry)
    message = await session.get(Message, entry.message_id, with_for_update=True)
    assert message is not None
    new_status = {
        OutboxStatus.pending: "queued",
        OutboxStatus.sending: "sending",
    }.get(status, status.value)
    if _STAGE.get(message.delivery_status or "", -1) <= _STAGE.get(new_status, 99):
        message.delivery_status = new_status  # a "delivered" report may have come first
    message.delivery_error = reason if status in (OutboxStatus.failed, OutboxStatus.cancelled) else None
    if provider_id is not None:
        message.provider_id = provider_id[:128]
    session.add(message)
    final = status in (OutboxStatus.sent, OutboxStatus.failed, OutboxStatus.cancelled)
    if final and entry.erase_vault_after:
        await session.execute(sa.delete(VaultEntry).where(col(VaultEntry.contact_id) == entry.contact_id))
    await session.flush()
    return message


async def cancel_for_contact(session: AsyncSession, *, contact_id: int, reason: str) -> list[Message]:
    """Withdraw what is still waiting for a contact (marked unsafe, sent STOP, or erased)."""
    waiting = (
        await session.exec(
            select(OutboxEntry)
            .where(
                col(OutboxEntry.contact_id) == contact_id,
                col(OutboxEntry.status) == OutboxStatus.pending.value,
            )
            .with_for_update()
        )
    ).all()
    return [await finish(session, entry, status=OutboxStatus.cancelled, reason=reason) for entry in waiting]


async def retry(session: AsyncSession, *, message_id: int) -> Message:
    """Put a failed (or cancelled) message back in the queue with fresh attempts."""
    entry = (
        await session.exec(
            select(OutboxEntry).where(col(OutboxEntry.message_id) == message_id).with_for_update()
        )
    ).first()
    if entry is None:
        raise NotFound("no delivery for this message")
    if entry.status not in (OutboxStatus.failed.value, OutboxStatus.cancelled.value):
        raise Conflict(f"the message is {entry.status}, not failed")
    contact = await session.get(Contact, entry.contact_id)
    assert contact is not None
    refuse_reply(contact, entry.channel)
    message = await session.get(Message, entry.message_id)
    if message is None or erased(message):
        raise Conflict("the caller erased this conversation: nothing is sent")
    entry.attempts = 0
    entry.next_attempt_at = utcnow()
    return await finish(session, entry, status=OutboxStatus.pending)


async def announce(session: AsyncSession, messages: list[Message]) -> None:
    """One `message.updated` event per changed message (call last in the transaction)."""
    if messages:
        await events.append(
            session,
            *[
                events.message_updated(message.conversation_id, message_views.read(message))
                for message in messages
            ],
        )


async def entry_by_key(session: AsyncSession, key: str) -> OutboxEntry | None:
    try:
        parsed = uuid.UUID(key)
    except ValueError:
        return None
    return (await session.exec(select(OutboxEntry).where(col(OutboxEntry.idempotency_key) == parsed))).first()


async def mark_provider_status(
    session: AsyncSession, *, message: Message, status: str, error_code: str | None
) -> bool:
    """A provider's delivery report; True when the message changed."""
    reason = f"provider_error_{error_code}" if error_code and status in ("failed", "undelivered") else None
    if message.delivery_status == status and message.delivery_error == reason:
        return False
    if status in _STAGE and _STAGE[status] < _STAGE.get(message.delivery_status or "", -1):
        return False  # out of order: already further along
    result = await session.execute(
        update(Message)
        .where(col(Message.id) == message.id)
        .values(delivery_status=status, delivery_error=reason)
    )
    await session.refresh(message)
    return bool(result.rowcount)  # type: ignore[attr-defined]
