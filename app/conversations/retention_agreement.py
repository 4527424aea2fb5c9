"""The caller's agreement to keep their reply address longer than the 72 hours after close
(a follow-up call the caller asked for): the operator records until when, on the contact
behind a conversation. The retention purge keeps the vault entry until then; clearing it
(null) brings the usual periods back. No text or address is read or written here."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations.actions import get_for_update
from app.errors import FieldRefused
from app.models import Contact, Conversation


async def record(
    session: AsyncSession,
    *,
    conversation_id: uuid.UUID,
    until: datetime | None,
    now: datetime,
    max_days: int,
) -> datetime | None:
    """Set (or clear) the contact's `retention_agreed_until`; 422 unless it is in the future
    and within `max_days` (HOTLINE_RETENTION_AGREED_MAX_DAYS)."""
    if until is not None:
        if until.tzinfo is None:
            raise FieldRefused("agreed_until", "a date and time with its offset (ISO 8601)")
        if until <= now:
            raise FieldRefused("agreed_until", "must be in the future")
        if until > now + timedelta(days=max_days):
            raise FieldRefused("agreed_until", f"at most {max_days} days ahead")
    conversation = await get_for_update(session, conversation_id=conversation_id)
    contact = await session.get(Contact, conversation.contact_id, with_for_update=True)
    assert contact is not None
    contact.retention_agreed_until = until
    session.add(contact)
    await session.flush()
    return until


async def agreed_until(session: AsyncSession, *, conversation_id: uuid.UUID) -> datetime | None:
    """Until when the caller behind a conversation agreed that their reply address be kept
    (None: the usual periods)."""
    found = await session.execute(
        sa.select(col(Contact.retention_agreed_until))
        .join(Conversation, col(Conversation.contact_id) == col(Contact.id))
        .where(col(Conversation.id) == conversation_id)
    )
    return found.scalar_one_or_none()
