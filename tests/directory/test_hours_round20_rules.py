"""Round 20's general rules beyond the tester's cases (tests/directory/test_hours_round20.py):
- a validity every year that ends on 28 February (year 0001 has no 29th) runs to the end of
  February, the 29th in leap years (`bymonth 2`, a winter `11-01`..`02-28`); 28 February alone
  stays that one day;
- a date may be followed by a time of day only (`2026-12-24T09:00Z`, `12/24/2026 9:00:00 AM`): an
  ISO 8601 interval (`2026-12-26/2027-01-02`) or other words after it are no date, refused at
  import naming the field (`exdate`, `valid_from`, `dtstart`, `until`), not read as its first day;
- words that say an owner is shut, on a row not bound to dates of a less specific owner than the
  one that gives hours (the location "Permanently closed" beside the service's hours), make the
  place's hours unknown too (call first), and the place is not 24/7;
- words on a recurring row that say days of the week are closed ("Fermé le dimanche", "Closed
  Sat & Sun") close those days over the row's validity, as a recurring closure does; days narrowed
  by more words ("closed Sundays in July", "closed Monday 12-1 for lunch") close nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from directory.clock import BadTime, parse_date
from directory.closed_days import days_said_closed
from directory.listing import today
from directory.place_schedules import always_open_at_a_place, schedules_that_apply
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, check, imported, weekly

pytestmark = pytest.mark.pure

TORONTO_PLACE = {"time_zone": "America/Toronto", "state_province": "ON", "country": "CA"}
HOURS = {"opens_at": "10:00", "closes_at": "14:00"}
TUESDAY = "2026-06-16T10:00-04:00"

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
        ("2026-12-24Z", date(2026, 12, 24)),  # XML Schema: a date with its zone
        ("2026-12-24-05:00", date(2026, 12, 24)),
    ],
)
def test_a_date_time_is_its_date(text: str, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-26/2027-01-02",
        "2026-12-26/P1W",
        "2026-12-26 to 2027-01-02",
        "2026-12-26 2027-01-02",
        "2026-12-26 (Sat)",
    ],
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


SHUT_BELOW: dict[str, Case] = {
    "the-location-permanently-closed-beside-the-services-hours": (
        [
            weekly(EVERY_DAY, "08:00", "20:00", location_id="l", description="Permanently closed"),
            weekly(WEEKDAYS, "09:00", "17:00", service_id="s"),
        ],
        TORONTO_PLACE,
        TUESDAY,
        ("unknown", None, None, False),
    ),
    "a-note-row-of-the-service-beside-the-places-own-hours": (
        [
            {"service_id": "s", "notes": "Closed until further notice"},
            weekly(WEEKDAYS, "09:00", "17:00", service_at_location_id="sal"),
        ],
        TORONTO_PLACE,
        TUESDAY,
        ("unknown", None, None, False),
    ),
    "the-location-without-the-words-is-not-read": (
        [
            weekly(EVERY_DAY, "08:00", "20:00", location_id="l", description="Front desk"),
            weekly(WEEKDAYS, "09:00", "17:00", service_id="s"),
        ],
        TORONTO_PLACE,
        TUESDAY,
        ("open", "2026-06-16T17:00-04:00", None, False),
    ),
    "another-locations-words-are-not-read": (
        [
            weekly(EVERY_DAY, "08:00", "20:00", location_id="other", description="Permanently closed"),
            weekly(WEEKDAYS, "09:00", "17:00", service_id="s"),
        ],
        TORONTO_PLACE,
        TUESDAY,
        ("open", "2026-06-16T17:00-04:00", None, False),
    ),
    "the-location-closed-for-good-from-a-day-closes-from-it": (
        [
            {
                "location_id": "l",
                "valid_from": "2026-06-01",
                "closed": True,
                "description": "Permanently closed",
            },
            weekly(WEEKDAYS, "09:00", "17:00", service_id="s"),
        ],
        TORONTO_PLACE,
        TUESDAY,
        ("closed", None, None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(SHUT_BELOW))
def test_words_that_say_a_less_specific_owner_is_shut(name: str) -> None:
    check(SHUT_BELOW[name])


def test_a_24_7_service_at_a_location_said_shut_is_not_flagged_and_shows_the_words() -> None:
    rows = [
        weekly(EVERY_DAY, "00:00", "24:00", service_id="s"),
        {"location_id": "l", "description": "Temporarily closed"},
    ]
    assert not always_open_at_a_place(rows, "s", [("sal", "l")], date(2026, 6, 16))
    assert always_open_at_a_place(rows[:1], "s", [("sal", "l")], date(2026, 6, 16))
    chosen = schedules_that_apply(rows, "s", "sal", "l")
    day = today(
        {"always_open": False},
        chosen,
        TORONTO_PLACE,
        at=datetime.fromisoformat(TUESDAY),
        default_zone="America/Toronto",
    )
    assert not day.known and day.note == "Temporarily closed"


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("Fermé le dimanche", {6}),
        ("Closed Sundays and statutory holidays", {6}),
        ("Fermé les dimanches et jours fériés", {6}),
        ("Open daily. Closed on Mondays.", {0}),
        ("Sat & Sun: closed", {5, 6}),
        ("Dimanche : fermé", {6}),
        ("Closed weekends", {5, 6}),
        ("fermé la fin de semaine", {5, 6}),
        ("Closed Saturdays and Sundays", {5, 6}),
        ("Closed Tuesday through Thursday", {1, 2, 3}),
        ("Mon-Fri 9-5, closed Sat", {5}),
        ("Closed Sundays in July", set()),  # narrowed: not every Sunday
        ("closed Monday 12-1 for lunch", set()),
        ("Sunday closed at 5", set()),
        ("closed sunday mornings", set()),
        ("Fermé le lundi matin", set()),
        ("Closed Sunday, December 25", set()),
        ("never closed on Sundays", set()),
        ("Closed on statutory holidays", set()),
        ("Temporarily closed", set()),
        ("Closed for the holidays", set()),
    ],
)
def test_days_said_closed(words: str, days: set[int]) -> None:
    assert days_said_closed(words) == days


SUNDAY = "2026-06-14T11:00-04:00"
CLOSED_DAYS: dict[str, Case] = {
    "ferme-le-dimanche-on-a-row-open-every-day": (
        [weekly(EVERY_DAY, "10:00", "16:00", description="Fermé le dimanche")],
        TORONTO_PLACE,
        SUNDAY,
        ("closed", "2026-06-15T10:00-04:00", None, False),
    ),
    "the-other-days-stay-open": (
        [weekly(EVERY_DAY, "10:00", "16:00", description="Fermé le dimanche")],
        TORONTO_PLACE,
        "2026-06-13T11:00-04:00",
        ("open", "2026-06-13T16:00-04:00", None, False),
    ),
    "closed-weekends-on-another-row-of-the-same-validity": (
        [weekly(WEEKDAYS, "09:00", "17:00", notes="Closed weekends"), weekly("SU", "12:00", "16:00")],
        TORONTO_PLACE,
        SUNDAY,
        ("closed", "2026-06-15T09:00-04:00", None, False),
    ),
    "a-summer-season-of-its-own-is-not-closed-by-the-years-words": (
        [
            weekly(WEEKDAYS, "09:00", "17:00", description="Closed Sundays"),
            weekly("SU", "12:00", "16:00", valid_from="2026-06-01", valid_to="2026-08-31"),
        ],
        TORONTO_PLACE,
        SUNDAY,
        ("closed", "2026-06-14T12:00-04:00", None, False),
    ),
    "narrowed-words-leave-the-fields": (
        [weekly(EVERY_DAY, "10:00", "16:00", description="Closed Sundays in July and August")],
        TORONTO_PLACE,
        SUNDAY,
        ("open", "2026-06-14T16:00-04:00", None, False),
    ),
    "dated-hours-are-that-days-whatever-their-words": (
        [
            {
                "valid_from": "2026-06-14",
                "valid_to": "2026-06-14",
                **HOURS,
                "description": "Usually closed Sundays",
            }
        ],
        TORONTO_PLACE,
        SUNDAY,
        ("open", "2026-06-14T14:00-04:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(CLOSED_DAYS))
def test_words_that_close_days_of_the_week(name: str) -> None:
    check(CLOSED_DAYS[name])


def test_a_line_open_around_the_clock_but_closed_sundays_is_not_24_7() -> None:
    rows = [weekly(EVERY_DAY, "00:00", "24:00", service_id="s", description="Closed Sundays")]
    assert not always_open_at_a_place(rows, "s", [("sal", "l")], date(2026, 6, 16))
    assert always_open_at_a_place([{**rows[0], "description": ""}], "s", [("sal", "l")], date(2026, 6, 16))
