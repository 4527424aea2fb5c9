"""The audit chain's rules, without a database: a changed or removed entry is found."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.models import AuditEntry
from app.security import audit

START = datetime(2026, 12, 5, 21, 0, tzinfo=UTC)


def chain(length: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    previous = audit.GENESIS
    for number in range(1, length + 1):
        fields = {
            "created_at": START + timedelta(minutes=number),
            "action": "message.reveal",
            "actor_id": number,
            "subject_type": "message",
            "subject_id": str(number * 10),
            "detail": {"reason": "safety", "count": number},
        }
        digest = audit.entry_hash(prev_hash=previous, **fields)  # type: ignore[arg-type]
        entries.append(AuditEntry(id=number, prev_hash=previous, hash=digest, **fields))
        previous = digest
    return entries


def test_an_untouched_chain_is_intact() -> None:
    entries = chain(5)
    verification = audit.verify_chain(entries)
    assert verification.intact and verification.entries == 5
    assert verification.head == entries[-1].hash


def test_an_empty_log_is_intact() -> None:
    assert audit.verify_chain([]) == audit.Verification(0, audit.GENESIS)


@pytest.mark.parametrize(
    "field, value",
    [
        ("action", "login"),
        ("actor_id", 99),
        ("subject_id", "11"),
        ("detail", {"reason": "x"}),
        ("created_at", START),
    ],
)
def test_a_changed_entry_is_found(field: str, value: object) -> None:
    entries = chain(5)
    setattr(entries[2], field, value)
    verification = audit.verify_chain(entries)
    assert verification.broken_at == 3
    assert verification.reason is not None and "changed" in verification.reason


def test_a_changed_entry_with_a_recomputed_hash_breaks_the_next_link() -> None:
    entries = chain(5)
    entries[2].action = "login"
    entries[2].hash = audit.entry_hash(
        prev_hash=entries[2].prev_hash,
        created_at=entries[2].created_at,
        action="login",
        actor_id=entries[2].actor_id,
        subject_type=entries[2].subject_type,
        subject_id=entries[2].subject_id,
        detail=entries[2].detail,
    )
    assert audit.verify_chain(entries).broken_at == 4


def test_a_removed_entry_is_found() -> None:
    entries = chain(5)
    del entries[1]
    verification = audit.verify_chain(entries)
    assert verification.broken_at == 3
    assert verification.reason is not None and "removed" in verification.reason


@pytest.mark.parametrize(
    "detail",
    [
        {"note": "x" * 65},
        {"nested": {"a": 1}},
        {"values": [1, 2]},
        {"amount": 1.5},
    ],
)
def test_details_that_could_carry_text_are_refused(detail: dict[str, object]) -> None:
    with pytest.raises(audit.AuditDetailRefused):
        audit.checked_detail(detail)  # type: ignore[arg-type]
