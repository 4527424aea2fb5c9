"""Round 13 of tricky opening hours: Canadian holidays as partners write them, seasons, and
schedules that have run out. The same table as test_hours_round13_canada (state, next instant, the
list's French and English text, 24/7). Pure: no database.

Choices (HSDS' and RFC 5545's own words decide):
- "Closed the second Monday of October" (Thanksgiving) is said in HSDS 3 fields by a monthly `2MO`
  within `valid_from`..`valid_to` 0001-10-01..0001-10-31 (every year); written the RFC 5545 way,
  `freq` YEARLY with `bymonth` 10 (not an HSDS field), it means the same: BYMONTH limits the
  months, and a BYDAY ordinal is then counted within the month (RFC 5545 3.3.10). A `bymonth` that
  cannot be said as one stretch of months every year (with dates of its own, or 1,7) is refused.
- Easter moves: no RRULE says it; each year is a dated row, which does not repeat.
- "Closes at 12:00 on 24 December" is holiday hours 09:00-12:00 on that date (a dated row with
  hours replaces the day's weekly hours); for a 24/7 line it is a closure with hours 12:00-00:00.
- `valid_to` is the last day the schedule is valid. When every row has run out (`valid_to`,
  `until` or `count` in the past) the hours are no longer known: "Hours unknown", not "Closed
  today", and no next opening; a row valid again later (a summer season, new hours from January)
  is known: closed today, opening then.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.directory.test_hours_round11 import EVERY_DAY, WEEKDAYS, dated, weekly
from tests.directory.test_hours_round13_canada import HALIFAX, OFFICE, Answer, Row, check

pytestmark = pytest.mark.pure

QUEBEC = {"state_province": "QC", "country": "Canada"}
ALWAYS = [weekly(EVERY_DAY, "00:00", "00:00")]
FETE_NATIONALE = dated("0001-06-24", "0001-06-24", closed=True)
THANKSGIVING_HSDS = {
    "freq": "MONTHLY",
    "byday": "2MO",
    "valid_from": "0001-10-01",
    "valid_to": "0001-10-31",
    "closed": True,
}
THANKSGIVING_RRULE = {"freq": "YEARLY", "bymonth": "10", "byday": "2MO", "closed": True}
CHRISTMAS_EVE = dated("2026-12-24", "2026-12-24", opens_at="09:00", closes_at="12:00")
CHRISTMAS = dated("2026-12-25", "2026-12-26", closed=True)
DAY_9_17 = ("9:00–17:00 HNE", "9:00–17:00 EST")
SUMMER_9_17 = ("9:00–17:00 HAE", "9:00–17:00 EDT")
CLOSED = ("closed", "closed")
UNKNOWN = ("unknown", "unknown")

HOLIDAYS: dict[str, tuple[list[Row], dict[str, Any] | None, str, Answer]] = {
    "fete-nationale-every-year-2026": (
        [*OFFICE, FETE_NATIONALE],
        QUEBEC,
        "2026-06-24T10:00-04:00",
        ("closed", "2026-06-25T09:00-04:00", *CLOSED, False),
    ),
    "fete-nationale-every-year-2027": (
        [*OFFICE, FETE_NATIONALE],
        QUEBEC,
        "2027-06-24T10:00-04:00",
        ("closed", "2027-06-25T09:00-04:00", *CLOSED, False),
    ),
    "fete-nationale-eve-is-a-working-day": (
        [*OFFICE, FETE_NATIONALE],
        QUEBEC,
        "2026-06-23T16:30-04:00",
        ("open", "2026-06-23T17:00-04:00", *SUMMER_9_17, False),
    ),
    "fete-nationale-closes-the-night-begun-on-the-eve": (
        [weekly(EVERY_DAY, "22:00", "06:00"), FETE_NATIONALE],
        QUEBEC,
        "2026-06-24T02:00-04:00",
        ("closed", "2026-06-25T22:00-04:00", *CLOSED, False),
    ),
    "fete-nationale-eve-night-ends-at-midnight": (
        [weekly(EVERY_DAY, "22:00", "06:00"), FETE_NATIONALE],
        QUEBEC,
        "2026-06-23T23:30-04:00",
        ("open", "2026-06-24T00:00-04:00", "22:00–0:00 HAE", "22:00–0:00 EDT", False),
    ),
    "canada-day-closes-a-24-7-line-in-halifax": (
        [*ALWAYS, dated("2026-07-01", "2026-07-01", closed=True)],
        HALIFAX,
        "2026-07-01T12:00-03:00",
        ("closed", "2026-07-02T00:00-03:00", *CLOSED, False),
    ),
    "canada-day-eve-24-7-line-until-midnight": (
        [*ALWAYS, dated("2026-07-01", "2026-07-01", closed=True)],
        HALIFAX,
        "2026-06-30T23:30-03:00",
        ("open", "2026-07-01T00:00-03:00", "23:00–23:00 HAE", "23:00–23:00 EDT", False),
    ),
    "canada-day-special-evening-hours-past-midnight": (
        [*OFFICE, dated("2026-07-01", "2026-07-01", opens_at="18:00", closes_at="02:00")],
        QUEBEC,
        "2026-07-02T01:00-04:00",
        (
            "open",
            "2026-07-02T02:00-04:00",
            "Ouvert jusqu’à 2:00 HAE, 9:00–17:00 HAE",
            "Open until 2:00 EDT, 9:00–17:00 EDT",
            False,
        ),
    ),
    "christmas-eve-closes-at-noon": (
        [*OFFICE, CHRISTMAS_EVE, CHRISTMAS],
        QUEBEC,
        "2026-12-24T11:30-05:00",
        ("open", "2026-12-24T12:00-05:00", "9:00–12:00 HNE", "9:00–12:00 EST", False),
    ),
    "christmas-eve-afternoon-next-is-monday": (
        [*OFFICE, CHRISTMAS_EVE, CHRISTMAS],
        QUEBEC,
        "2026-12-24T12:30-05:00",
        ("closed", "2026-12-28T09:00-05:00", "9:00–12:00 HNE", "9:00–12:00 EST", False),
    ),
    "christmas-eve-noon-every-year": (
        [*OFFICE, dated("0001-12-24", "0001-12-24", opens_at="09:00", closes_at="12:00")],
        QUEBEC,
        "2027-12-24T13:00-05:00",
        ("closed", "2027-12-27T09:00-05:00", "9:00–12:00 HNE", "9:00–12:00 EST", False),
    ),
    "christmas-eve-24-7-line-closes-at-noon": (
        [*ALWAYS, dated("2026-12-24", "2026-12-24", closed=True, opens_at="12:00", closes_at="00:00")],
        QUEBEC,
        "2026-12-24T15:00-05:00",
        ("closed", "2026-12-25T00:00-05:00", "0:00–12:00 HNE", "0:00–12:00 EST", False),
    ),
    "remembrance-day-closed-one-hour": (
        [*OFFICE, dated("2026-11-11", "2026-11-11", closed=True, opens_at="10:30", closes_at="11:30")],
        QUEBEC,
        "2026-11-11T11:00-05:00",
        (
            "closed",
            "2026-11-11T11:30-05:00",
            "9:00–10:30 HNE, 11:30–17:00 HNE",
            "9:00–10:30 EST, 11:30–17:00 EST",
            False,
        ),
    ),
    "special-sunday-opening": (
        [*OFFICE, dated("2026-12-20", "2026-12-20", opens_at="13:00", closes_at="16:00")],
        QUEBEC,
        "2026-12-20T12:00-05:00",
        ("closed", "2026-12-20T13:00-05:00", "13:00–16:00 HNE", "13:00–16:00 EST", False),
    ),
    "thanksgiving-in-hsds-fields": (
        [*OFFICE, THANKSGIVING_HSDS],
        QUEBEC,
        "2026-10-12T10:00-04:00",
        ("closed", "2026-10-13T09:00-04:00", *CLOSED, False),
    ),
    "thanksgiving-in-hsds-fields-not-in-november": (
        [*OFFICE, THANKSGIVING_HSDS],
        QUEBEC,
        "2026-11-09T10:00-05:00",
        ("open", "2026-11-09T17:00-05:00", *DAY_9_17, False),
    ),
    "thanksgiving-rrule-bymonth-2027": (
        [*OFFICE, THANKSGIVING_RRULE],
        QUEBEC,
        "2027-10-11T10:00-04:00",
        ("closed", "2027-10-12T09:00-04:00", *CLOSED, False),
    ),
    "thanksgiving-rrule-bymonth-not-in-january": (
        [*OFFICE, THANKSGIVING_RRULE],
        QUEBEC,
        "2027-01-11T10:00-05:00",
        ("open", "2027-01-11T17:00-05:00", *DAY_9_17, False),
    ),
    "summer-saturdays-by-month-not-in-december": (
        [{"freq": "YEARLY", "bymonth": "7,8", "byday": "SA", "opens_at": "10:00", "closes_at": "14:00"}],
        QUEBEC,
        "2026-12-12T11:00-05:00",
        ("closed", "2027-07-03T10:00-04:00", *CLOSED, False),
    ),
    "good-friday-and-easter-monday-2027": (
        [
            *OFFICE,
            dated("2027-03-26", "2027-03-26", closed=True),
            dated("2027-03-29", "2027-03-29", closed=True),
        ],
        QUEBEC,
        "2027-03-26T10:00-04:00",
        ("closed", "2027-03-30T09:00-04:00", *CLOSED, False),
    ),
    "good-friday-2026-does-not-repeat-in-2027": (
        [*OFFICE, dated("2026-04-03", "2026-04-03", closed=True)],
        QUEBEC,
        "2027-04-02T10:00-04:00",
        ("open", "2027-04-02T17:00-04:00", *SUMMER_9_17, False),
    ),
    "holidays-closure-reopens-in-january": (
        [*OFFICE, dated("2026-12-19", "2027-01-10", closed=True)],
        QUEBEC,
        "2026-12-21T10:00-05:00",
        ("closed", "2027-01-11T09:00-05:00", *CLOSED, False),
    ),
}

SEASONS: dict[str, tuple[list[Row], dict[str, Any] | None, str, Answer]] = {
    "summer-only-service-in-december": (
        [weekly(WEEKDAYS, "09:00", "17:00", valid_from="2027-06-01", valid_to="2027-08-31")],
        QUEBEC,
        "2026-12-07T10:00-05:00",
        ("closed", "2027-06-01T09:00-04:00", *CLOSED, False),
    ),
    "every-summer-service-in-december": (
        [weekly(WEEKDAYS, "09:00", "17:00", valid_from="0001-06-01", valid_to="0001-08-31")],
        QUEBEC,
        "2026-12-07T10:00-05:00",
        ("closed", "2027-06-01T09:00-04:00", *CLOSED, False),
    ),
    "valid-to-yesterday": (
        [weekly(WEEKDAYS, "09:00", "17:00", valid_to="2026-12-06")],
        QUEBEC,
        "2026-12-07T10:00-05:00",
        ("closed", None, *UNKNOWN, False),
    ),
    "valid-to-yesterday-new-hours-in-january": (
        [
            weekly(WEEKDAYS, "09:00", "17:00", valid_to="2026-12-06"),
            weekly(WEEKDAYS, "10:00", "16:00", valid_from="2027-01-04"),
        ],
        QUEBEC,
        "2026-12-07T10:00-05:00",
        ("closed", "2027-01-04T10:00-05:00", *CLOSED, False),
    ),
    "valid-to-today-still-open": (
        [weekly(WEEKDAYS, "09:00", "17:00", valid_to="2026-12-07")],
        QUEBEC,
        "2026-12-07T10:00-05:00",
        ("open", "2026-12-07T17:00-05:00", *DAY_9_17, False),
    ),
    "until-in-the-past": (
        [weekly("MO", "09:00", "17:00", dtstart="2026-01-05", until="2026-11-30")],
        QUEBEC,
        "2026-12-07T10:00-05:00",
        ("closed", None, *UNKNOWN, False),
    ),
    "count-used-up": (
        [weekly("MO", "09:00", "17:00", dtstart="2026-11-02", count=4)],
        QUEBEC,
        "2026-12-07T10:00-05:00",
        ("closed", None, *UNKNOWN, False),
    ),
    "only-last-years-holiday-hours": (
        [dated("2025-12-24", "2025-12-24", opens_at="10:00", closes_at="14:00")],
        QUEBEC,
        "2026-12-07T10:00-05:00",
        ("closed", None, *UNKNOWN, False),
    ),
    "24-7-line-ending-tomorrow-at-3-am": (
        [weekly(EVERY_DAY, "00:00", "00:00", valid_to="2026-12-08")],
        QUEBEC,
        "2026-12-07T03:00-05:00",
        ("open", "2026-12-09T00:00-05:00", "0:00–0:00 HNE", "0:00–0:00 EST", False),
    ),
    "24-7-line-from-next-week": (
        [weekly(EVERY_DAY, "00:00", "00:00", valid_from="2026-12-14")],
        QUEBEC,
        "2026-12-07T03:00-05:00",
        ("closed", "2026-12-14T00:00-05:00", *CLOSED, False),
    ),
    "expired-24-7-line": (
        [weekly(EVERY_DAY, "00:00", "00:00", valid_to="2026-11-30")],
        QUEBEC,
        "2026-12-07T03:00-05:00",
        ("closed", None, *UNKNOWN, False),
    ),
}


@pytest.mark.parametrize("name", list(HOLIDAYS))
def test_holidays_as_partners_write_them(name: str) -> None:
    check(HOLIDAYS[name])


@pytest.mark.parametrize("name", list(SEASONS))
def test_seasons_and_schedules_that_ran_out(name: str) -> None:
    check(SEASONS[name])
