"""Round 12 of tricky opening hours: the forms partners' files really use (HSDS 3.x rows as written
by hand or exported by other tools), asked as an operator sees them. Pure: no database.

Each case is (schedule rows, the location, instant) -> open, closed or unknown, the end of the
opening (open) or the next opening (closed), and the list's "today" cell in French and English.

Choices where the texts leave room (HSDS' and RFC 5545's own words decide; "closed" or "unknown"
is the safer mistake than a wrong "open"):
- Times: HSDS 3 `opens_at`/`closes_at` are clock times; `09:00:00`, `9:00`, `12:00 PM` read as
  written; `24:00:00` and `00:00:00` as a closing time are the midnight ending the day; an empty
  string is no time, as null is (the row then says nothing about hours).
- A zone suffix on the times (`09:00:00-08:00`) counts only when the location's zone is unknown.
- `byday`, `freq` are read whatever their case and spacing (`mo, we`, `weekly`).
- `dtstart` in the future: nothing before it; `until` and `valid_to` are inclusive, through the
  end of that local day; `until` before `dtstart` is refused at import (it never occurs).
- A row with only a `description` ("Ouvert 24 h sur 24", "24/7", "by appointment") gives no
  hours: the list says "Hours unknown" and matching never takes the service as open or 24/7.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from directory.schedule_rows import rule_from_row, rules_from_rows
from directory.schedules import BadSchedule, state
from directory.zones import location_zone
from tests.directory.test_hours_round11 import EVERY_DAY, TORONTO, WEEKDAYS, _list_text, weekly

pytestmark = pytest.mark.pure

Row = dict[str, Any]
MONDAY = "2026-12-07"
MON_10 = f"{MONDAY}T10:00-05:00"
UNKNOWN = "unknown"
VANCOUVER = {"time_zone": "America/Vancouver"}
NO_ZONE: dict[str, Any] = {}


def _state(rows: list[Row], place: dict[str, Any], when: str) -> tuple[str, datetime | None]:
    """('open', its end) / ('closed', next opening) / ('unknown', None), as matching reads it."""
    rules = rules_from_rows(rows)
    if not rules:
        return UNKNOWN, None
    tz = location_zone(place.get("time_zone"), TORONTO, schedules=rows)
    found = state(rules, tz, datetime.fromisoformat(when))
    return ("open", found.closes_at) if found.open else ("closed", found.opens_at)


def at(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


# name: (rows, place, instant, "open" | "closed" | "unknown", end or next opening (None: none or
# not asked for a 24/7 opening), today's cell in French, in English)
Case = tuple[list[Row], dict[str, Any], str, str, str | None, str, str]
CASES: dict[str, Case] = {
    # times as datasets write them
    "seconds": (
        [weekly(WEEKDAYS, "09:00:00", "17:00:00")],
        NO_ZONE,
        MON_10,
        "open",
        "2026-12-07T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "one-digit-hour": (
        [weekly(WEEKDAYS, "9:00", "17:00")],
        NO_ZONE,
        f"{MONDAY}T08:59-05:00",
        "closed",
        "2026-12-07T09:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "offset-in-time-zone-known": (
        [weekly(WEEKDAYS, "09:00:00-08:00", "17:00:00-08:00")],
        VANCOUVER,
        MON_10,
        "closed",
        "2026-12-07T12:00-05:00",
        "12:00–20:00 HNE",
        "12:00–20:00 EST",
    ),
    "offset-in-time-no-zone": (
        [weekly(WEEKDAYS, "09:00:00-08:00", "17:00:00-08:00")],
        NO_ZONE,
        MON_10,
        "closed",
        "2026-12-07T12:00-05:00",
        "12:00–20:00 HNE",
        "12:00–20:00 EST",
    ),
    "utc-z-times-no-zone": (
        [weekly(WEEKDAYS, "14:00Z", "22:00Z")],
        NO_ZONE,
        MON_10,
        "open",
        "2026-12-07T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "noon-pm": (
        [weekly(WEEKDAYS, "12:00 PM", "8:00 PM")],
        NO_ZONE,
        MON_10,
        "closed",
        "2026-12-07T12:00-05:00",
        "12:00–20:00 HNE",
        "12:00–20:00 EST",
    ),
    "midnight-am": (
        [weekly(WEEKDAYS, "12:00 AM", "8:00 AM")],
        NO_ZONE,
        f"{MONDAY}T07:59-05:00",
        "open",
        "2026-12-07T08:00-05:00",
        "0:00–8:00 HNE",
        "0:00–8:00 EST",
    ),
    "closes-24-00-00": (
        [weekly(WEEKDAYS, "20:00:00", "24:00:00")],
        NO_ZONE,
        f"{MONDAY}T23:59-05:00",
        "open",
        "2026-12-08T00:00-05:00",
        "20:00–0:00 HNE",
        "20:00–0:00 EST",
    ),
    "closes-00-00-00": (
        [weekly("MO", "18:00:00", "00:00:00")],
        NO_ZONE,
        f"{MONDAY}T23:30-05:00",
        "open",
        "2026-12-08T00:00-05:00",
        "18:00–0:00 HNE",
        "18:00–0:00 EST",
    ),
    "am-pm-lower-case": (
        [weekly(WEEKDAYS, "9:00 am", "5:00 pm")],
        NO_ZONE,
        f"{MONDAY}T16:59-05:00",
        "open",
        "2026-12-07T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "empty-strings": ([weekly(WEEKDAYS, "", "")], NO_ZONE, MON_10, UNKNOWN, None, UNKNOWN, UNKNOWN),
    "nulls": (
        [{"freq": "WEEKLY", "byday": WEEKDAYS, "opens_at": None, "closes_at": None}],
        NO_ZONE,
        MON_10,
        UNKNOWN,
        None,
        UNKNOWN,
        UNKNOWN,
    ),
    "closing-only": ([weekly(WEEKDAYS, "", "17:00")], NO_ZONE, MON_10, UNKNOWN, None, UNKNOWN, UNKNOWN),
    "whole-day-with-seconds": (
        [weekly(EVERY_DAY, "00:00:00", "23:59:59")],
        NO_ZONE,
        MON_10,
        "open",
        None,
        "24/7",
        "24/7",
    ),
    # the recurrence as written by hand
    "byday-lower-case": (
        [weekly("mo,we,fr", "09:00", "17:00")],
        NO_ZONE,
        MON_10,
        "open",
        "2026-12-07T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "byday-with-spaces": (
        [weekly("MO, WE", "09:00", "17:00")],
        NO_ZONE,
        "2026-12-08T10:00-05:00",
        "closed",
        "2026-12-09T09:00-05:00",
        "closed",
        "closed",
    ),
    "freq-lower-case": (
        [{"freq": "weekly", "byday": "MO", "opens_at": "09:00", "closes_at": "17:00"}],
        NO_ZONE,
        MON_10,
        "open",
        "2026-12-07T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "freq-capitalised-day-names": (
        [{"freq": "Weekly", "byday": "Monday, Wednesday", "opens_at": "09:00", "closes_at": "17:00"}],
        NO_ZONE,
        "2026-12-09T18:00-05:00",
        "closed",
        "2026-12-14T09:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "byday-json-list": (
        [weekly(["MO", "TU"], "09:00", "17:00")],
        NO_ZONE,
        "2026-12-08T10:00-05:00",
        "open",  # type: ignore[arg-type]
        "2026-12-08T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "daily-lower-case": (
        [{"freq": "daily", "opens_at": "07:00", "closes_at": "19:00"}],
        NO_ZONE,
        "2026-12-13T06:00-05:00",
        "closed",
        "2026-12-13T07:00-05:00",
        "7:00–19:00 HNE",
        "7:00–19:00 EST",
    ),
    "dtstart-in-the-future": (
        [weekly("MO", "09:00", "17:00", dtstart="2027-01-04")],
        NO_ZONE,
        MON_10,
        "closed",
        "2027-01-04T09:00-05:00",
        "closed",
        "closed",
    ),
    "dtstart-today": (
        [weekly("MO", "09:00", "17:00", dtstart=MONDAY)],
        NO_ZONE,
        MON_10,
        "open",
        "2026-12-07T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "until-yesterday": (
        [weekly(EVERY_DAY, "09:00", "17:00", dtstart="2026-11-01", until="2026-12-06")],
        NO_ZONE,
        MON_10,
        "closed",
        None,
        UNKNOWN,  # every row ran out: no longer known (round 13, test_hours_round13_holidays)
        UNKNOWN,
    ),
    "until-today-inclusive": (
        [weekly(EVERY_DAY, "09:00", "17:00", dtstart="2026-11-01", until=MONDAY)],
        NO_ZONE,
        f"{MONDAY}T16:59-05:00",
        "open",
        "2026-12-07T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "valid-to-today-inclusive": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_to=MONDAY)],
        NO_ZONE,
        f"{MONDAY}T16:59-05:00",
        "open",
        "2026-12-07T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "valid-to-today-after-closing": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_to=MONDAY)],
        NO_ZONE,
        f"{MONDAY}T17:30-05:00",
        "closed",
        None,
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    "valid-to-local-day-not-utc": (
        [weekly(EVERY_DAY, "20:00", "23:00", valid_to=MONDAY)],
        NO_ZONE,
        "2026-12-08T03:30Z",
        "open",
        "2026-12-07T23:00-05:00",
        "20:00–23:00 HNE",
        "20:00–23:00 EST",
    ),
    "valid-from-tomorrow": (
        [weekly(EVERY_DAY, "09:00", "17:00", valid_from="2026-12-08")],
        NO_ZONE,
        MON_10,
        "closed",
        "2026-12-08T09:00-05:00",
        "closed",
        "closed",
    ),
    # a schedule with only words
    "description-24h-fr": (
        [{"description": "Ouvert 24 h sur 24"}],
        NO_ZONE,
        MON_10,
        UNKNOWN,
        None,
        UNKNOWN,
        UNKNOWN,
    ),
    "description-24-7": (
        [{"description": "24/7", "attending_type": "phone"}],
        NO_ZONE,
        MON_10,
        UNKNOWN,
        None,
        UNKNOWN,
        UNKNOWN,
    ),
    "description-by-appointment": (
        [{"description": "By appointment only", "freq": "WEEKLY"}],
        NO_ZONE,
        MON_10,
        UNKNOWN,
        None,
        UNKNOWN,
        UNKNOWN,
    ),
    "description-beside-hours": (
        [{"description": "24/7 crisis line"}, weekly(WEEKDAYS, "09:00", "17:00")],
        NO_ZONE,
        "2026-12-07T20:00-05:00",
        "closed",
        "2026-12-08T09:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
    # the zone given by the schedule itself (no IANA zone, no address)
    "timezone-number": (
        [weekly(WEEKDAYS, "09:00", "17:00", timezone=-8)],
        NO_ZONE,
        MON_10,
        "closed",
        "2026-12-07T12:00-05:00",
        "12:00–20:00 HNE",
        "12:00–20:00 EST",
    ),
    "timezone-offset-text": (
        [weekly(WEEKDAYS, "09:00", "17:00", timezone="-08:00")],
        NO_ZONE,
        MON_10,
        "closed",
        "2026-12-07T12:00-05:00",
        "12:00–20:00 HNE",
        "12:00–20:00 EST",
    ),
    "timezone-utc-minus": (
        [weekly(WEEKDAYS, "09:00", "17:00", timezone="UTC-8")],
        NO_ZONE,
        MON_10,
        "closed",
        "2026-12-07T12:00-05:00",
        "12:00–20:00 HNE",
        "12:00–20:00 EST",
    ),
    "timezone-ignored-when-zone-known": (
        [weekly(WEEKDAYS, "09:00", "17:00", timezone=-8)],
        {"time_zone": TORONTO},
        MON_10,
        "open",
        "2026-12-07T17:00-05:00",
        "9:00–17:00 HNE",
        "9:00–17:00 EST",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_open_closed_or_unknown_and_what_next(name: str) -> None:
    rows, place, when, expected, following, _, _ = CASES[name]
    found, moment = _state(rows, place, when)
    assert found == expected
    if following is not None or expected == "closed":
        assert moment == at(following)


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_todays_hours_as_the_list_shows_them(name: str, lang: str) -> None:
    rows, place, when, _, _, french, english = CASES[name]
    assert _list_text(rows, place or None, when, lang) == (french if lang == "fr" else english)


def test_until_before_dtstart_is_refused_at_import() -> None:
    with pytest.raises(BadSchedule, match="until"):
        rule_from_row(weekly("MO", "09:00", "17:00", dtstart="2026-12-01", until="2026-11-01"))
