"""Round 20's general rules beyond the tester's cases (tests/directory/test_hours_round20.py):
- a validity every year that ends on 28 February (year 0001 has no 29th) runs to the end of
  February, the 29th in leap years (`bymonth 2`, a winter `11-01`..`02-28`); 28 February alone
  stays that one day;
- a date may be followed by a time of day only (`2026-12-24T09:00Z`, `12/24/2026 9:00:00 AM`): an
  ISO 8601 interval (`2026-12-26/2027-01-02`) or other words after it are no date, refused at
  import naming the field (`exdate`, `valid_from`, `dtstart`, `until`), not read as its first day.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from directory.clock import BadTime, parse_date
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, check, imported, weekly

pytestmark = pytest.mark.pure

TORONTO_PLACE = {"time_zone": "America/Toronto", "state_province": "ON", "country": "CA"}
HOURS = {"opens_at": "10:00", "closes_at": "14:00"}

LEAP_DAY: dict[str, Case] = {
    "bymonth-2-holds-the-leap-day": (
        [{"freq": "YEARLY", "bymonth": "2", "bymonthday": "29", **HOURS}],
        TORONTO_PLACE,
        "2028-02-29T11:00-05:00",
        ("open", "2028-02-29T14:00-05:00", None, False),
    ),
    "bymonth-2-every-day-holds-the-leap-day": (
        [{"freq": "YEARLY", "bymonth": "2", "byday": EVERY_DAY, **HOURS}],
        TORONTO_PLACE,
        "2028-02-29T11:00-05:00",
        ("open", "2028-02-29T14:00-05:00", None, False),
    ),
    "a-winter-season-to-02-28-holds-the-leap-day": (
        [weekly(EVERY_DAY, "10:00", "14:00", valid_from="11-01", valid_to="02-28")],
        TORONTO_PLACE,
        "2028-02-29T11:00-05:00",
        ("open", "2028-02-29T14:00-05:00", None, False),
    ),
    "a-winter-season-to-02-28-ends-with-february": (
        [
            weekly(EVERY_DAY, "10:00", "14:00", valid_from="11-01", valid_to="02-28"),
            weekly(WEEKDAYS, "09:00", "17:00", valid_from="03-01", valid_to="10-31"),
        ],
        TORONTO_PLACE,
        "2028-02-29T15:00-05:00",
        ("closed", "2028-03-01T09:00-05:00", None, False),
    ),
    "a-closure-on-02-28-every-year-is-that-day-alone": (
        [
            weekly(EVERY_DAY, "10:00", "14:00"),
            {"valid_from": "02-28", "valid_to": "02-28", "closed": True, "description": "Closed"},
        ],
        TORONTO_PLACE,
        "2028-02-29T11:00-05:00",
        ("open", "2028-02-29T14:00-05:00", None, False),
    ),
    "february-hours-are-not-read-in-march": (
        [{"freq": "YEARLY", "bymonth": "2", "byday": EVERY_DAY, **HOURS}],
        TORONTO_PLACE,
        "2027-03-01T11:00-05:00",
        ("closed", "2028-02-01T10:00-05:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(LEAP_DAY))
def test_a_validity_every_year_to_28_february_holds_the_leap_day(name: str) -> None:
    check(LEAP_DAY[name])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-12-24T09:00:00Z", date(2026, 12, 24)),
        ("20261224T235959Z", date(2026, 12, 24)),
        ("2026-12-24T09:00:00.000-05:00", date(2026, 12, 24)),
        ("2026-12-24 00:00:00", date(2026, 12, 24)),
        ("12/24/2026 9:00:00 AM", date(2026, 12, 24)),  # SQL Server and Excel
        ("12/24/2026 12:00 a.m.", date(2026, 12, 24)),
        ("December 24, 2026", date(2026, 12, 24)),
    ],
)
def test_a_date_time_is_its_date(text: str, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    "text",
    ["2026-12-26/2027-01-02", "2026-12-26/P1W", "2026-12-26 to 2027-01-02", "2026-12-26 2027-01-02", "2026-12-26 (Sat)"],
)
def test_a_date_followed_by_more_than_a_time_is_no_date(text: str) -> None:
    with pytest.raises(BadTime):
        parse_date(text)


@pytest.mark.parametrize(
    ("field", "row"),
    [
        ("exdate", weekly("SA", "10:00", "14:00", exdate="2026-12-26/2027-01-02")),
        ("exdate", weekly("SA", "10:00", "14:00", exdate="2026-12-19, 2026-12-26/2027-01-02")),
        ("valid_from", {"valid_from": "2026-12-24/2026-12-26", **HOURS}),
        ("valid_to", weekly("SA", "10:00", "14:00", valid_from="2026-06-01", valid_to="2026-08-31/09-07")),
        ("dtstart", weekly("SA", "10:00", "14:00", interval="2", dtstart="2026-09-05/2026-12-19")),
        ("until", weekly("SA", "10:00", "14:00", until="2026-12-19/2027-01-02")),
    ],
)
def test_an_interval_is_refused_naming_its_field(field: str, row: dict[str, Any]) -> None:
    kept, refused = imported([row])
    assert not kept and len(refused) == 1 and refused[0].startswith(f"0: field {field}: "), refused
