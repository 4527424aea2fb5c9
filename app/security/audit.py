"""The audit log: who revealed, exported, logged in, changed a role, transferred or moved a
referral, and when; each entry chained to the previous one by a SHA-256 hash.

Entries carry ids and codes only, never personal data: `detail` takes short strings,
integers and booleans, and refuses anything else. Writers serialise on one advisory lock,
so the chain has one order even with several app processes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import AuditEntry
from app.models.base import utcnow

GENESIS = "0" * 64
MAX_DETAIL_VALUE = 64
_CHAIN_LOCK = 0x61756474  # "audt"

DetailValue = str | int | bool


class AuditDetailRefused(ValueError):
    """A detail that could carry personal data (long text, nested data) was refused."""


def entry_hash(
    *,
    prev_hash: str,
    created_at: datetime,
    action: str,
    actor_id: int | None,
    subject_type: str,
    subject_id: str | None,
    detail: Mapping[str, object],
) -> str:
    """The hash of one entry: its fields in a canonical JSON form, after the previous hash."""
    canonical = json.dumps(
        {
            "created_at": created_at.isoformat(),
            "action": action,
            "actor_id": actor_id,
            "subject_type": subject_type,
            "subject_id": subject_id,
            "detail": dict(detail),
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def checked_detail(detail: Mapping[str, DetailValue] | None) -> dict[str, object]:
    checked: dict[str, object] = {}
    for key, value in (detail or {}).items():
        if not isinstance(value, str | int | bool):
            raise AuditDetailRefused(f"audit detail {key!r} must be a string, integer or boolean")
        if isinstance(value, str) and len(value) > MAX_DETAIL_VALUE:
            raise AuditDetailRefused(f"audit detail {key!r} is longer than {MAX_DETAIL_VALUE}")
        checked[key] = value
    return checked


async def record(
    session: AsyncSession,
    *,
    action: str,
    actor_id: int | None,
    subject_type: str,
    subject_id: str | None = None,
    detail: Mapping[str, DetailValue] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction (it commits or rolls back with it)."""
    values = checked_detail(detail)
    await session.exec(sa.select(sa.func.pg_advisory_xact_lock(_CHAIN_LOCK)))  # type: ignore[call-overload]
    last = (await session.exec(select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1))).first()
    prev_hash = last or GENESIS
    created_at = utcnow()
    entry = AuditEntry(
        created_at=created_at,
        action=action,
        actor_id=actor_id,
        subject_type=subject_type,
        subject_id=subject_id,
        detail=values,
        prev_hash=prev_hash,
        hash=entry_hash(
            prev_hash=prev_hash,
            created_at=created_at,
            action=action,
            actor_id=actor_id,
            subject_type=subject_type,
            subject_id=subject_id,
            detail=values,
        ),
    )
    session.add(entry)
    await session.flush()
    return entry


@dataclass(frozen=True, slots=True)
class Verification:
    entries: int
    head: str
    broken_at: int | None = None
    reason: str | None = None

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(entries: list[AuditEntry]) -> Verification:
    """Recompute the chain in id order: a changed entry no longer matches its hash; a removed
    one breaks the link from the next entry to its predecessor."""
    previous = GENESIS
    for entry in entries:
        assert entry.id is not None
        if entry.prev_hash != previous:
            return Verification(
                len(entries), previous, entry.id, "does not follow the entry before it (an entry was removed)"
            )
        expected = entry_hash(
            prev_hash=entry.prev_hash,
            created_at=entry.created_at,
            action=entry.action,
            actor_id=entry.actor_id,
            subject_type=entry.subject_type,
            subject_id=entry.subject_id,
            detail=entry.detail,
        )
        if entry.hash != expected:
            return Verification(
                len(entries), previous, entry.id, "its content no longer matches its hash (it was changed)"
            )
        previous = entry.hash
    return Verification(len(entries), previous)


async def verify(session: AsyncSession) -> Verification:
    entries = list((await session.exec(select(AuditEntry).order_by(col(AuditEntry.id)))).all())
    return verify_chain(entries)


async def hashes_present(session: AsyncSession, hashes: list[str]) -> set[str]:
    """Which of these hashes are still in the log (a head noted earlier must stay)."""
    if not hashes:
        return set()
    rows = await session.exec(select(AuditEntry.hash).where(col(AuditEntry.hash).in_(hashes)))
    return set(rows.all())
