"""An outside tester's case file read as the directory reads a service at one place (rounds 16 and
17: tests/directory/data/hours_round1N.jsonl, kept as written: ids, rows, place, instant, expected
answer, refused rows as `row:field: reason`, and the tester's `why`).

Every row checked by the importer (a refusal names the row and the field), each row's HSDS owner
(`service_at_location_id`, `service_id`, `location_id`; a row naming none is the service's own)
sorted by the code that chooses the schedules that apply at a place, the service svc-1 at location
loc-1 (sal-1) (directory.place_schedules), the place's zone, then open / closed / unknown at the
instant and the end of the unbroken opening or the next opening. `always_open` is the stored 24/7
flag of that place as computed on the day asked (always_open_at_a_place, what pre-selects 24/7
services in an emergency); 24/7 at the instant (the list's "24/7", an emergency's "open 24/7")
implies it. Pure: no database.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from directory.place_schedules import always_open_at_a_place, schedules_that_apply
from tests.directory.hours_round14 import OWNERS, imported, read_at

Item = dict[str, Any]
SERVICE, SERVICE_AT_LOCATION, LOCATION = "svc-1", "sal-1", "loc-1"
_REFUSAL = re.compile(r"^(\d+): field (\w+): ")


def load(path: Path) -> dict[str, Item]:
    with path.open(encoding="utf-8") as lines:
        return {item["id"]: item for item in map(json.loads, filter(str.strip, lines))}


def _owned(row: Item) -> Item:
    return row if any(row.get(name) for name in OWNERS) else {**row, "service_id": SERVICE}


def refused_fields(reasons: list[str]) -> list[tuple[int, str]]:
    """(row, field) of each refusal the importer gives (`1: field valid_from: not a date: ...`)."""
    found = [_REFUSAL.match(reason) for reason in reasons]
    assert all(found), reasons  # every refusal names its row and its field
    return sorted((int(match[1]), match[2]) for match in found if match)


def expected_fields(written: list[str]) -> list[tuple[int, str]]:
    """The tester's `0:closes_at: bare hour '5'` -> (0, "closes_at")."""
    return sorted((int(row), field.strip()) for row, field, _ in (text.split(":", 2) for text in written))


def answer(item: Item) -> tuple[Item, list[tuple[int, str]]]:
    kept, refused = imported(item["rows"])
    kept = [_owned(row) for row in kept]
    chosen = schedules_that_apply(kept, SERVICE, SERVICE_AT_LOCATION, LOCATION)
    status, following, _, now_always = read_at(chosen, item["place"], item["at"])
    on = datetime.fromisoformat(item["at"]).date()  # the flag as stored that day
    flag = always_open_at_a_place(kept, SERVICE, [(SERVICE_AT_LOCATION, LOCATION)], on)
    assert flag or not now_always, "24/7 at the instant, yet the place's flag is not"
    return {"status": status, "next": following, "always_open": flag}, refused_fields(refused)


def instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def check(item: Item, expected: Item | None = None) -> None:
    """The item's answer is `expected` (default: the tester's), its refusals the tester's."""
    expected = expected or item["expected"]
    found, refusals = answer(item)
    assert refusals == expected_fields(item["refused_rows"])
    assert (found["status"], instant(found["next"]), found["always_open"]) == (
        expected["status"],
        instant(expected["next"]),
        expected["always_open"],
    )
