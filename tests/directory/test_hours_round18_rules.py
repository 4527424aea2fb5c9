"""Round 18's general rules beyond the tester's cases (tests/directory/test_hours_round18.py): rule
parts RFC 5545 (3.3.10) forbids together are refused at import, each reason naming its field
(directory/rule_parts.py), and `wkst` names itself when it is no day:
- an ordinal `byday` (`1MO`) with `freq` DAILY (with WEEKLY or no `freq` it stays monthly);
- `bysetpos` with no other `by...` field;
- `count` with `until` (until round 17, `until` counted: the count could be passed by it).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from directory.place_schedules import always_open_at_a_place
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, check, imported, weekly

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


# 24/7 rows valid from a day and without end (HSDS 3 exports often fill `valid_from`): 24/7 from
# the day after (the night before their first day was not open), flagged when stored on or after
# it; before round 18 they read "open until" the 400 days' horizon, and were never flagged, so an
# emergency did not pre-select the shelter. Rows with a `valid_to` still tell their end (hr15-071).
SHELTER = [weekly(EVERY_DAY, "00:00", "24:00", valid_from="2020-01-01")]
NEW_SHELTER = [weekly(EVERY_DAY, "00:00", "24:00", valid_from="2026-12-01")]
TORONTO_PLACE = {"time_zone": "America/Toronto", "state_province": "ON", "country": "CA"}
SINCE_A_DAY: dict[str, Case] = {
    "24-7-since-2020": (SHELTER, TORONTO_PLACE, "2026-12-02T12:00-05:00", ("open", None, "24/7", True)),
    "24-7-since-2020-day-and-night-rows": (
        [
            weekly(EVERY_DAY, "08:00", "20:00", valid_from="2020-01-01"),
            weekly(EVERY_DAY, "20:00", "08:00", valid_from="2021-06-01"),
        ],
        TORONTO_PLACE,
        "2026-12-02T03:00-05:00",
        ("open", None, "24/7", True),
    ),
    "24-7-on-its-first-day-is-open-not-yet-24-7": (
        NEW_SHELTER,
        TORONTO_PLACE,
        "2026-12-01T12:00-05:00",
        # the unbroken opening runs past the 400 days looked at: no end (round 19, hr19-077: until
        # then "open until" 7 January 2028, a closing time made up at the horizon)
        ("open", None, None, False),
    ),
    "24-7-before-its-first-day-is-closed": (
        NEW_SHELTER,
        TORONTO_PLACE,
        "2026-11-30T12:00-05:00",
        ("closed", "2026-12-01T00:00-05:00", "closed", False),
    ),
    "new-weekday-hours-from-a-day-beat-unbounded-24-7": (
        [weekly(EVERY_DAY, "00:00", "24:00"), weekly(WEEKDAYS, "09:00", "17:00", valid_from="2020-01-01")],
        TORONTO_PLACE,
        "2026-12-02T03:00-05:00",
        ("closed", "2026-12-02T09:00-05:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(SINCE_A_DAY))
def test_24_7_rows_valid_from_a_day_without_end(name: str) -> None:
    check(SINCE_A_DAY[name])


@pytest.mark.parametrize(
    ("rows", "on", "flagged"),
    [
        (SHELTER, date(2026, 12, 2), True),
        (SHELTER, None, False),  # asked without a day: unbounded rows only
        (NEW_SHELTER, date(2026, 11, 30), False),  # not open yet: no closed door pre-selected
        (NEW_SHELTER, date(2026, 12, 1), True),
        (
            [weekly(EVERY_DAY, "00:00", "24:00", valid_from="2020-01-01", valid_to="2030-12-31")],
            date(2026, 12, 2),
            False,
        ),
    ],
)
def test_the_stored_flag_counts_rows_valid_since_the_day_it_is_stored(
    rows: list[dict[str, Any]], on: date | None, flagged: bool
) -> None:
    owned = [{**row, "service_id": "svc-1"} for row in rows]
    assert always_open_at_a_place(owned, "svc-1", [], on) is flagged
