"""Round 14, a second set of tricky opening hours written after the first fixes, as partners'
spreadsheets and web pages give them: US day shorthands (`M-F`), plural day names (`Mondays`),
a zone abbreviation after the time (`9:00 AM ET`), a no-break space from a web page, day-first
dates (`24/12/2026`), SQL timestamps (`2026-12-24 00:00:00`), and a few rules that should already
hold (a 24-hour row on one day, the RFC 5545 first-Sunday idiom, two holiday-hour rows on a day).

Choices:
- `M`, `W`, `F` are Monday, Wednesday, Friday; `T` and `S` alone are refused (Tuesday or
  Thursday? Saturday or Sunday?), with the row and the reason.
- A zone abbreviation after a time is dropped: the location's zone is what counts.
- A date written day first is read when it cannot be month first (`24/12/2026`); `01/04/2027` stays
  month first, as HSDS 1.x files from the United States write it.
"""

from __future__ import annotations

import pytest

from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, check, dated, line, weekly

pytestmark = pytest.mark.pure

MONDAY = "2026-12-07"
SATURDAY = "2026-12-12"
OFFICE = weekly(WEEKDAYS, "09:00", "17:00")

CASES: dict[str, Case] = {
    "m-f": (
        [weekly("M-F", "9:00 AM", "5:00 PM")],
        {},
        f"{SATURDAY}T10:00-05:00",
        ("closed", "2026-12-14T09:00-05:00", "closed", False),
    ),
    "m-w-f": (
        [weekly("M, W, F", "09:00", "12:00")],
        {},
        "2026-12-09T10:00-05:00",
        ("open", "2026-12-09T12:00-05:00", line("9:00–12:00"), False),
    ),
    "mondays-plural": (
        [weekly("Mondays", "13:00", "16:00")],
        {},
        f"{MONDAY}T14:00-05:00",
        ("open", f"{MONDAY}T16:00-05:00", line("13:00–16:00"), False),
    ),
    "tuesdays-and-thursdays": (
        [weekly("Tuesdays and Thursdays", "13:00", "16:00")],
        {},
        "2026-12-10T14:00-05:00",
        ("open", "2026-12-10T16:00-05:00", line("13:00–16:00"), False),
    ),
    "les-lundis": (
        [weekly("les lundis", "13:00", "16:00")],
        {},
        f"{MONDAY}T12:00-05:00",
        ("closed", f"{MONDAY}T13:00-05:00", line("13:00–16:00"), False),
    ),
    "mon-fri-with-dots": (
        [weekly("Mon.-Fri.", "09:00", "17:00")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "lun-ven": (
        [weekly("lun-ven", "9 h", "17 h")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "time-with-zone-abbreviation": (
        [weekly(WEEKDAYS, "9:00 AM ET", "5:00 PM ET")],
        {},
        f"{MONDAY}T16:30-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "time-with-est": (
        [weekly(WEEKDAYS, "9am EST", "5pm EST")],
        {},
        f"{MONDAY}T08:30-05:00",
        ("closed", f"{MONDAY}T09:00-05:00", line("9:00–17:00"), False),
    ),
    "no-break-space": (
        [weekly(WEEKDAYS, "9:00\u00a0AM", "5:00\u00a0PM")],
        {},
        f"{MONDAY}T16:30-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "five-pm-without-space": (
        [weekly(WEEKDAYS, "9AM", "5PM")],
        {},
        f"{MONDAY}T16:30-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "p-m-with-dots-and-capitals": (
        [weekly(WEEKDAYS, "9 A.M.", "5 P.M.")],
        {},
        f"{MONDAY}T16:30-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "french-09h00-17h30": (
        [weekly(WEEKDAYS, "09h00", "17H30")],
        {},
        f"{MONDAY}T17:15-05:00",
        ("open", f"{MONDAY}T17:30-05:00", line("9:00–17:30"), False),
    ),
    "twelve-thirty-am-close": (
        [weekly("FR", "20:00", "12:30 AM")],
        {},
        "2026-12-12T00:15-05:00",
        ("open", "2026-12-12T00:30-05:00", ("Ouvert jusqu’à 0:30 HNE", "Open until 0:30 EST"), False),
    ),
    "day-first-date": (
        [OFFICE, dated("24/12/2026", closed=True)],
        {},
        "2026-12-24T10:00-05:00",
        ("closed", "2026-12-25T09:00-05:00", "closed", False),
    ),
    "sql-timestamp-date": (
        [OFFICE, dated("2026-12-24 00:00:00", closed=True)],
        {},
        "2026-12-24T10:00-05:00",
        ("closed", "2026-12-25T09:00-05:00", "closed", False),
    ),
    "us-month-first-date": (
        [OFFICE, dated("12/24/2026", closed=True)],
        {},
        "2026-12-24T10:00-05:00",
        ("closed", "2026-12-25T09:00-05:00", "closed", False),
    ),
    "one-day-24-hours": (
        [weekly("MO", "09:00", "09:00")],
        {},
        "2026-12-08T08:30-05:00",
        ("open", "2026-12-08T09:00-05:00", ("Ouvert jusqu’à 9:00 HNE", "Open until 9:00 EST"), False),
    ),
    "first-sunday-rfc-idiom": (
        [
            {
                "freq": "MONTHLY",
                "byday": "SU",
                "bymonthday": "1,2,3,4,5,6,7",
                "opens_at": "10:00",
                "closes_at": "12:00",
            }
        ],
        {},
        "2026-12-13T11:00-05:00",
        ("closed", "2027-01-03T10:00-05:00", "closed", False),
    ),
    "two-holiday-rows-on-a-day": (
        [
            OFFICE,
            dated("2026-12-24", opens_at="09:00", closes_at="11:00"),
            dated("2026-12-24", opens_at="13:00", closes_at="15:00"),
        ],
        {},
        "2026-12-24T12:00-05:00",
        ("closed", "2026-12-24T13:00-05:00", line("9:00–11:00 {}, 13:00–15:00 {}"), False),
    ),
    "spring-opening-at-two-sharp": (
        [weekly("SU", "02:00", "06:00")],
        {},
        "2026-03-08T03:30-04:00",
        ("open", "2026-03-08T06:00-04:00", line("3:00–6:00", True), False),
    ),
    "weekends-word": (
        [weekly("Weekends", "10:00", "16:00")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("closed", "2026-12-12T10:00-05:00", "closed", False),
    ),
    "daily-word-24h": (
        [weekly("Daily", "00:00", "24:00")],
        {},
        f"{MONDAY}T03:00-05:00",
        ("open", None, "24/7", True),
    ),
    "tous-les-jours": (
        [weekly("tous les jours", "08:00", "20:00")],
        {},
        f"{SATURDAY}T19:00-05:00",
        ("open", "2026-12-12T20:00-05:00", line("8:00–20:00"), False),
    ),
    "closed-row-with-description-holidays-open": (
        [weekly(EVERY_DAY, "10:00", "18:00", description="Open 7 days, including holidays")],
        {},
        "2026-12-25T11:00-05:00",
        ("open", "2026-12-25T18:00-05:00", line("10:00–18:00"), False),
    ),
}

REFUSED: dict[str, tuple[Case, tuple[str, ...]]] = {
    "t-alone-is-ambiguous": (
        (
            [OFFICE, weekly("T", "18:00", "20:00")],
            {},
            f"{MONDAY}T10:00-05:00",
            ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
        ),
        ("1:'T'",),
    ),
    "ambiguous-day-first-or-month-first-is-month-first": (
        (
            [OFFICE, dated("01/04/2027", closed=True)],
            {},
            "2027-01-04T10:00-05:00",
            ("closed", "2027-01-05T09:00-05:00", "closed", False),
        ),
        (),
    ),
    "range-in-one-field": (
        (
            [weekly(WEEKDAYS, "9:00-17:00", "")],
            {},
            f"{MONDAY}T10:00-05:00",
            ("unknown", None, "unknown", False),
        ),
        ("0:closes_at",),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_more_forms(name: str) -> None:
    check(CASES[name])


@pytest.mark.parametrize("name", list(REFUSED))
def test_more_refusals(name: str) -> None:
    case, refusals = REFUSED[name]
    check(case, refusals)
