"""Round 21's rules on days and times beyond the tester's cases (tests/directory/test_hours_round21.py;
the others in test_hours_round21_rules.py), on cases written here:
- `exdate` days are dated exceptions for the 24/7 flag: a 24/7 line without 25 December is flagged,
  closed that day, and not "24/7" around it;
- a validity every year to `02-29` ends with February (the 28th or 29th); `02-29` as a first day
  every year and `2027-02-29` stay refused;
- `24:00` as an opening time is the end of the day: a Friday row 24:00-06:00 runs Saturday
  00:00-06:00; in a recurrence other than weekly days the row is refused naming `opens_at`;
- a closure with hours that crosses midnight removes the hours after midnight too, and a closure of
  the next morning cuts the night opening begun the evening before.
"""

from __future__ import annotations

from datetime import date

import pytest

from directory.place_schedules import always_open_at_a_place
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, check, imported, weekly

pytestmark = pytest.mark.pure

TORONTO_PLACE = {"time_zone": "America/Toronto", "state_province": "ON", "country": "CA"}

LINE_WITHOUT_CHRISTMAS = [
    {"freq": "DAILY", "opens_at": "00:00", "closes_at": "24:00", "exdate": "2027-12-25"}
]


def test_a_247_line_without_one_day_by_exdate_keeps_its_flag() -> None:
    kept, refused = imported(LINE_WITHOUT_CHRISTMAS)
    owned = [{**row, "service_id": "s"} for row in kept]
    assert not refused and always_open_at_a_place(owned, "s", [], date(2027, 6, 1))
    weekdays = [{**owned[0], "freq": "WEEKLY", "byday": WEEKDAYS}]
    assert not always_open_at_a_place(weekdays, "s", [], date(2027, 6, 1))


EXDATE: dict[str, Case] = {
    "closed-on-the-day-taken-out": (
        LINE_WITHOUT_CHRISTMAS,
        TORONTO_PLACE,
        "2027-12-25T10:00-05:00",
        ("closed", "2027-12-26T00:00-05:00", None, False),
    ),
    "open-until-that-day-and-not-247-the-day-before": (
        LINE_WITHOUT_CHRISTMAS,
        TORONTO_PLACE,
        "2027-12-24T10:00-05:00",
        ("open", "2027-12-25T00:00-05:00", None, False),
    ),
    "247-far-from-it": (
        LINE_WITHOUT_CHRISTMAS,
        TORONTO_PLACE,
        "2027-06-01T10:00-04:00",
        ("open", None, None, True),
    ),
    "a-weekday-line-with-an-exdate-is-no-247": (
        [
            {
                "freq": "WEEKLY",
                "byday": WEEKDAYS,
                "opens_at": "00:00",
                "closes_at": "24:00",
                "exdate": "2027-12-24",
            }
        ],
        TORONTO_PLACE,
        "2027-06-05T10:00-04:00",
        ("closed", "2027-06-07T00:00-04:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(EXDATE))
def test_an_exdate_on_a_247_line(name: str) -> None:
    check(EXDATE[name])


WINTER_TO_29 = weekly(EVERY_DAY, "10:00", "14:00", valid_from="11-01", valid_to="02-29")
LEAP_DAY_END: dict[str, Case] = {
    "open-on-the-leap-day": (
        [WINTER_TO_29],
        TORONTO_PLACE,
        "2028-02-29T11:00-05:00",
        ("open", "2028-02-29T14:00-05:00", None, False),
    ),
    "open-on-28-february-of-a-common-year": (
        [WINTER_TO_29],
        TORONTO_PLACE,
        "2027-02-28T11:00-05:00",
        ("open", "2027-02-28T14:00-05:00", None, False),
    ),
    "closed-on-1-march": (
        [WINTER_TO_29],
        TORONTO_PLACE,
        "2027-03-01T11:00-05:00",
        ("closed", "2027-11-01T10:00-04:00", None, False),
    ),
    "0001-02-29-too": (
        [{**WINTER_TO_29, "valid_from": "0001-11-01", "valid_to": "0001-02-29"}],
        TORONTO_PLACE,
        "2028-02-29T11:00-05:00",
        ("open", "2028-02-29T14:00-05:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(LEAP_DAY_END))
def test_a_validity_every_year_to_29_february_ends_with_february(name: str) -> None:
    check(LEAP_DAY_END[name])


@pytest.mark.parametrize(
    ("field", "row"),
    [
        ("valid_from", {**WINTER_TO_29, "valid_from": "02-29", "valid_to": "03-31"}),
        ("valid_to", {**WINTER_TO_29, "valid_from": "2026-11-01", "valid_to": "2027-02-29"}),
        ("opens_at", {"freq": "MONTHLY", "byday": "1FR", "opens_at": "24:00", "closes_at": "06:00"}),
        ("opens_at", weekly("FR", "24:00", "06:00", interval="2", dtstart="2026-09-04")),
    ],
)
def test_no_leap_day_every_year_to_begin_with_nor_24_00_in_a_monthly_rule(
    field: str, row: dict[str, str]
) -> None:
    kept, refused = imported([row])
    assert not kept and len(refused) == 1 and refused[0].startswith(f"0: field {field}: "), refused


LATE_FRIDAY = weekly("FR", "24:00", "06:00")
DAY_END: dict[str, Case] = {
    "friday-24-00-opens-saturday-at-midnight": (
        [LATE_FRIDAY],
        TORONTO_PLACE,
        "2026-09-18T23:00-04:00",
        ("closed", "2026-09-19T00:00-04:00", None, False),
    ),
    "not-on-friday-morning": (
        [LATE_FRIDAY],
        TORONTO_PLACE,
        "2026-09-18T01:00-04:00",
        ("closed", "2026-09-19T00:00-04:00", None, False),
    ),
    "a-dated-row-24-00-is-the-next-day": (
        [{"valid_from": "2026-12-31", "valid_to": "2026-12-31", "opens_at": "24:00", "closes_at": "02:00"}],
        TORONTO_PLACE,
        "2027-01-01T01:00-05:00",
        ("open", "2027-01-01T02:00-05:00", None, False),
    ),
    "24-00-to-24-00-every-day-is-247": (
        [{"freq": "DAILY", "opens_at": "24:00", "closes_at": "24:00"}],
        TORONTO_PLACE,
        "2026-09-18T01:00-04:00",
        ("open", None, None, True),
    ),
}


@pytest.mark.parametrize("name", sorted(DAY_END))
def test_24_00_as_an_opening_time_is_the_end_of_the_day(name: str) -> None:
    check(DAY_END[name])


NIGHT_CLOSURES: dict[str, Case] = {
    "a-saturday-night-closure-removes-sunday-after-midnight": (
        [
            weekly(EVERY_DAY, "00:00", "24:00"),
            weekly("SA", "23:00", "01:30", closed=True, description="Cleaning"),
        ],
        TORONTO_PLACE,
        "2026-09-20T01:00-04:00",
        ("closed", "2026-09-20T01:30-04:00", None, False),
    ),
    "and-not-the-sunday-after-it": (
        [
            weekly(EVERY_DAY, "00:00", "24:00"),
            weekly("SA", "23:00", "01:30", closed=True, description="Cleaning"),
        ],
        TORONTO_PLACE,
        "2026-09-20T22:00-04:00",
        ("open", "2026-09-26T23:00-04:00", None, False),
    ),
    "a-sunday-morning-closure-cuts-saturdays-night": (
        [weekly("SA", "22:00", "04:00"), weekly("SU", "01:00", "02:00", closed=True)],
        TORONTO_PLACE,
        "2026-09-20T01:30-04:00",
        ("closed", "2026-09-20T02:00-04:00", None, False),
    ),
    "saturdays-night-after-the-cut": (
        [weekly("SA", "22:00", "04:00"), weekly("SU", "01:00", "02:00", closed=True)],
        TORONTO_PLACE,
        "2026-09-20T03:00-04:00",
        ("open", "2026-09-20T04:00-04:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(NIGHT_CLOSURES))
def test_a_closure_with_hours_across_midnight(name: str) -> None:
    check(NIGHT_CLOSURES[name])
