"""Round 14 of tricky opening hours, written before reading the schedule code: the clock. Nights
across the daylight-saving changes (Toronto, St. John's, Paris, London), zones without daylight
saving (Regina, Phoenix) or with it inside a state without (the Navajo Nation), towns whose zone
is not their province's, zones given by country, and the ways partners write a time of day.

Choices (the safer mistake is "unknown" or "closed", never a wrong "open"):
- A closing time repeated on the fall-back night is its first pass (the clock reads it first).
- `23:59`, `23:59:59`, `12:00 AM`, `midnight` as a closing time are the midnight ending the day.
- Times read as people write them: `noon`, `9h30`, `9 h 30`, `9.30 a.m.`, `0900`, `9:00a`; an
  hour past 24 (`25:00`) or a bare `9`-`5` (which 5?) is refused with the row and the reason.
- A location's zone written as an abbreviation (`EST`) is that region's zone (daylight saving
  included), as the partner meant; an IANA alias (`Canada/Saskatchewan`) or a name in another
  case (`america/vancouver`) is that zone.
- A town whose clock is not its province's (Kenora, Labrador City, Fort St. John, Lloydminster),
  or a Navajo Nation town in Arizona, is read in its own zone; a country with one zone (France,
  the United Kingdom) gives it.
"""

from __future__ import annotations

import pytest

from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, carried, check, line, weekly

pytestmark = pytest.mark.pure

NIGHT = [weekly(EVERY_DAY, "20:00", "08:00")]
OFFICE = [weekly(WEEKDAYS, "09:00", "17:00")]
SUMMER_MONDAY = "2026-07-06"

CASES: dict[str, Case] = {
    # daylight saving in Toronto (the hotline's zone): 8 March and 1 November 2026
    "spring-night-before-the-change": (
        NIGHT,
        {},
        "2026-03-08T01:30-05:00",
        ("open", "2026-03-08T08:00-04:00", carried("8:00", "20:00–8:00", True), False),
    ),
    "spring-night-after-the-change": (
        NIGHT,
        {},
        "2026-03-08T03:30-04:00",
        ("open", "2026-03-08T08:00-04:00", carried("8:00", "20:00–8:00", True), False),
    ),
    "spring-skipped-closing-time": (
        [weekly("SA", "22:00", "02:30")],
        {},
        "2026-03-08T03:15-04:00",
        ("open", "2026-03-08T03:30-04:00", carried("3:30", None, True), False),
    ),
    "spring-skipped-opening-time": (
        [weekly("SU", "02:30", "06:00")],
        {},
        "2026-03-08T03:00-04:00",
        ("closed", "2026-03-08T03:30-04:00", line("3:30–6:00", True), False),
    ),
    "fall-night-second-pass-of-one-thirty": (
        NIGHT,
        {},
        "2026-11-01T01:30-05:00",
        ("open", "2026-11-01T08:00-05:00", carried("8:00", "20:00–8:00"), False),
    ),
    "fall-closing-at-the-first-one-thirty": (
        [weekly("SA", "22:00", "01:30")],
        {},
        "2026-11-01T01:15-05:00",
        ("closed", "2026-11-07T22:00-05:00", "closed", False),
    ),
    "fall-sunday-evening-list": (
        NIGHT,
        {},
        "2026-11-01T12:00-05:00",
        ("closed", "2026-11-01T20:00-05:00", line("20:00–8:00"), False),
    ),
    # Saskatchewan keeps standard time all year
    "regina-after-the-spring-change": (
        OFFICE,
        {"state_province": "SK"},
        "2026-03-09T15:30Z",
        ("open", "2026-03-09T17:00-06:00", line("11:00–19:00", True), False),
    ),
    "regina-winter": (
        OFFICE,
        {"state_province": "SK"},
        "2026-12-07T15:30Z",
        ("open", "2026-12-07T17:00-06:00", line("10:00–18:00"), False),
    ),
    "saskatchewan-by-name-summer-morning": (
        OFFICE,
        {"state_province": "Saskatchewan", "country": "CA"},
        f"{SUMMER_MONDAY}T14:30Z",
        ("closed", f"{SUMMER_MONDAY}T09:00-06:00", line("11:00–19:00", True), False),
    ),
    "saskatchewan-alias-zone": (
        OFFICE,
        {"time_zone": "Canada/Saskatchewan"},
        f"{SUMMER_MONDAY}T14:30Z",
        ("closed", f"{SUMMER_MONDAY}T09:00-06:00", line("11:00–19:00", True), False),
    ),
    "lloydminster-keeps-alberta-time": (
        OFFICE,
        {"state_province": "SK", "city": "Lloydminster"},
        "2026-12-07T15:30Z",
        ("closed", "2026-12-07T09:00-07:00", line("11:00–19:00"), False),
    ),
    # Newfoundland, half an hour off
    "st-johns-half-hour": (
        [weekly(WEEKDAYS, "08:30", "16:30")],
        {"time_zone": "America/St_Johns"},
        "2026-12-07T12:05Z",
        ("open", "2026-12-07T16:30-03:30", line("7:00–15:00"), False),
    ),
    "newfoundland-spring-night": (
        [weekly("SA", "23:00", "07:00")],
        {"state_province": "NL"},
        "2026-03-08T05:00Z",
        ("open", "2026-03-08T07:00-02:30", carried("5:30", None, True), False),
    ),
    "schedule-offset-minus-three-and-a-half": (
        [weekly(WEEKDAYS, "09:00", "17:00", timezone=-3.5)],
        {},
        "2026-12-07T12:45Z",
        ("open", "2026-12-07T17:00-03:30", line("7:30–15:30"), False),
    ),
    "labrador-city-is-atlantic": (
        OFFICE,
        {"state_province": "NL", "city": "Labrador City"},
        "2026-12-07T12:45Z",
        ("closed", "2026-12-07T09:00-04:00", line("8:00–16:00"), False),
    ),
    "kenora-is-central": (
        OFFICE,
        {"state_province": "ON", "city": "Kenora"},
        "2026-12-07T14:30Z",
        ("closed", "2026-12-07T09:00-06:00", line("10:00–18:00"), False),
    ),
    "fort-st-john-no-daylight-saving": (
        OFFICE,
        {"state_province": "BC", "city": "Fort St. John"},
        "2026-12-07T16:30Z",
        ("open", "2026-12-07T17:00-07:00", line("11:00–19:00"), False),
    ),
    # provinces as people write them
    "bc-with-dots": (
        OFFICE,
        {"state_province": "B.C."},
        "2026-12-07T16:30Z",
        ("closed", "2026-12-07T09:00-08:00", line("12:00–20:00"), False),
    ),
    "colombie-britannique": (
        OFFICE,
        {"state_province": "Colombie-Britannique", "country": "Canada"},
        "2026-12-07T17:30Z",
        ("open", "2026-12-07T17:00-08:00", line("12:00–20:00"), False),
    ),
    "nova-scotia-by-name": (
        OFFICE,
        {"state_province": "Nova Scotia", "country": "Canada"},
        "2026-12-07T12:30Z",
        ("closed", "2026-12-07T09:00-04:00", line("8:00–16:00"), False),
    ),
    "pei-with-dots": (
        OFFICE,
        {"state_province": "P.E.I."},
        "2026-12-07T13:30Z",
        ("open", "2026-12-07T17:00-04:00", line("8:00–16:00"), False),
    ),
    "alberta-lower-case": (
        OFFICE,
        {"state_province": "ab"},
        "2026-12-07T15:30Z",
        ("closed", "2026-12-07T09:00-07:00", line("11:00–19:00"), False),
    ),
    # United States and Europe
    "arizona-summer": (
        OFFICE,
        {"state_province": "AZ", "country": "US"},
        f"{SUMMER_MONDAY}T16:30Z",
        ("open", f"{SUMMER_MONDAY}T17:00-07:00", line("12:00–20:00", True), False),
    ),
    "navajo-nation-zone-given": (
        OFFICE,
        {"state_province": "AZ", "country": "US", "time_zone": "America/Denver"},
        f"{SUMMER_MONDAY}T15:30Z",
        ("open", f"{SUMMER_MONDAY}T17:00-06:00", line("11:00–19:00", True), False),
    ),
    "window-rock-navajo-nation": (
        OFFICE,
        {"state_province": "AZ", "country": "US", "city": "Window Rock"},
        f"{SUMMER_MONDAY}T15:30Z",
        ("open", f"{SUMMER_MONDAY}T17:00-06:00", line("11:00–19:00", True), False),
    ),
    "new-york-usa": (
        OFFICE,
        {"state_province": "NY", "country": "USA"},
        f"{SUMMER_MONDAY}T13:30Z",
        ("open", f"{SUMMER_MONDAY}T17:00-04:00", line("9:00–17:00", True), False),
    ),
    "texas-by-name": (
        OFFICE,
        {"state_province": "Texas", "country": "United States"},
        "2026-12-07T14:30Z",
        ("closed", "2026-12-07T09:00-06:00", line("10:00–18:00"), False),
    ),
    "est-abbreviation-as-zone-in-summer": (
        OFFICE,
        {"time_zone": "EST"},
        f"{SUMMER_MONDAY}T13:30Z",
        ("open", f"{SUMMER_MONDAY}T17:00-04:00", line("9:00–17:00", True), False),
    ),
    "zone-name-in-lower-case": (
        OFFICE,
        {"time_zone": "america/vancouver"},
        "2026-12-07T16:30Z",
        ("closed", "2026-12-07T09:00-08:00", line("12:00–20:00"), False),
    ),
    "location-zone-beats-schedule-offset": (
        [weekly(WEEKDAYS, "09:00", "17:00", timezone=-5)],
        {"time_zone": "America/Vancouver"},
        "2026-12-07T16:30Z",
        ("closed", "2026-12-07T09:00-08:00", line("12:00–20:00"), False),
    ),
    "paris-spring-night": (
        NIGHT,
        {"time_zone": "Europe/Paris"},
        "2026-03-29T01:30Z",
        ("open", "2026-03-29T08:00+02:00", carried("2:00", "14:00–2:00", True), False),
    ),
    "france-by-country": (
        OFFICE,
        {"country": "FR"},
        "2026-12-07T08:30Z",
        ("open", "2026-12-07T17:00+01:00", line("3:00–11:00"), False),
    ),
    "united-kingdom-by-country-name": (
        OFFICE,
        {"country": "United Kingdom"},
        "2026-12-07T09:30Z",
        ("open", "2026-12-07T17:00+00:00", line("4:00–12:00"), False),
    ),
    "london-autumn-night": (
        [weekly("SA", "22:00", "02:00")],
        {"time_zone": "Europe/London"},
        "2026-10-25T01:30Z",
        ("open", "2026-10-25T02:00+00:00", carried("22:00", None, True), False),
    ),
}

FRIDAY = "2026-12-11"
MONDAY = "2026-12-07"
TIMES: dict[str, Case] = {
    "closes-24-00": (
        [weekly("FR", "18:00", "24:00")],
        {},
        f"{FRIDAY}T23:59-05:00",
        ("open", "2026-12-12T00:00-05:00", line("18:00–0:00"), False),
    ),
    "closes-00-00": (
        [weekly("FR", "18:00", "00:00")],
        {},
        f"{FRIDAY}T23:59-05:00",
        ("open", "2026-12-12T00:00-05:00", line("18:00–0:00"), False),
    ),
    "closes-23-59-then-saturday-morning": (
        [weekly("FR", "18:00", "23:59"), weekly("SA", "00:00", "08:00")],
        {},
        f"{FRIDAY}T23:30-05:00",
        ("open", "2026-12-12T08:00-05:00", None, False),
    ),
    "closes-23-59-59": (
        [weekly(WEEKDAYS, "08:00", "23:59:59")],
        {},
        f"{MONDAY}T23:59:30-05:00",
        ("open", "2026-12-08T00:00-05:00", line("8:00–0:00"), False),
    ),
    "closes-twelve-am": (
        [weekly("FR", "6:00 PM", "12:00 AM")],
        {},
        f"{FRIDAY}T22:00-05:00",
        ("open", "2026-12-12T00:00-05:00", line("18:00–0:00"), False),
    ),
    "noon-written-as-a-word": (
        [weekly(WEEKDAYS, "noon", "5 pm")],
        {},
        f"{MONDAY}T11:30-05:00",
        ("closed", f"{MONDAY}T12:00-05:00", line("12:00–17:00"), False),
    ),
    "midnight-written-as-a-word": (
        [weekly("FR", "8 pm", "midnight")],
        {},
        f"{FRIDAY}T23:00-05:00",
        ("open", "2026-12-12T00:00-05:00", line("20:00–0:00"), False),
    ),
    "french-9h30": (
        [weekly(WEEKDAYS, "9h30", "17 h")],
        {},
        f"{MONDAY}T09:15-05:00",
        ("closed", f"{MONDAY}T09:30-05:00", line("9:30–17:00"), False),
    ),
    "french-9-h-30-spaced": (
        [weekly(WEEKDAYS, "9 h 30", "16 h 30")],
        {},
        f"{MONDAY}T16:29-05:00",
        ("open", f"{MONDAY}T16:30-05:00", line("9:30–16:30"), False),
    ),
    "dotted-a-m-p-m": (
        [weekly(WEEKDAYS, "9.30 a.m.", "5.30 p.m.")],
        {},
        f"{MONDAY}T17:15-05:00",
        ("open", f"{MONDAY}T17:30-05:00", line("9:30–17:30"), False),
    ),
    "military-0830-1630": (
        [weekly(WEEKDAYS, "0830", "1630")],
        {},
        f"{MONDAY}T16:00-05:00",
        ("open", f"{MONDAY}T16:30-05:00", line("8:30–16:30"), False),
    ),
    "us-shorthand-a-p": (
        [weekly(WEEKDAYS, "9:00a", "5:00p")],
        {},
        f"{MONDAY}T16:30-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "milliseconds-from-an-export": (
        [weekly(WEEKDAYS, "09:00:00.000", "17:00:00.000")],
        {},
        f"{MONDAY}T16:30-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "spreadsheet-number-900": (
        [weekly(WEEKDAYS, 900, 1700)],
        {},
        f"{MONDAY}T08:30-05:00",
        ("closed", f"{MONDAY}T09:00-05:00", line("9:00–17:00"), False),
    ),
}

REFUSED: dict[str, tuple[Case, tuple[str, ...]]] = {
    "hour-25-refused": (
        (
            [weekly(WEEKDAYS, "09:00", "25:00")],
            {},
            f"{MONDAY}T10:00-05:00",
            ("unknown", None, "unknown", False),
        ),
        ("0:25:00",),
    ),
    "bare-9-to-5-refused": (
        ([weekly(WEEKDAYS, "9", "5")], {}, f"{MONDAY}T10:00-05:00", ("unknown", None, "unknown", False)),
        ("0:opens_at",),
    ),
    "opens-without-closing-refused": (
        ([weekly(WEEKDAYS, "09:00", "")], {}, f"{MONDAY}T10:00-05:00", ("unknown", None, "unknown", False)),
        ("0:closes_at",),
    ),
    "bad-row-beside-good-row": (
        (
            [weekly("MO,TU", "09:00", "17:00"), weekly("WE", "9 to 5", "")],
            {},
            f"{MONDAY}T10:00-05:00",
            ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
        ),
        ("1:opens_at",),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_clock_and_zones(name: str) -> None:
    check(CASES[name])


@pytest.mark.parametrize("name", list(TIMES))
def test_times_as_written(name: str) -> None:
    check(TIMES[name])


@pytest.mark.parametrize("name", list(REFUSED))
def test_refused_with_the_row_and_the_reason(name: str) -> None:
    case, refusals = REFUSED[name]
    check(case, refusals)
