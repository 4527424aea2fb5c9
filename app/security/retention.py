"""Retention that purges: expired vault entries deleted, expired sealed originals nulled.

A vault entry goes when it expires (`HOTLINE_VAULT_RETENTION_DAYS` after the caller's last
message) or `HOTLINE_VAULT_AFTER_CLOSE_HOURS` after the contact's last conversation closed,
whichever comes first. A sealed original goes at its `sealed_expires_at`. The statements are
built from `now` (tests control the clock) and work in batches of locked rows (`FOR UPDATE
SKIP LOCKED`): each batch is one short transaction, any number of processes may purge at once.
Only counts come back, never a text or an address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql.dml import ReturningDelete, ReturningUpdate

from app.models import Conversation, ConversationStatus, Message, VaultEntry
from app.settings import Settings
from app.storage.db import Database

_vault = sa.inspect(VaultEntry).local_table
_messages = sa.inspect(Message).local_table
_conversations = sa.inspect(Conversation).local_table


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    vault_after_close: timedelta = timedelta(hours=72)
    batch: int = 500

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionPolicy:
        return cls(vault_after_close=timedelta(hours=settings.vault_after_close_hours))


@dataclass(frozen=True, slots=True)
class PurgeCounts:
    vault_entries: int = 0
    sealed_originals: int = 0

    def __add__(self, other: PurgeCounts) -> PurgeCounts:
        return PurgeCounts(self.vault_entries + other.vault_entries,
                           self.sealed_originals + other.sealed_originals)

    @property
    def total(self) -> int:
        return self.vault_entries + self.sealed_originals


def vault_purge(now: datetime, *, after_close: timedelta, limit: int) -> ReturningDelete[tuple[Any]]:
    """Delete up to `limit` vault entries that expired, or whose contact's conversations are
    all closed for longer than `after_close`; returns the deleted contact ids."""
    of_contact = _conversations.c.contact_id == _vault.c.contact_id
    still_needed = sa.exists().where(
        of_contact,
        sa.or_(
            _conversations.c.status != ConversationStatus.closed.value,
            _conversations.c.closed_at.is_(None),
            _conversations.c.closed_at > now - after_close,
        ),
    )
    closed_long_ago = sa.and_(sa.exists().where(of_contact), ~still_needed)
    due = (
        sa.select(_vault.c.contact_id)
        .where(sa.or_(_vault.c.expires_at <= now, closed_long_ago))
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


async def purge_batch(database: Database, *, now: datetime, policy: RetentionPolicy) -> PurgeCounts:
    """One batch of each kind, in one short transaction."""
    async with database.transaction() as session:
        vault = await session.execute(
            vault_purge(now, after_close=policy.vault_after_close, limit=policy.batch)
        )
        sealed = await session.execute(sealed_purge(now, limit=policy.batch))
        return PurgeCounts(len(vault.all()), len(sealed.all()))


async def purge(database: Database, *, now: datetime, policy: RetentionPolicy) -> PurgeCounts:
    """Batches until nothing more is due at `now`; the counts purged."""
    total = PurgeCounts()
    while True:
        counts = await purge_batch(database, now=now, policy=policy)
        total += counts
        if counts.vault_entries < policy.batch and counts.sealed_originals < policy.batch:
            return total
