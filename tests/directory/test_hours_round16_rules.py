"""Round 16's general rules beyond the tester's cases (tests/directory/test_hours_round16.py):

- Hours the partner dated for a public holiday are that day's, also when a row says "Closed on
  statutory holidays": the words close only the holidays the partner gave no row for (nor do
  they cut the night before such a day at midnight).
- Every refusal of a schedule row names its field (`field valid_from: not a date: ...`), as the
  other tables' refusals do, so a partner knows what to correct.
- A 24/7 line with a dated closure keeps its stored 24/7 flag (it pre-selects), and is closed,
  not "24/7", on that date.
"""

from __future__ import annotations

from typing import Any

import pytest

from directory.place_schedules import always_open_at_a_place
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, check, dated, imported, weekly

pytestmark = pytest.mark.pure

VANCOUVER = {"time_zone": "America/Vancouver", "city": "Vancouver", "state_province": "BC", "country": "CA"}
STATUTORY = {"description": "Closed on statutory holidays"}
REMEMBRANCE_DAY = dated("2026-11-11", opens_at="10:00", closes_at="14:00")

HOLIDAY_HOURS: dict[str, Case] = {
    "dated-hours-on-a-holiday-beat-the-holiday-words": (
        [weekly(WEEKDAYS, "09:00", "17:00", **STATUTORY), REMEMBRANCE_DAY],
        VANCOUVER,
        "2026-11-11T11:00-08:00",
        ("open", "2026-11-11T14:00-08:00", None, False),
    ),
    "the-night-before-dated-hours-is-not-cut-at-midnight": (
        [weekly(EVERY_DAY, "20:00", "08:00", **STATUTORY), REMEMBRANCE_DAY],
        VANCOUVER,
        "2026-11-11T02:00-08:00",
        ("open", "2026-11-11T08:00-08:00", None, False),
    ),
    "a-dated-closure-with-hours-on-a-holiday-keeps-the-rest": (
        [
            weekly(WEEKDAYS, "09:00", "17:00", **STATUTORY),
            dated("2026-11-11", opens_at="12:00", closes_at="17:00", closed=True),
        ],
        VANCOUVER,
        "2026-11-11T10:00-08:00",
        ("open", "2026-11-11T12:00-08:00", None, False),
    ),
    "a-holiday-without-a-dated-row-stays-closed": (
        [weekly(WEEKDAYS, "09:00", "17:00", **STATUTORY), REMEMBRANCE_DAY],
        VANCOUVER,
        "2026-09-07T10:00-07:00",  # Labour Day
        ("closed", "2026-09-08T09:00-07:00", "closed", False),
    ),
}


@pytest.mark.parametrize("name", sorted(HOLIDAY_HOURS))
def test_holiday_hours(name: str) -> None:
    check(HOLIDAY_HOURS[name])


OFFICE = {"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00"}
REFUSED: dict[str, tuple[dict[str, Any], str]] = {
    "impossible-date": ({**OFFICE, "valid_from": "2026-02-30"}, "valid_from"),
    "impossible-date-every-year": ({"valid_from": "0001-02-30", "closed": True}, "valid_from"),
    "end-before-start": ({"valid_from": "2026-01-05", "valid_to": "2026-01-01", "closed": True}, "valid_to"),
    "bad-dtstart": ({**OFFICE, "dtstart": "2026-13-01"}, "dtstart"),
    "bad-exdate": ({**OFFICE, "exdate": "2026-12-25,2026-13-01"}, "exdate"),
    "until-before-dtstart": ({**OFFICE, "dtstart": "2026-09-07", "until": "2026-06-29"}, "until"),
    "count-without-a-first-day": ({**OFFICE, "count": "6"}, "count"),
    "interval-without-a-first-day": ({**OFFICE, "interval": "2"}, "interval"),
    "monthly-without-a-day": ({**OFFICE, "freq": "MONTHLY", "byday": ""}, "freq"),
    "hours-without-days": ({"opens_at": "09:00", "closes_at": "17:00"}, "byday"),
    "only-opens-at": ({"freq": "WEEKLY", "byday": "MO", "opens_at": "13:00"}, "closes_at"),
    "only-closes-at": ({"freq": "WEEKLY", "byday": "MO", "closes_at": "13:00"}, "opens_at"),
    "bymonth-with-dates": ({**OFFICE, "bymonth": "7", "valid_from": "2026-07-01"}, "bymonth"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_refusal_names_the_field(name: str) -> None:
    row, field = REFUSED[name]
    kept, refused = imported([row])
    assert not kept and len(refused) == 1 and refused[0].startswith(f"0: field {field}: "), refused


@pytest.mark.parametrize(("written", "days"), [("T", "TU or TH"), ("M,S", "SA or SU")])
def test_a_letter_for_two_days_says_which(written: str, days: str) -> None:
    _, refused = imported([{**OFFICE, "byday": written}])
    assert refused and f"field byday: {written[-1]!r} alone is two days ({days})" in refused[0]


def test_a_24_7_line_closed_on_one_date_keeps_its_flag() -> None:
    rows = [
        {"service_id": "s", **weekly(EVERY_DAY, "00:00", "24:00")},
        {"service_id": "s", **dated("2026-12-25", closed=True)},
    ]
    assert always_open_at_a_place(rows, "s", [(None, None)])
    check((rows, VANCOUVER, "2026-12-25T12:00-08:00", ("closed", "2026-12-26T00:00-08:00", "closed", False)))
    check((rows, VANCOUVER, "2026-12-27T12:00-08:00", ("open", None, "24/7", True)))


REGINA = {"time_zone": "America/Regina", "city": "Regina", "state_province": "SK", "country": "CA"}
SESSIONS = [weekly("TU,TH", "13:00", "16:00", count="3", dtstart="2026-09-02")]  # a Wednesday


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2026-09-02T14:00-06:00", ("closed", "2026-09-03T13:00-06:00", None, False)),
        ("2026-09-10T14:00-06:00", ("open", "2026-09-10T16:00-06:00", None, False)),
        ("2026-09-10T17:00-06:00", ("closed", None, None, False)),
        ("2026-09-15T14:00-06:00", ("unknown", None, None, False)),
    ],
)
def test_a_dtstart_off_the_days_is_no_occurrence_nor_counted(when: str, expected: Any) -> None:
    """python-dateutil: 3, 8 and 10 September; after the last, closed that day, unknown later."""
    check((SESSIONS, REGINA, when, expected))
