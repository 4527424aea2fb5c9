"""Round 14 of tricky opening hours, written before reading the schedule code: which days. Validity
boundaries (`valid_to` is the last day, inclusive; seasons across the new year, with years `0001`
or none), RFC 5545 rules (`bysetpos`, last day of the month, every other week, `count` and `until`
in RFC 5545's own basic format, `exdate`), the 24/7 forms, night openings, and where a window ends
exactly at the asked minute.

Choices (the safer mistake is "unknown" or "closed", never a wrong "open"):
- A date written as a timestamp at midnight (`2026-12-31T00:00:00`) is that date.
- A season written without a year (`11-01` to `04-30`) is every year, as `0001-11-01` is.
- RFC 5545's `bysetpos` and `exdate`, though not HSDS fields, are read: left aside, the row would
  be open on days the partner said it is not.
- Day names as partners write them: `Weekdays`, `Mon–Fri` (a spreadsheet's dash), `Tues`, `Thurs`.
- Rows that together cover every minute of every week (24-hour shifts from 08:00, a day row and
  a night row) are 24/7; overlapping or repeated rows read as one opening.
"""

from __future__ import annotations

import pytest

from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, carried, check, dated, line, weekly

pytestmark = pytest.mark.pure

MONDAY = "2026-12-07"
OFFICE = weekly(WEEKDAYS, "09:00", "17:00")
NIGHT = weekly(EVERY_DAY, "19:00", "07:00")
SEASON = weekly(EVERY_DAY, "19:00", "07:00", valid_from="0001-11-01", valid_to="0001-04-30")
UNKNOWN = ("unknown", None, "unknown", False)
ALWAYS = ("open", None, "24/7", True)

VALIDITY: dict[str, Case] = {
    "valid-to-today-afternoon": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_to=MONDAY)],
        {},
        f"{MONDAY}T16:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "valid-to-yesterday-is-unknown": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_to=MONDAY)],
        {},
        "2026-12-08T10:00-05:00",
        UNKNOWN,
    ),
    "valid-to-as-a-midnight-timestamp": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_to="2026-12-31T00:00:00")],
        {},
        "2026-12-31T10:00-05:00",
        ("open", "2026-12-31T17:00-05:00", line("9:00–17:00"), False),
    ),
    "valid-from-as-a-utc-timestamp": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_from="2026-12-07T00:00:00Z")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "season-last-night": (
        [SEASON],
        {},
        "2027-04-30T23:00-04:00",
        ("open", "2027-05-01T07:00-04:00", line("19:00–7:00", True), False),
    ),
    "season-morning-after-the-last-night": (
        [SEASON],
        {},
        "2027-05-01T06:00-04:00",
        ("open", "2027-05-01T07:00-04:00", carried("7:00", None, True), False),
    ),
    "season-over-for-the-summer": (
        [SEASON],
        {},
        "2027-05-01T20:00-04:00",
        ("closed", "2027-11-01T19:00-04:00", "closed", False),
    ),
    "season-across-new-year": (
        [SEASON],
        {},
        "2027-01-01T02:00-05:00",
        ("open", "2027-01-01T07:00-05:00", carried("7:00", "19:00–7:00"), False),
    ),
    "season-eve-of-the-first-night": (
        [SEASON],
        {},
        "2026-10-31T20:00-04:00",
        ("closed", "2026-11-01T19:00-05:00", "closed", False),
    ),
    "season-with-years-has-run-out": (
        [weekly(EVERY_DAY, "19:00", "07:00", valid_from="2026-11-01", valid_to="2027-04-30")],
        {},
        "2027-05-02T20:00-04:00",
        UNKNOWN,
    ),
    "season-without-a-year": (
        [weekly(EVERY_DAY, "19:00", "07:00", valid_from="11-01", valid_to="04-30")],
        {},
        "2027-01-15T02:00-05:00",
        ("open", "2027-01-15T07:00-05:00", carried("7:00", "19:00–7:00"), False),
    ),
}

RFC: dict[str, Case] = {
    "bysetpos-last-weekday-not-yet": (
        [{"freq": "MONTHLY", "byday": WEEKDAYS, "bysetpos": -1, "opens_at": "13:00", "closes_at": "16:00"}],
        {},
        "2026-12-30T14:00-05:00",
        ("closed", "2026-12-31T13:00-05:00", "closed", False),
    ),
    "bysetpos-last-weekday": (
        [{"freq": "MONTHLY", "byday": WEEKDAYS, "bysetpos": -1, "opens_at": "13:00", "closes_at": "16:00"}],
        {},
        "2026-12-31T14:00-05:00",
        ("open", "2026-12-31T16:00-05:00", line("13:00–16:00"), False),
    ),
    "bysetpos-first-weekday": (
        [{"freq": "MONTHLY", "byday": WEEKDAYS, "bysetpos": "1", "opens_at": "13:00", "closes_at": "16:00"}],
        {},
        "2027-01-04T14:00-05:00",
        ("closed", "2027-02-01T13:00-05:00", "closed", False),
    ),
    "last-day-of-november": (
        [{"freq": "MONTHLY", "bymonthday": "-1", "opens_at": "10:00", "closes_at": "12:00"}],
        {},
        "2026-11-30T11:00-05:00",
        ("open", "2026-11-30T12:00-05:00", line("10:00–12:00"), False),
    ),
    "last-day-of-april-tomorrow": (
        [{"freq": "MONTHLY", "bymonthday": -1, "opens_at": "10:00", "closes_at": "12:00"}],
        {},
        "2027-04-29T11:00-04:00",
        ("closed", "2027-04-30T10:00-04:00", "closed", False),
    ),
    "every-other-wednesday-off-week": (
        [weekly("WE", "10:00", "14:00", interval=2, dtstart="2026-12-02")],
        {},
        "2026-12-09T11:00-05:00",
        ("closed", "2026-12-16T10:00-05:00", "closed", False),
    ),
    "every-other-wednesday-from-valid-from": (
        [weekly("WE", "10:00", "14:00", interval="2", valid_from="2026-12-09")],
        {},
        "2026-12-16T11:00-05:00",
        ("closed", "2026-12-23T10:00-05:00", "closed", False),
    ),
    "count-third-and-last": (
        [weekly("MO", "09:00", "12:00", count=3, dtstart="2026-11-23")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("open", f"{MONDAY}T12:00-05:00", line("9:00–12:00"), False),
    ),
    "count-used-up": (
        [weekly("MO", "09:00", "12:00", count="3", dtstart="2026-11-23")],
        {},
        "2026-12-14T10:00-05:00",
        UNKNOWN,
    ),
    "until-in-rfc-basic-format": (
        [weekly("MO", "09:00", "12:00", dtstart="20261123", until="20261207T235959Z")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("open", f"{MONDAY}T12:00-05:00", line("9:00–12:00"), False),
    ),
    "until-in-rfc-basic-format-passed": (
        [weekly("MO", "09:00", "12:00", dtstart="20261123", until="20261207T235959Z")],
        {},
        "2026-12-14T10:00-05:00",
        UNKNOWN,
    ),
    "exdate-christmas": (
        [weekly("FR", "09:00", "17:00", exdate="2026-12-25")],
        {},
        "2026-12-25T10:00-05:00",
        ("closed", "2027-01-01T09:00-05:00", "closed", False),
    ),
    "exdate-list-in-basic-format": (
        [weekly("FR", "09:00", "17:00", exdate="20261225,20270101")],
        {},
        "2027-01-01T10:00-05:00",
        ("closed", "2027-01-08T09:00-05:00", "closed", False),
    ),
    "second-and-fourth-wednesday": (
        [{"freq": "MONTHLY", "byday": "2WE,4WE", "opens_at": "18:00", "closes_at": "20:00"}],
        {},
        "2026-12-16T19:00-05:00",
        ("closed", "2026-12-23T18:00-05:00", "closed", False),
    ),
    "quarterly-on-the-fifteenth": (
        [
            {
                "freq": "MONTHLY",
                "interval": 3,
                "bymonthday": 15,
                "dtstart": "2026-09-15",
                "opens_at": "10:00",
                "closes_at": "12:00",
            }
        ],
        {},
        "2026-11-15T11:00-05:00",
        ("closed", "2026-12-15T10:00-05:00", "closed", False),
    ),
    "daily-until-christmas-eve": (
        [{"freq": "DAILY", "until": "2026-12-24", "opens_at": "08:00", "closes_at": "20:00"}],
        {},
        "2026-12-24T19:00-05:00",
        ("open", "2026-12-24T20:00-05:00", line("8:00–20:00"), False),
    ),
    "last-day-of-the-year": (
        [{"freq": "YEARLY", "byyearday": "-1", "opens_at": "10:00", "closes_at": "14:00"}],
        {},
        "2026-12-31T11:00-05:00",
        ("open", "2026-12-31T14:00-05:00", line("10:00–14:00"), False),
    ),
    "weekdays-as-a-word": (
        [weekly("Weekdays", "09:00", "17:00")],
        {},
        "2026-12-12T10:00-05:00",
        ("closed", "2026-12-14T09:00-05:00", "closed", False),
    ),
    "mon-fri-with-an-en-dash": (
        [weekly("Mon–Fri", "09:00", "17:00")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "tues-and-thurs": (
        [weekly("Tues, Thurs", "09:00", "17:00")],
        {},
        "2026-12-08T10:00-05:00",
        ("open", "2026-12-08T17:00-05:00", line("9:00–17:00"), False),
    ),
    "lundi-au-vendredi": (
        [weekly("lundi au vendredi", "09:00", "17:00")],
        {},
        "2026-12-11T10:00-05:00",
        ("open", "2026-12-11T17:00-05:00", line("9:00–17:00"), False),
    ),
}

WINDOWS: dict[str, Case] = {
    "exactly-at-closing": (
        [OFFICE],
        {},
        f"{MONDAY}T17:00-05:00",
        ("closed", "2026-12-08T09:00-05:00", line("9:00–17:00"), False),
    ),
    "exactly-at-opening": (
        [OFFICE],
        {},
        f"{MONDAY}T09:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "last-second": (
        [OFFICE],
        {},
        f"{MONDAY}T16:59:59-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "overlapping-rows": (
        [weekly(WEEKDAYS, "09:00", "13:00"), weekly(WEEKDAYS, "12:00", "17:00")],
        {},
        f"{MONDAY}T12:30-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "the-same-row-twice": (
        [OFFICE, dict(OFFICE)],
        {},
        f"{MONDAY}T10:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "a-row-inside-another": (
        [weekly(WEEKDAYS, "08:00", "20:00"), weekly("MO", "10:00", "12:00")],
        {},
        f"{MONDAY}T11:00-05:00",
        ("open", f"{MONDAY}T20:00-05:00", line("8:00–20:00"), False),
    ),
    "lunch-closure-at-noon-sharp": (
        [OFFICE, weekly(WEEKDAYS, "12:00", "13:00", closed=True)],
        {},
        f"{MONDAY}T12:00-05:00",
        ("closed", f"{MONDAY}T13:00-05:00", line("9:00–12:00 {}, 13:00–17:00 {}"), False),
    ),
    "closed-false-as-text-keeps-the-hours": (
        [weekly(WEEKDAYS, "09:00", "17:00", closed="FALSE")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "closed-yes-as-text-closes": (
        [OFFICE, dated(MONDAY, closed="yes")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("closed", "2026-12-08T09:00-05:00", "closed", False),
    ),
}

ALWAYS_OPEN: dict[str, Case] = {
    "midnight-to-23-59": ([weekly(EVERY_DAY, "00:00", "23:59")], {}, "2026-12-13T03:00-05:00", ALWAYS),
    "midnight-to-23-59-59": (
        [weekly(EVERY_DAY, "00:00:00", "23:59:59")],
        {},
        "2026-12-13T23:59:30-05:00",
        ALWAYS,
    ),
    "daily-to-24-00": (
        [{"freq": "DAILY", "opens_at": "00:00", "closes_at": "24:00"}],
        {},
        f"{MONDAY}T03:00-05:00",
        ALWAYS,
    ),
    "range-mo-su": ([weekly("MO-SU", "00:00", "00:00")], {}, f"{MONDAY}T03:00-05:00", ALWAYS),
    "seven-rows-of-1x-weekdays": (
        [{"weekday": str(day), "opens_at": "12:00 AM", "closes_at": "11:59 PM"} for day in range(1, 8)],
        {},
        "2026-12-13T23:59:30-05:00",
        ALWAYS,
    ),
    "twenty-four-hour-shifts-from-eight": (
        [weekly(EVERY_DAY, "08:00", "08:00")],
        {},
        f"{MONDAY}T03:00-05:00",
        ALWAYS,
    ),
    "day-row-and-night-row": (
        [weekly(EVERY_DAY, "08:00", "20:00"), weekly(EVERY_DAY, "20:00", "08:00")],
        {},
        f"{MONDAY}T20:00-05:00",
        ALWAYS,
    ),
    "six-days-round-the-clock-sunday-closed": (
        [weekly("MO,TU,WE,TH,FR,SA", "00:00", "00:00")],
        {},
        "2026-12-13T10:00-05:00",
        ("closed", "2026-12-14T00:00-05:00", "closed", False),
    ),
    "24-7-and-an-office-row": (
        [weekly(EVERY_DAY, "00:00", "24:00"), OFFICE],
        {},
        f"{MONDAY}T20:00-05:00",
        ALWAYS,
    ),
    "24-7-with-a-description": (
        [weekly(EVERY_DAY, "00:00", "23:59", description="Ligne de crise 24 h sur 24")],
        {},
        f"{MONDAY}T20:00-05:00",
        ALWAYS,
    ),
}

NIGHTS: dict[str, Case] = {
    "friday-night-on-a-closed-saturday": (
        [weekly("FR", "22:00", "04:00"), {"freq": "WEEKLY", "byday": "SA", "closed": True}],
        {},
        "2026-12-12T02:00-05:00",
        ("open", "2026-12-12T04:00-05:00", carried("4:00"), False),
    ),
    "sunday-night-into-monday": (
        [weekly("SU", "20:00", "08:00")],
        {},
        f"{MONDAY}T03:00-05:00",
        ("open", f"{MONDAY}T08:00-05:00", carried("8:00"), False),
    ),
    "last-night-of-a-validity": (
        [weekly(EVERY_DAY, "20:00", "08:00", valid_to=MONDAY)],
        {},
        "2026-12-08T03:00-05:00",
        ("open", "2026-12-08T08:00-05:00", carried("8:00"), False),
    ),
    "dated-closure-cuts-the-night-before": (
        [NIGHT, dated("2026-12-08", closed=True)],
        {},
        "2026-12-08T03:00-05:00",
        ("closed", "2026-12-09T19:00-05:00", "closed", False),
    ),
}

TABLES = {**VALIDITY, **RFC, **WINDOWS, **ALWAYS_OPEN, **NIGHTS}


@pytest.mark.parametrize("name", list(TABLES))
def test_which_days_and_which_minutes(name: str) -> None:
    check(TABLES[name])


def test_valid_to_before_valid_from_is_refused_with_the_row() -> None:
    case: Case = (
        [OFFICE, weekly("SA", "10:00", "12:00", valid_from="2026-12-20", valid_to="2026-12-10")],
        {},
        "2026-12-12T11:00-05:00",
        ("closed", "2026-12-14T09:00-05:00", "closed", False),
    )
    check(case, ("1:valid_to",))
