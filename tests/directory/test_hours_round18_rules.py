"""Round 18's general rules beyond the tester's cases (tests/directory/test_hours_round18.py): rule
parts RFC 5545 (3.3.10) forbids together are refused at import, each reason naming its field
(directory/rule_parts.py), and `wkst` names itself when it is no day:
- an ordinal `byday` (`1MO`) with `freq` DAILY (with WEEKLY or no `freq` it stays monthly);
- `bysetpos` with no other `by...` field;
- `count` with `until` (until round 17, `until` counted: the count could be passed by it).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.directory.hours_round14 import imported

pytestmark = pytest.mark.pure

HOURS = {"opens_at": "10:00", "closes_at": "14:00"}
FIRST_DAY = {"dtstart": "2026-06-06", **HOURS}


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({"freq": "WEEKLY", "interval": "2", "byday": "SA", "wkst": "ZZ", **FIRST_DAY}, "wkst"),
        ({"freq": "WEEKLY", "byday": "SA", "wkst": "Funday", **HOURS}, "wkst"),
        ({"freq": "DAILY", "byday": "1MO", **HOURS}, "byday"),
        ({"freq": "DAILY", "byday": "MO,-1FR", **HOURS}, "byday"),
        ({"freq": "MONTHLY", "bysetpos": "-1", **FIRST_DAY}, "bysetpos"),
        ({"freq": "YEARLY", "bysetpos": "1,-1", **FIRST_DAY}, "bysetpos"),
        ({"freq": "WEEKLY", "byday": "SA", "count": "10", "until": "2026-08-29", **FIRST_DAY}, "count"),
        ({"freq": "DAILY", "count": 3, "until": "20260610T000000Z", **FIRST_DAY}, "count"),
    ],
)
def test_parts_rfc_5545_forbids_together_are_refused(row: dict[str, Any], field: str) -> None:
    kept, refused = imported([row])
    assert not kept and len(refused) == 1, refused
    assert refused[0].startswith(f"0: field {field}: "), refused


@pytest.mark.parametrize(
    "row",
    [
        {"freq": "WEEKLY", "interval": "2", "byday": "SA", "wkst": "SU", **FIRST_DAY},
        {"freq": "WEEKLY", "byday": "1MO", **HOURS},  # the first Monday of each month
        {"byday": "-1FR", **HOURS},
        {"freq": "MONTHLY", "byday": "+2WE,+4WE", **HOURS},
        {"freq": "YEARLY", "byday": "1MO", **FIRST_DAY},
        {"freq": "DAILY", "byday": "MO,WE,FR", **HOURS},
        {"freq": "MONTHLY", "byday": "MO,TU,WE,TH,FR", "bysetpos": "-1", **HOURS},
        {"freq": "MONTHLY", "bymonthday": "28,29,30,31", "bysetpos": "-1", **HOURS},
        {"freq": "WEEKLY", "byday": "SA", "count": "10", **FIRST_DAY},
        {"freq": "WEEKLY", "byday": "SA", "until": "2026-08-29", **FIRST_DAY},
    ],
)
def test_the_parts_rfc_5545_allows_together_are_kept(row: dict[str, Any]) -> None:
    kept, refused = imported([row])
    assert kept and not refused, refused
