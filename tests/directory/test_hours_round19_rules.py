"""Round 19's general rules beyond the tester's cases (tests/directory/test_hours_round19.py):
- an ordinal `byday` with `byweekno` is refused at import, naming `byday` (RFC 5545 3.3.10);
- the US keeps a Saturday 1 January on the Friday before, 31 December of the year before;
- "Holiday hours may vary, please call ahead" closes the public holidays (not known open);
- an opening that runs past the 400 days looked at is open with no end, not "open until" the last
  midnight looked at (a closing time made up);
- words that say the service itself is shut ("Temporarily closed", "Permanently closed", "Closed
  until further notice", "Fermé jusqu'à nouvel ordre"): a closure dated from a day without end
  runs on from it; on a row not bound to dates, the owner's hours are unknown (call first), and
  the next owner's hours are not read in their place.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from directory.listing import today
from directory.place_schedules import always_open_at_a_place
from directory.public_holidays import is_public_holiday, says_closed_on_holidays
from tests.directory.hours_round14 import EVERY_DAY, TORONTO, WEEKDAYS, Case, check, imported, weekly

pytestmark = pytest.mark.pure

HOURS = {"opens_at": "09:00", "closes_at": "12:00"}
TORONTO_PLACE = {"time_zone": "America/Toronto", "state_province": "ON", "country": "CA"}
TUESDAY = "2026-06-16T10:00-04:00"
OFFICE = weekly(WEEKDAYS, "09:00", "17:00")


@pytest.mark.parametrize(
    "row",
    [
        {"freq": "YEARLY", "byweekno": "20", "byday": "1MO", **HOURS},
        {"freq": "YEARLY", "byweekno": "1,20", "byday": "MO,-1FR", **HOURS},
        {"byweekno": "20", "byday": "2TU", **HOURS},
    ],
)
def test_an_ordinal_byday_with_byweekno_is_refused(row: dict[str, Any]) -> None:
    kept, refused = imported([row])
    assert not kept and len(refused) == 1 and refused[0].startswith("0: field byday: "), refused


def test_byweekno_with_plain_days_is_kept() -> None:
    kept, refused = imported([{"freq": "YEARLY", "byweekno": "20", "byday": "MO,TU", **HOURS}])
    assert kept and not refused, refused


@pytest.mark.parametrize(
    ("day", "region", "kept"),
    [
        (date(2027, 12, 31), "US", True),  # 1 January 2028 is a Saturday
        (date(2021, 12, 31), "US", True),  # 1 January 2022 too
        (date(2022, 12, 30), "US", False),  # 1 January 2023 is a Sunday: Monday 2 January
        (date(2027, 12, 31), "ON", False),  # Canada: the next weekday, Monday 3 January 2028
        (date(2028, 1, 3), "ON", True),
        (date(2027, 12, 31), "GB", False),
    ],
)
def test_a_saturday_new_year_is_the_friday_before_in_the_us(day: date, region: str, kept: bool) -> None:
    assert is_public_holiday(day, region) is kept


@pytest.mark.parametrize(
    ("words", "closes"),
    [
        ("Holiday hours may vary. Please call ahead.", True),
        ("Holiday hours vary", True),
        ("Please call ahead on holidays", True),
        ("Les horaires des jours fériés peuvent varier", True),
        ("Horaire variable les jours fériés", True),
        ("Hours may vary", False),  # not about holidays
        ("Please call first", False),
        ("Open on holidays; holiday hours may vary", False),  # the partner says open
    ],
)
def test_holiday_hours_that_may_vary_close_the_holidays(words: str, closes: bool) -> None:
    assert says_closed_on_holidays(words) is closes


BEYOND: dict[str, Case] = {
    # open until 2030: the end lies past the 400 days looked at, none is made up
    "round-the-clock-to-2030": (
        [weekly(EVERY_DAY, "00:00", "24:00", valid_from="2020-01-01", valid_to="2030-12-31")],
        TORONTO_PLACE,
        "2026-07-01T03:00-04:00",
        ("open", None, None, False),
    ),
    "round-the-clock-to-the-end-of-this-year-still-ends": (
        [weekly(EVERY_DAY, "00:00", "24:00", valid_from="2020-01-01", valid_to="2026-12-31")],
        TORONTO_PLACE,
        "2026-07-01T03:00-04:00",
        ("open", "2027-01-01T00:00-05:00", None, False),
    ),
}

SHUT: dict[str, Case] = {
    "permanently-closed-from-a-day-runs-on": (
        [OFFICE, {"valid_from": "2026-07-01", "closed": True, "description": "Permanently closed"}],
        TORONTO_PLACE,
        "2027-03-02T10:00-05:00",
        ("closed", None, None, False),
    ),
    "permanently-closed-from-a-day-not-before-it": (
        [OFFICE, {"valid_from": "2026-07-01", "closed": True, "description": "Permanently closed"}],
        TORONTO_PLACE,
        "2026-06-30T10:00-04:00",
        ("open", "2026-06-30T17:00-04:00", None, False),
    ),
    "fermeture-definitive-from-a-day-without-closed-field": (
        [OFFICE, {"valid_from": "2026-07-01", "description": "Fermeture définitive"}],
        TORONTO_PLACE,
        "2026-07-07T10:00-04:00",
        ("closed", None, None, False),
    ),
    "a-closure-on-one-date-without-the-words-is-that-day": (
        [OFFICE, {"valid_from": "2026-07-02", "closed": True, "description": "Closed"}],
        TORONTO_PLACE,
        "2026-07-02T10:00-04:00",
        ("closed", "2026-07-03T09:00-04:00", None, False),
    ),
    "temporarily-closed-beside-weekly-hours-is-unknown": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Temporarily closed")],
        TORONTO_PLACE,
        TUESDAY,
        ("unknown", None, None, False),
    ),
    "a-note-row-fermee-jusqu-a-nouvel-ordre-is-unknown": (
        [OFFICE, {"description": "Fermé jusqu'à nouvel ordre"}],
        TORONTO_PLACE,
        TUESDAY,
        ("unknown", None, None, False),
    ),
    "closed-until-further-notice-at-a-place-does-not-read-the-location": (
        [
            weekly(WEEKDAYS, "09:00", "17:00", location_id="l"),
            {"service_at_location_id": "sal", "notes": "Closed until further notice"},
        ],
        TORONTO_PLACE,
        TUESDAY,
        ("unknown", None, None, False),
    ),
    "google-closed-permanently-status-is-unknown": (
        [weekly(WEEKDAYS, "09:00", "17:00", notes="CLOSED_PERMANENTLY")],
        TORONTO_PLACE,
        TUESDAY,
        ("unknown", None, None, False),
    ),
    "fermee-jusqu-a-nouvel-ordre-typographic-apostrophe-is-unknown": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Fermée jusqu’à nouvel ordre")],
        TORONTO_PLACE,
        TUESDAY,
        ("unknown", None, None, False),
    ),
    "closed-sundays-and-holidays-is-no-shut": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Closed Sundays and statutory holidays")],
        TORONTO_PLACE,
        TUESDAY,
        ("open", "2026-06-16T17:00-04:00", None, False),
    ),
    "24-7-temporarily-closed-is-not-flagged": (
        [weekly(EVERY_DAY, "00:00", "24:00", notes="Temporarily closed for renovations")],
        TORONTO_PLACE,
        TUESDAY,
        ("unknown", None, None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(BEYOND))
def test_an_opening_past_the_days_looked_at_has_no_end(name: str) -> None:
    check(BEYOND[name])


@pytest.mark.parametrize("name", sorted(SHUT))
def test_words_that_say_the_service_is_shut(name: str) -> None:
    check(SHUT[name])


def test_a_24_7_line_said_temporarily_closed_is_not_flagged() -> None:
    rows = [weekly(EVERY_DAY, "00:00", "24:00", service_id="s", notes="Temporarily closed")]
    assert not always_open_at_a_place(rows, "s", [("sal", "l")], date(2026, 6, 16))
    assert always_open_at_a_place([{**rows[0], "notes": ""}], "s", [("sal", "l")], date(2026, 6, 16))


def test_the_list_shows_the_words_that_say_shut() -> None:
    rows = [weekly(WEEKDAYS, "09:00", "17:00", description="Temporarily closed")]
    day = today(
        {"always_open": False}, rows, TORONTO_PLACE, at=datetime.fromisoformat(TUESDAY), default_zone=TORONTO
    )
    assert not day.known and day.note == "Temporarily closed"
