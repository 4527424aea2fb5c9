"""Tricky opening hours, written from HSDS 3.1 and RFC 5545 before reading the code: a table of
(schedule rows, zone, instant) -> open or closed, with the end of the opening (when open) or
the next opening (when closed). Pure: no database.

Choices where the texts leave room (RFC 5545 and HSDS' own words decide):
- `valid_to` is "the last date on which the schedule information is valid" (inclusive), and an
  opening belongs to the day it begins: an overnight opening that begins on `valid_to` runs on
  into the next morning; one that would begin the evening before `valid_from` does not.
- `until` is inclusive (RFC 5545: the last instance is on or before it).
- A day a rule names that the month lacks (the 31st in November, the 29th of February in 2027)
  is skipped (RFC 5545 3.3.10: invalid dates are ignored), never moved to another day.
- A dated closure closes the whole local day, the early hours of an overnight opening that began
  the evening before included (profile); a repeated time in November is its first occurrence.
- Hours with no day at all (no freq, byday, dates nor any by- rule) say nothing about which days:
  a clear import error or "hours unknown", never open every day.
- A row that closes before it opens is overnight (22:00-06:00, 17:00-09:00), also when it opens in
  the morning (a late drop-in, 10:00-02:00): HSDS times are 24-hour clock times, read as written.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import pytest

from directory.listing import today
from directory.matching import _schedule_rows, schedules_that_apply
from directory.queries import SCHEDULE_COLUMNS
from directory.schedule_rows import rule_from_row, rules_from_rows
from directory.schedules import BadSchedule, hours_on, state
from directory.zones import location_zone
from tests.directory.hours_round14 import words

pytestmark = pytest.mark.pure

Row = dict[str, Any]
TORONTO = "America/Toronto"
VANCOUVER = "America/Vancouver"
EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU"
WEEKDAYS = "MO,TU,WE,TH,FR"
NONE = "none"  # no next opening (or no end) within the horizon


def weekly(byday: str, opens: str, closes: str, **more: Any) -> Row:
    return {"freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes, **more}


def monthly(opens: str = "10:00", closes: str = "12:00", **more: Any) -> Row:
    return {"freq": "MONTHLY", "opens_at": opens, "closes_at": closes, **more}


def dated(first: str, last: str, **more: Any) -> Row:
    return {"valid_from": first, "valid_to": last, **more}


NIGHT = [weekly(EVERY_DAY, "22:00", "06:00")]
SHELTER = [weekly(EVERY_DAY, "22:00", "08:00")]
OFFICE = [weekly(EVERY_DAY, "09:00", "17:00")]
LUNCH = [weekly(WEEKDAYS, "09:00", "12:00"), weekly(WEEKDAYS, "13:00", "17:00")]
EVERY_OTHER_MONDAY = [weekly("MO", "10:00", "12:00", interval=2, dtstart="2026-11-30")]
ALWAYS_BUT_CHRISTMAS = [weekly(EVERY_DAY, "00:00", "00:00"), dated("2026-12-25", "2026-12-25", closed=True)]
RFC_WKST = {
    "freq": "WEEKLY",
    "interval": 2,
    "count": 4,
    "byday": "TU,SU",
    "dtstart": "1997-08-05",
    "opens_at": "10:00",
    "closes_at": "11:00",
}

# (rows, zone, instant, open, closes_at when open / opens_at when closed, or None: not checked)
CASES: dict[str, tuple[list[Row], str, str, bool, str | None]] = {
    # overnight spans
    "night-evening": (NIGHT, TORONTO, "2026-12-07T23:00-05:00", True, "2026-12-08T06:00-05:00"),
    "night-early-hours": (NIGHT, TORONTO, "2026-12-08T03:00-05:00", True, "2026-12-08T06:00-05:00"),
    "night-ends-exclusive": (NIGHT, TORONTO, "2026-12-08T06:00-05:00", False, "2026-12-08T22:00-05:00"),
    "friday-night-on-saturday": (
        [weekly("FR", "22:00", "06:00")],
        TORONTO,
        "2026-12-12T02:00-05:00",
        True,
        "2026-12-12T06:00-05:00",
    ),
    "friday-night-not-sunday": (
        [weekly("FR", "22:00", "06:00")],
        TORONTO,
        "2026-12-13T02:00-05:00",
        False,
        "2026-12-18T22:00-05:00",
    ),
    "night-across-month-end": (
        [weekly("MO", "22:00", "06:00")],
        TORONTO,
        "2026-12-01T05:00-05:00",
        True,
        "2026-12-01T06:00-05:00",
    ),
    "night-across-year-end": (
        [weekly("TH", "22:00", "06:00")],
        TORONTO,
        "2027-01-01T01:00-05:00",
        True,
        "2027-01-01T06:00-05:00",
    ),
    "night-begun-on-valid-to": (
        [weekly(EVERY_DAY, "22:00", "06:00", valid_to="2026-12-31")],
        TORONTO,
        "2027-01-01T02:00-05:00",
        True,
        "2027-01-01T06:00-05:00",
    ),
    "night-before-valid-from": (
        [weekly(EVERY_DAY, "22:00", "06:00", valid_from="2027-01-01")],
        TORONTO,
        "2027-01-01T02:00-05:00",
        False,
        "2027-01-01T22:00-05:00",
    ),
    "late-drop-in-after-midnight": (
        [weekly("MO", "10:00", "02:00")],
        TORONTO,
        "2026-12-08T01:30-05:00",
        True,
        "2026-12-08T02:00-05:00",
    ),
    "late-drop-in-closed-at-dawn": (
        [weekly("MO", "10:00", "02:00")],
        TORONTO,
        "2026-12-08T03:00-05:00",
        False,
        "2026-12-14T10:00-05:00",
    ),
    "afternoon-to-morning-shelter": (
        [weekly(EVERY_DAY, "17:00", "09:00")],
        TORONTO,
        "2026-12-08T08:30-05:00",
        True,
        "2026-12-08T09:00-05:00",
    ),
    # end of the day
    "closes-24:00": (
        [weekly("MO", "18:00", "24:00")],
        TORONTO,
        "2026-12-07T23:59-05:00",
        True,
        "2026-12-08T00:00-05:00",
    ),
    "closes-00:00": (
        [weekly("MO", "18:00", "00:00")],
        TORONTO,
        "2026-12-07T23:30-05:00",
        True,
        "2026-12-08T00:00-05:00",
    ),
    "closes-00:00-not-after": (
        [weekly("MO", "18:00", "00:00")],
        TORONTO,
        "2026-12-08T00:30-05:00",
        False,
        "2026-12-14T18:00-05:00",
    ),
    "weekdays-00:00-23:59-saturday": (
        [weekly(WEEKDAYS, "00:00", "23:59")],
        TORONTO,
        "2026-12-12T12:00-05:00",
        False,
        "2026-12-14T00:00-05:00",
    ),
    "weekdays-00:00-23:59-last-minute": (
        [weekly(WEEKDAYS, "00:00", "23:59")],
        TORONTO,
        "2026-12-10T23:59:30-05:00",
        True,
        "2026-12-12T00:00-05:00",
    ),
    "same-open-and-close-is-24h": (
        [weekly("MO", "08:00", "08:00")],
        TORONTO,
        "2026-12-08T07:00-05:00",
        True,
        "2026-12-08T08:00-05:00",
    ),
    # several intervals a day
    "lunch-break": (LUNCH, TORONTO, "2026-12-07T12:30-05:00", False, "2026-12-07T13:00-05:00"),
    "before-lunch": (LUNCH, TORONTO, "2026-12-07T11:59-05:00", True, "2026-12-07T12:00-05:00"),
    "after-hours": (LUNCH, TORONTO, "2026-12-07T17:00-05:00", False, "2026-12-08T09:00-05:00"),
    "friday-evening-to-monday": (LUNCH, TORONTO, "2026-12-11T17:30-05:00", False, "2026-12-14T09:00-05:00"),
    "lunch-as-closed-hours": (
        [weekly(WEEKDAYS, "09:00", "17:00"), weekly(WEEKDAYS, "12:00", "13:00", closed=True)],
        TORONTO,
        "2026-12-07T12:15-05:00",
        False,
        "2026-12-07T13:00-05:00",
    ),
    # ordinals
    "first-monday": (
        [monthly(byday="1MO")],
        TORONTO,
        "2026-12-07T11:00-05:00",
        True,
        "2026-12-07T12:00-05:00",
    ),
    "first-monday-not-second": (
        [monthly(byday="1MO")],
        TORONTO,
        "2026-12-14T11:00-05:00",
        False,
        "2027-01-04T10:00-05:00",
    ),
    "last-friday": (
        [monthly(byday="-1FR")],
        TORONTO,
        "2026-12-18T11:00-05:00",
        False,
        "2026-12-25T10:00-05:00",
    ),
    "second-and-fourth-tuesday": (
        [monthly(byday="2TU,4TU")],
        TORONTO,
        "2026-12-15T11:00-05:00",
        False,
        "2026-12-22T10:00-05:00",
    ),
    "fourth-tuesday-to-january": (
        [monthly(byday="2TU,4TU")],
        TORONTO,
        "2026-12-29T11:00-05:00",
        False,
        "2027-01-12T10:00-05:00",
    ),
    "ordinal-in-weekly-row": (
        [weekly("1MO", "10:00", "12:00")],
        TORONTO,
        "2026-12-14T11:00-05:00",
        False,
        "2027-01-04T10:00-05:00",
    ),
    "ordinal-without-freq": (
        [{"byday": "-1FR", "opens_at": "10:00", "closes_at": "12:00"}],
        TORONTO,
        "2026-12-25T11:00-05:00",
        True,
        "2026-12-25T12:00-05:00",
    ),
    # days of the month and of the year
    "fifteenth": (
        [monthly(bymonthday="15")],
        TORONTO,
        "2026-12-15T11:00-05:00",
        True,
        "2026-12-15T12:00-05:00",
    ),
    "last-day-of-month": (
        [monthly(bymonthday="-1")],
        TORONTO,
        "2026-12-30T11:00-05:00",
        False,
        "2026-12-31T10:00-05:00",
    ),
    "last-day-of-february": (
        [monthly(bymonthday="-1")],
        TORONTO,
        "2027-02-27T11:00-05:00",
        False,
        "2027-02-28T10:00-05:00",
    ),
    "last-day-of-leap-february": (
        [monthly(bymonthday="-1")],
        TORONTO,
        "2028-02-28T11:00-05:00",
        False,
        "2028-02-29T10:00-05:00",
    ),
    "thirty-first-skips-november": (
        [monthly(bymonthday="31")],
        TORONTO,
        "2026-11-30T11:00-05:00",
        False,
        "2026-12-31T10:00-05:00",
    ),
    "twenty-ninth-skips-february": (
        [monthly(bymonthday="29")],
        TORONTO,
        "2027-02-01T11:00-05:00",
        False,
        "2027-03-29T10:00-04:00",
    ),
    "last-day-of-year": (
        [{"freq": "YEARLY", "byyearday": "-1", "opens_at": "10:00", "closes_at": "12:00"}],
        TORONTO,
        "2026-12-31T11:00-05:00",
        True,
        "2026-12-31T12:00-05:00",
    ),
    "leap-day-of-year": (
        [{"freq": "YEARLY", "byyearday": "60", "opens_at": "10:00", "closes_at": "12:00"}],
        TORONTO,
        "2028-02-28T11:00-05:00",
        False,
        "2028-02-29T10:00-05:00",
    ),
    "leap-day-valid-to": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_to="2028-02-29")],
        TORONTO,
        "2028-02-29T16:00-05:00",
        True,
        "2028-02-29T17:00-05:00",
    ),
    # every other week, count, until
    "every-other-week-on": (
        EVERY_OTHER_MONDAY,
        TORONTO,
        "2026-12-14T11:00-05:00",
        True,
        "2026-12-14T12:00-05:00",
    ),
    "every-other-week-off": (
        EVERY_OTHER_MONDAY,
        TORONTO,
        "2026-12-07T11:00-05:00",
        False,
        "2026-12-14T10:00-05:00",
    ),
    "every-other-week-mid-week-start": (
        [weekly("MO,FR", "10:00", "12:00", interval=2, dtstart="2026-12-02", wkst="MO")],
        TORONTO,
        "2026-12-07T11:00-05:00",
        False,
        "2026-12-14T10:00-05:00",
    ),
    "rfc-wkst-mo-sunday": (
        [RFC_WKST | {"wkst": "MO"}],
        TORONTO,
        "1997-08-10T10:30-04:00",
        True,
        "1997-08-10T11:00-04:00",
    ),
    "rfc-wkst-su-not-that-sunday": (
        [RFC_WKST | {"wkst": "SU"}],
        TORONTO,
        "1997-08-10T10:30-04:00",
        False,
        "1997-08-17T10:00-04:00",
    ),
    "count-third-occurrence": (
        [weekly("TU", "10:00", "12:00", count=3, dtstart="2026-12-01")],
        TORONTO,
        "2026-12-15T11:00-05:00",
        True,
        "2026-12-15T12:00-05:00",
    ),
    "count-exhausted": (
        [weekly("TU", "10:00", "12:00", count=3, dtstart="2026-12-01")],
        TORONTO,
        "2026-12-22T11:00-05:00",
        False,
        NONE,
    ),
    "until-inclusive": (
        [weekly("TU", "10:00", "12:00", until="2026-12-15", dtstart="2026-12-01")],
        TORONTO,
        "2026-12-15T11:00-05:00",
        True,
        "2026-12-15T12:00-05:00",
    ),
    "until-passed": (
        [weekly("TU", "10:00", "12:00", until="2026-12-15", dtstart="2026-12-01")],
        TORONTO,
        "2026-12-22T11:00-05:00",
        False,
        NONE,
    ),
    # validity
    "valid-to-inclusive": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_to="2026-12-15")],
        TORONTO,
        "2026-12-15T16:00-05:00",
        True,
        "2026-12-15T17:00-05:00",
    ),
    "valid-to-passed": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_to="2026-12-15")],
        TORONTO,
        "2026-12-16T10:00-05:00",
        False,
        NONE,
    ),
    "valid-from-ahead": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_from="2026-12-16")],
        TORONTO,
        "2026-12-15T10:00-05:00",
        False,
        "2026-12-16T09:00-05:00",
    ),
    "season-wins-over-regular": (
        [*OFFICE, weekly(EVERY_DAY, "10:00", "14:00", valid_from="2026-12-01", valid_to="2026-12-31")],
        TORONTO,
        "2026-12-07T15:00-05:00",
        False,
        "2026-12-08T10:00-05:00",
    ),
    # holidays and special hours
    "christmas-closed": (
        [*OFFICE, dated("2026-12-25", "2026-12-25", closed=True)],
        TORONTO,
        "2026-12-25T10:00-05:00",
        False,
        "2026-12-26T09:00-05:00",
    ),
    "yearly-closure-over-new-year": (
        [*OFFICE, dated("0001-12-24", "0001-01-02", closed=True)],
        TORONTO,
        "2027-01-02T10:00-05:00",
        False,
        "2027-01-03T09:00-05:00",
    ),
    "yearly-closure-every-year": (
        [*OFFICE, dated("0001-12-24", "0001-01-02", closed=True)],
        TORONTO,
        "2031-12-30T10:00-05:00",
        False,
        "2032-01-03T09:00-05:00",
    ),
    "christmas-eve-short-hours": (
        [*OFFICE, dated("2026-12-24", "2026-12-24", opens_at="10:00", closes_at="14:00")],
        TORONTO,
        "2026-12-24T09:30-05:00",
        False,
        "2026-12-24T10:00-05:00",
    ),
    "christmas-eve-after-short-hours": (
        [*OFFICE, dated("2026-12-24", "2026-12-24", opens_at="10:00", closes_at="14:00")],
        TORONTO,
        "2026-12-24T15:00-05:00",
        False,
        "2026-12-25T09:00-05:00",
    ),
    "closure-cuts-night-before": (
        [*SHELTER, dated("2026-12-25", "2026-12-25", closed=True)],
        TORONTO,
        "2026-12-25T02:00-05:00",
        False,
        "2026-12-26T22:00-05:00",
    ),
    "weekly-closed-sunday": (
        [*OFFICE, {"freq": "WEEKLY", "byday": "SU", "closed": True}],
        TORONTO,
        "2026-12-13T10:00-05:00",
        False,
        "2026-12-14T09:00-05:00",
    ),
    # other zones
    "vancouver-from-montreal-open": (
        [weekly(WEEKDAYS, "09:00", "17:00")],
        VANCOUVER,
        "2026-12-07T12:30-05:00",
        True,
        "2026-12-07T20:00-05:00",
    ),
    "vancouver-from-montreal-not-yet": (
        [weekly(WEEKDAYS, "09:00", "17:00")],
        VANCOUVER,
        "2026-12-07T11:00-05:00",
        False,
        "2026-12-07T12:00-05:00",
    ),
    "vancouver-evening-in-montreal": (
        [weekly(WEEKDAYS, "09:00", "17:00")],
        VANCOUVER,
        "2026-12-11T19:30-05:00",
        True,
        "2026-12-11T20:00-05:00",
    ),
    # daylight saving in America/Toronto (2026-03-08 and 2026-11-01)
    "spring-night-shorter": (SHELTER, TORONTO, "2026-03-08T07:30Z", True, "2026-03-08T08:00-04:00"),
    "spring-skipped-opening": (
        [weekly("SU", "02:30", "05:00")],
        TORONTO,
        "2026-03-08T07:15Z",
        False,
        "2026-03-08T07:30Z",
    ),
    "fall-first-pass": (SHELTER, TORONTO, "2026-11-01T05:30Z", True, "2026-11-01T08:00-05:00"),
    "fall-second-pass": (SHELTER, TORONTO, "2026-11-01T06:30Z", True, "2026-11-01T08:00-05:00"),
    "fall-closing-first-occurrence": (
        [weekly("SA", "18:00", "01:30")],
        TORONTO,
        "2026-11-01T06:15Z",
        False,
        "2026-11-07T18:00-05:00",
    ),
    "fall-opening-first-occurrence": (
        [weekly("SU", "01:30", "04:00")],
        TORONTO,
        "2026-11-01T05:45Z",
        True,
        "2026-11-01T04:00-05:00",
    ),
    "office-after-spring-change": (LUNCH, TORONTO, "2026-03-09T13:30Z", True, "2026-03-09T16:00Z"),
    "spring-sunday-office": (
        [weekly("SU", "09:00", "17:00")],
        TORONTO,
        "2026-03-08T14:00Z",
        True,
        "2026-03-08T17:00-04:00",
    ),
    # 24/7 but for one day; overlapping and back-to-back rows; a special overnight
    "always-but-christmas-eve": (
        ALWAYS_BUT_CHRISTMAS,
        TORONTO,
        "2026-12-24T12:00-05:00",
        True,
        "2026-12-25T00:00-05:00",
    ),
    "always-but-christmas": (
        ALWAYS_BUT_CHRISTMAS,
        TORONTO,
        "2026-12-25T12:00-05:00",
        False,
        "2026-12-26T00:00-05:00",
    ),
    "overlapping-rows-merge": (
        [weekly("MO", "09:00", "13:00"), weekly("MO", "12:00", "17:00")],
        TORONTO,
        "2026-12-07T11:00-05:00",
        True,
        "2026-12-07T17:00-05:00",
    ),
    "back-to-back-rows-merge": (
        [weekly("MO", "09:00", "12:00"), weekly("MO", "12:00", "17:00")],
        TORONTO,
        "2026-12-07T11:00-05:00",
        True,
        "2026-12-07T17:00-05:00",
    ),
    "new-years-eve-special-night": (
        [*OFFICE, dated("2026-12-31", "2026-12-31", opens_at="20:00", closes_at="02:00")],
        TORONTO,
        "2027-01-01T01:00-05:00",
        True,
        "2027-01-01T02:00-05:00",
    ),
    "annual-new-year-closure-cuts-night": (
        [*NIGHT, dated("0001-01-01", "0001-01-01", closed=True)],
        TORONTO,
        "2027-01-01T02:00-05:00",
        False,
        "2027-01-02T22:00-05:00",
    ),
    "json-list-byday-and-numbers": (
        [weekly(["MO", "TU"], "09:00", "17:00"), monthly(bymonthday=[15, -1])],
        TORONTO,
        "2026-12-08T10:00-05:00",
        True,
        "2026-12-08T17:00-05:00",
    ),
    "until-as-date-time": (
        [weekly("TU", "10:00", "12:00", until="2026-12-15T00:00:00Z", dtstart="2026-12-01")],
        TORONTO,
        "2026-12-15T11:00-05:00",
        True,
        "2026-12-15T12:00-05:00",
    ),
    "interval-from-valid-from": (
        [weekly("MO", "10:00", "12:00", interval=2, valid_from="2026-11-30")],
        TORONTO,
        "2026-12-07T11:00-05:00",
        False,
        "2026-12-14T10:00-05:00",
    ),
}


def _instant(text: str | None) -> datetime | None:
    return None if text in (None, NONE) else datetime.fromisoformat(str(text).replace("Z", "+00:00"))


@pytest.mark.parametrize("name", list(CASES))
def test_open_or_closed_and_what_next(name: str) -> None:
    rows, zone, when, is_open, following = CASES[name]
    found = state(rules_from_rows(rows), ZoneInfo(zone), _instant(when) or datetime.now(UTC))
    assert found.open is is_open
    if following is not None:
        assert (found.closes_at if is_open else found.opens_at) == _instant(following)


def test_midnight_to_midnight_every_day_is_24_7() -> None:
    for closes in ("23:59", "24:00", "00:00", "23:59:59"):
        found = state(
            rules_from_rows([weekly(EVERY_DAY, "00:00", closes)]),
            ZoneInfo(TORONTO),
            datetime.fromisoformat("2026-12-31T23:59:45-05:00"),
        )
        assert found.open and found.always


# malformed values: a clear import error, or hours unknown, never a wrong "open"
MALFORMED: dict[str, Row] = {
    "unknown-day": weekly("XX", "09:00", "17:00"),
    "unknown-freq": {"freq": "FORTNIGHTLY", "byday": "MO", "opens_at": "09:00", "closes_at": "17:00"},
    "hour-25": weekly("MO", "25:00", "26:00"),
    "minute-61": weekly("MO", "09:61", "17:00"),
    "zero-interval": weekly("MO", "09:00", "17:00", interval=0),
    "negative-count": weekly("MO", "09:00", "17:00", count=-1),
    "day-32": monthly(bymonthday="32"),
    "closes-without-opening": {"freq": "WEEKLY", "byday": "MO", "closes_at": "17:00"},
    "opens-without-closing": {"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00"},
    "not-a-date": weekly("MO", "09:00", "17:00", valid_from="someday"),
    "no-day-at-all": {"opens_at": "09:00", "closes_at": "17:00"},
    "freq-without-days-nor-start": {"freq": "MONTHLY", "opens_at": "09:00", "closes_at": "17:00"},
    "backwards-validity": weekly(EVERY_DAY, "09:00", "17:00", valid_from="2026-12-20", valid_to="2026-12-10"),
    "count-without-first-day": weekly("TU", "10:00", "12:00", count=3),
    "interval-without-first-day": weekly("MO", "10:00", "12:00", interval=2),
    "bad-week-start": weekly("MO", "10:00", "12:00", interval=2, dtstart="2026-11-30", wkst="XX"),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_rows_are_refused_or_unknown(name: str) -> None:
    row = MALFORMED[name]
    try:
        rules = rules_from_rows([row])
        refused = rule_from_row(row) is None
    except BadSchedule:
        return
    hours = hours_on(rules, ZoneInfo(TORONTO), datetime(2026, 12, 7).date())
    assert refused or not hours.known, f"{name} gave hours {hours}"


@pytest.mark.parametrize(
    "name",
    [
        "unknown-day",
        "unknown-freq",
        "hour-25",
        "zero-interval",
        "day-32",
        "no-day-at-all",
        "freq-without-days-nor-start",
        "backwards-validity",
        "count-without-first-day",
        "interval-without-first-day",
        "bad-week-start",
    ],
)
def test_the_import_names_what_is_wrong(name: str) -> None:
    with pytest.raises(BadSchedule):
        rule_from_row(MALFORMED[name])


# times partners write: read right, or refused; never another hour
@pytest.mark.parametrize("opens", ["9h", "9 h", "9:00 AM", "9:00am", "0900", "09.00", "9"])
def test_partner_time_notations_read_as_nine_or_refused(opens: str) -> None:
    row = weekly("MO", opens, "17:00")
    try:
        rules = rules_from_rows([row])
        rule_from_row(row)
    except BadSchedule:
        return
    tz = ZoneInfo(TORONTO)
    assert not state(rules, tz, datetime.fromisoformat("2026-12-07T08:30-05:00")).open
    assert state(rules, tz, datetime.fromisoformat("2026-12-07T09:30-05:00")).open


def test_no_schedule_is_hours_unknown_not_closed() -> None:
    day = hours_on([], ZoneInfo(TORONTO), datetime(2026, 12, 7).date())
    assert not day.known and not day.closed and not day.always
    note_only = rules_from_rows([{"description": "Call ahead", "notes": "by appointment"}])
    assert not hours_on(note_only, ZoneInfo(TORONTO), datetime(2026, 12, 7).date()).known


class TestWhichSchedulesApply:
    """The service at that location, else the service, else the location: never merged."""

    service: ClassVar[Row] = {"service_id": "s", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00"}
    place: ClassVar[Row] = {"location_id": "l", "byday": "MO", "opens_at": "08:00", "closes_at": "20:00"}
    here: ClassVar[Row] = {
        "service_at_location_id": "sal",
        "service_id": "s",
        "byday": "MO",
        "opens_at": "13:00",
        "closes_at": "15:00",
    }
    elsewhere: ClassVar[Row] = {
        "service_at_location_id": "sal-2",
        "service_id": "s",
        "byday": "MO",
        "opens_at": "18:00",
        "closes_at": "20:00",
    }

    @staticmethod
    def chosen(*items: Row, sal_id: str | None = "sal") -> list[str]:
        return [str(item["opens_at"]) for item in schedules_that_apply(items, "s", sal_id, "l")]

    def test_service_at_location_wins(self) -> None:
        assert self.chosen(self.service, self.place, self.here, self.elsewhere) == ["13:00"]

    def test_service_before_location(self) -> None:
        assert self.chosen(self.place, self.service, self.elsewhere) == ["09:00"]

    def test_location_alone(self) -> None:
        assert self.chosen(self.place, self.elsewhere) == ["08:00"]
        assert self.chosen(self.place, sal_id=None) == ["08:00"]

    def test_the_json_arrays_of_the_match_query(self) -> None:
        arrays = [[item.get(name) for name in SCHEDULE_COLUMNS] for item in (self.service, self.here)]
        row = {"schedules": arrays, "sal_id": "sal", "location_id": "l", "id": "s"}
        assert [item["opens_at"] for item in _schedule_rows(row)] == ["13:00"]


def test_zone_of_a_british_columbia_address_without_time_zone() -> None:
    found: tzinfo = location_zone(None, TORONTO, state_province="BC", country="CA", schedules=[])
    assert str(found) == VANCOUVER
    offset = location_zone(None, TORONTO, schedules=[{"timezone": -8}])
    assert offset.utcoffset(None) == datetime.fromisoformat("2026-07-01T00:00-08:00").utcoffset()


def _list_text(
    schedules: list[Row], place: dict[str, Any] | None, when: str, lang: str, always: bool = False
) -> str:
    """The partner list's "today" cell as the template words it (console/directory/list.html)."""
    day = today(
        {"always_open": always}, schedules, place, at=datetime.fromisoformat(when), default_zone=TORONTO
    )
    return words(day, lang)


class TestListText:
    def test_office_hours_in_winter_and_summer(self) -> None:
        rows = [weekly(WEEKDAYS, "08:30", "17:00")]
        assert _list_text(rows, None, "2026-12-07T10:00-05:00", "fr") == "8:30–17:00 HNE"
        assert _list_text(rows, None, "2026-12-07T10:00-05:00", "en") == "8:30–17:00 EST"
        assert _list_text(rows, None, "2026-07-06T10:00-04:00", "fr") == "8:30–17:00 HAE"

    def test_lunch_break_shows_two_ranges(self) -> None:
        assert _list_text(LUNCH, None, "2026-12-07T10:00-05:00", "en") == "9:00–12:00 EST, 13:00–17:00 EST"

    def test_vancouver_hours_in_the_hotline_zone(self) -> None:
        rows = [weekly(WEEKDAYS, "09:00", "17:00")]
        text = _list_text(rows, {"time_zone": VANCOUVER}, "2026-12-07T10:00-05:00", "fr")
        assert text == "12:00–20:00 HNE"

    def test_overnight_and_midnight(self) -> None:
        assert _list_text(NIGHT, None, "2026-12-07T10:00-05:00", "en") == "22:00–6:00 EST"
        assert (
            _list_text([weekly("MO", "18:00", "24:00")], None, "2026-12-07T10:00-05:00", "en")
            == "18:00–0:00 EST"
        )

    def test_closed_unknown_and_24_7(self) -> None:
        sunday = "2026-12-13T10:00-05:00"
        assert _list_text([weekly(WEEKDAYS, "09:00", "17:00")], None, sunday, "en") == "closed"
        assert (
            _list_text(
                [*OFFICE, dated("2026-12-25", "2026-12-25", closed=True)],
                None,
                "2026-12-25T10:00-05:00",
                "en",
            )
            == "closed"
        )
        assert _list_text([], None, sunday, "en") == "unknown"
        assert _list_text([weekly(EVERY_DAY, "00:00", "23:59")], None, sunday, "en") == "24/7"
        assert _list_text([], None, sunday, "en", always=True) == "unknown"  # 24/7 at another place
