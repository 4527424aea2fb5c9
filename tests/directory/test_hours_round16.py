"""Round 16 of tricky opening hours: 90 cases written by an outside tester who never saw the code
(tests/directory/data/hours_round16.jsonl, kept as written: ids, rows, place, instant, expected
answer, refused rows as `row:field: reason`, and the tester's `why`).

Each case is read as the directory reads a service at one place: every row checked by the
importer (a refusal names the row and the field), each row's HSDS owner (`service_at_location_id`,
`service_id`, `location_id`; a row naming none is the service's own) sorted by the code that
chooses the schedules that apply at a place, the service svc-1 at location loc-1 (sal-1)
(directory.place_schedules), the place's zone, then open / closed / unknown at the instant and the
end of the unbroken opening or the next opening. `always_open` is the stored 24/7 flag of that
place (always_open_at_a_place, what pre-selects 24/7 services in an emergency); 24/7 at the
instant (the list's "24/7", an emergency's "open 24/7") implies it.

No answer is defended against the tester's (round 15's DEFENDED): where the tester chose (018,
021, 026, 048, 049/050, 068, 069, 070, 072, 079, 081), the choice agrees with profile.md or was
made the rule (026: hours dated for a holiday beat "Closed on statutory holidays").
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from directory.place_schedules import always_open_at_a_place, schedules_that_apply
from tests.directory.hours_round14 import OWNERS, imported, read_at

pytestmark = pytest.mark.pure

CASES = Path(__file__).parent / "data" / "hours_round16.jsonl"
SERVICE, SERVICE_AT_LOCATION, LOCATION = "svc-1", "sal-1", "loc-1"
_REFUSAL = re.compile(r"^(\d+): field (\w+): ")


def _load() -> dict[str, dict[str, Any]]:
    with CASES.open(encoding="utf-8") as lines:
        return {item["id"]: item for item in map(json.loads, filter(str.strip, lines))}


ITEMS = _load()


def _owned(row: dict[str, Any]) -> dict[str, Any]:
    return row if any(row.get(name) for name in OWNERS) else {**row, "service_id": SERVICE}


def refused_fields(reasons: list[str]) -> list[tuple[int, str]]:
    """(row, field) of each refusal the importer gives (`1: field valid_from: not a date: ...`)."""
    found = [_REFUSAL.match(reason) for reason in reasons]
    assert all(found), reasons  # every refusal names its row and its field
    return sorted((int(match[1]), match[2]) for match in found if match)


def _expected_fields(written: list[str]) -> list[tuple[int, str]]:
    """The tester's `0:closes_at: bare hour '5'` -> (0, "closes_at")."""
    return sorted((int(row), field.strip()) for row, field, _ in (text.split(":", 2) for text in written))


def answer(item: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[int, str]]]:
    kept, refused = imported(item["rows"])
    kept = [_owned(row) for row in kept]
    chosen = schedules_that_apply(kept, SERVICE, SERVICE_AT_LOCATION, LOCATION)
    status, following, _, now_always = read_at(chosen, item["place"], item["at"])
    flag = always_open_at_a_place(kept, SERVICE, [(SERVICE_AT_LOCATION, LOCATION)])
    assert flag or not now_always, "24/7 at the instant, yet the place's flag is not"
    return {"status": status, "next": following, "always_open": flag}, refused_fields(refused)


def _instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def test_every_case_of_the_file_is_asked() -> None:
    assert len(ITEMS) == 90
    assert all(item["why"] for item in ITEMS.values())


@pytest.mark.parametrize("case_id", sorted(ITEMS))
def test_round16(case_id: str) -> None:
    item = ITEMS[case_id]
    expected = item["expected"]
    found, refusals = answer(item)
    assert refusals == _expected_fields(item["refused_rows"])
    assert (found["status"], _instant(found["next"]), found["always_open"]) == (
        expected["status"],
        _instant(expected["next"]),
        expected["always_open"],
    )
