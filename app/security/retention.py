"""Retention that purges: each kind of data has its own period (see README, "Retention").

- Vault entries (reply addresses): at `expires_at` (`HOTLINE_VAULT_RETENTION_DAYS` after the
  caller's last message) or `HOTLINE_VAULT_AFTER_CLOSE_HOURS` after the contact's last
  conversation closed, whichever comes first, unless the caller agreed to a longer keep: then
  not before the contact's `retention_agreed_until`.
- Sealed originals: at their `sealed_expires_at` (`HOTLINE_SEALED_RETENTION_DAYS`).
- Redacted texts of callers and operators: `HOTLINE_TEXT_AFTER_CLOSE_DAYS` after the
  conversation closed (the triage codes stay); `texts_purged_at` marks the conversation done.
- Case notes and whispers: `HOTLINE_NOTES_AFTER_CLOSE_DAYS` after close (`notes_purged_at`).
The event log's copies of a purged message are blanked with it. After every period only
codes, counts and dates remain. Statements are built from `now` (tests control the clock);
each batch locks its rows (`FOR UPDATE SKIP LOCKED`) in one short transaction, so any number
of processes may purge at once, and partial indexes keep each query on what is due. Only
counts come back, never a text or an address.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.dml import ReturningDelete, ReturningUpdate, Update

from app.models import Contact, Conversation, ConversationStatus, Event, Message, VaultEntry
from app.models.event import message_payload_blanked
from app.models.message import NOTE_DIRECTIONS, TRIAGE_CODE_KEYS
from app.security import login_throttle
from app.settings import Settings
from app.storage.db import Database

_vault = sa.inspect(VaultEntry).local_table
_messages = sa.inspect(Message).local_table
_conversations = sa.inspect(Conversation).local_table
_contacts = sa.inspect(Contact).local_table
_events = sa.inspect(Event).local_table

# Directions whose text the texts purge blanks (the notes purge takes NOTE_DIRECTIONS).
TEXT_DIRECTIONS = ("in", "out")
PURGED_TEXT = ""


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    vault_after_close: timedelta = timedelta(hours=72)
    texts_after_close: timedelta = timedelta(days=90)
    notes_after_close: timedelta = timedelta(days=365)
    batch: int = 500

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionPolicy:
        return cls(
            vault_after_close=timedelta(hours=settings.vault_after_close_hours),
            texts_after_close=timedelta(days=settings.text_after_close_days),
            notes_after_close=timedelta(days=settings.notes_after_close_days),
        )


@dataclass(frozen=True, slots=True)
class PurgeCounts:
    vault_entries: int = 0
    sealed_originals: int = 0
    texts: int = 0  # conversations whose texts were blanked
    notes: int = 0  # conversations whose notes were blanked

    def __add__(self, other: PurgeCounts) -> PurgeCounts:
        return PurgeCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))

    def full(self, batch: int) -> bool:
        """Whether some kind filled its batch (more may be due)."""
        return any(getattr(self, f.name) >= batch for f in fields(self))


def vault_purge(now: datetime, *, after_close: timedelta, limit: int) -> ReturningDelete[tuple[Any]]:
    """Delete up to `limit` vault entries that expired, or whose contact's conversations are
    all closed for longer than `after_close`, unless the caller agreed to a longer keep;
    returns the deleted contact ids."""
    of_contact = _conversations.c.contact_id == _vault.c.contact_id
    still_needed = sa.exists().where(
        of_contact,
        sa.or_(
            _conversations.c.status != ConversationStatus.closed.value,
            _conversations.c.closed_at.is_(None),
            _conversations.c.closed_at > now - after_close,
        ),
    )
    agreed = sa.exists().where(
        _contacts.c.id == _vault.c.contact_id, _contacts.c.retention_agreed_until > now
    )
    closed_long_ago = sa.and_(sa.exists().where(of_contact), ~still_needed)
    due = (
        sa.select(_vault.c.contact_id)
        .where(sa.or_(_vault.c.expires_at <= now, closed_long_ago), ~agreed)
        .limit(limit)
        .with_for_update(skip_locked=True, of=_vault)
        .scalar_subquery()
    )
    return sa.delete(VaultEntry).where(_vault.c.contact_id.in_(due)).returning(_vault.c.contact_id)


def sealed_purge(now: datetime, *, limit: int) -> ReturningUpdate[tuple[Any]]:
    """Null up to `limit` sealed originals whose `sealed_expires_at` has come; returns their ids."""
    due = (
        sa.select(_messages.c.id)
        .where(_messages.c.sealed_original.is_not(None), _messages.c.sealed_expires_at <= now)
        .limit(limit)
        .with_for_update(skip_locked=True, of=_messages)
        .scalar_subquery()
    )
    return (
        sa.update(Message)
        .where(_messages.c.id.in_(due))
        .values(sealed_original=None, sealed_expires_at=None)
        .returning(_messages.c.id)
    )


def closed_purge(
    now: datetime, *, mark: str, after_close: timedelta, limit: int
) -> ReturningUpdate[tuple[Any]]:
    """Mark up to `limit` conversations closed for longer than `after_close` whose `mark`
    (texts_purged_at or notes_purged_at) is unset or older than their last close; returns
    their ids (the partial index ix_conversations_<kind>_due holds exactly these rows)."""
    column = _conversations.c[mark]
    due = (
        sa.select(_conversations.c.id)
        .where(
            _conversations.c.status == ConversationStatus.closed.value,
            # A conversation reopened and closed again since its last purge is due again.
            sa.or_(column.is_(None), column < _conversations.c.closed_at),
            _conversations.c.closed_at <= now - after_close,
        )
        .limit(limit)
        .with_for_update(skip_locked=True, of=_conversations)
        .scalar_subquery()
    )
    return (
        sa.update(Conversation)
        .where(_conversations.c.id.in_(due))
        .values({mark: now})
        .returning(_conversations.c.id)
    )


def blank_messages(conversation_ids: list[Any], directions: tuple[str, ...]) -> Update:
    """Blank the texts of those conversations' messages of `directions`; triage keeps codes."""
    codes_only = sa.text(
        "CASE WHEN jsonb_typeof(messages.triage) = 'object' THEN"
        " (SELECT jsonb_object_agg(kept.key, kept.value) FROM jsonb_each(messages.triage) AS kept"
        " WHERE kept.key = ANY(:codes)) ELSE messages.triage END"
    ).bindparams(sa.bindparam("codes", list(TRIAGE_CODE_KEYS), type_=ARRAY(sa.String)))
    return (
        sa.update(Message)
        .where(_messages.c.conversation_id.in_(conversation_ids), _messages.c.direction.in_(directions))
        .values(body_redacted=PURGED_TEXT, sealed_original=None, sealed_expires_at=None, triage=codes_only)
    )


def blank_event_copies(conversation_ids: list[Any], directions: tuple[str, ...]) -> Update:
    """Blank the event log's copies of those messages (what a console replays)."""
    return (
        sa.update(Event)
        .where(
            _events.c.conversation_id.in_(conversation_ids),
            sa.text("payload ? 'message'"),
            _events.c.payload["message"]["direction"].astext.in_(directions),
        )
        .values(payload=message_payload_blanked(PURGED_TEXT))
    )


async def _purge_closed(
    session: Any,
    now: datetime,
    *,
    mark: str,
    after_close: timedelta,
    limit: int,
    directions: tuple[str, ...],
) -> int:
    """One batch of conversations whose `directions` texts are due; how many."""
    marked = await session.execute(closed_purge(now, mark=mark, after_close=after_close, limit=limit))
    ids = list(marked.scalars())
    if ids:
        await session.execute(blank_messages(ids, directions))
        await session.execute(blank_event_copies(ids, directions))
    return len(ids)


async def purge_batch(database: Database, *, now: datetime, policy: RetentionPolicy) -> PurgeCounts:
    """One batch of each kind, in one short transaction."""
    async with database.transaction() as session:
        vault = await session.execute(
            vault_purge(now, after_close=policy.vault_after_close, limit=policy.batch)
        )
        sealed = await session.execute(sealed_purge(now, limit=policy.batch))
        texts = await _purge_closed(
            session,
            now,
            mark="texts_purged_at",
            limit=policy.batch,
            after_close=policy.texts_after_close,
            directions=TEXT_DIRECTIONS,
        )
        notes = await _purge_closed(
            session,
            now,
            mark="notes_purged_at",
            limit=policy.batch,
            after_close=policy.notes_after_close,
            directions=NOTE_DIRECTIONS,
        )
        return PurgeCounts(len(vault.all()), len(sealed.all()), texts, notes)


async def purge(database: Database, *, now: datetime, policy: RetentionPolicy) -> PurgeCounts:
    """Batches until nothing more is due at `now`; the counts purged."""
    async with database.transaction() as session:  # login counters past their hour: not data to keep
        await login_throttle.forget_old(session, now=now)
    total = PurgeCounts()
    while True:
        counts = await purge_batch(database, now=now, policy=policy)
        total += counts
        if not counts.full(policy.batch):
            return total
