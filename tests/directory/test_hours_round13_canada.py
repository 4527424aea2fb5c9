"""Round 13 of tricky opening hours, from the operator's side at 3 a.m.: what the hotline reads of
a place in each of Canada's zones, on the daylight-saving nights of 2026 and 2027. A table of
(schedule rows, place, instant) -> (open / closed / unknown, the end of the opening when open or
the next opening when closed, today's hours as the partner list words them in French and in
English, in the hotline's zone, and 24/7). Pure: no database.

Choices (HSDS' and RFC 5545's own words decide):
- A location without `time_zone` is read in the zone of its `address.state_province`; Canada's
  official abbreviations are addresses too, in English (`Alta.`, `Sask.`, `Nfld.`, `N.W.T.`) and in
  French (`C.-B.`, `T.-N.-L.`, `Î.-P.-É.`, `Qc`): a place in Alberta read in Toronto's zone would be
  "open" two hours before it opens.
- A local time that the spring night skips (02:00-03:00; St. John's too, at 02:00 local) is read
  with the offset before the change (RFC 5545 3.3.5): 02:00 is 03:00 daylight time; a repeated one
  in the fall is its first occurrence, and an opening runs to the second pass of its closing hour
  (01:30-02:30 is two hours long that night). Regina and Whitehorse have no daylight saving.
- The list shows times in the hotline's zone (America/Toronto), with the abbreviation of the
  instant each end falls on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from directory.place_schedules import place_rules
from directory.schedules import state
from directory.zones import location_zone
from tests.directory.test_hours_round11 import EVERY_DAY, TORONTO, WEEKDAYS, _list_text, weekly

pytestmark = pytest.mark.pure

Row = dict[str, Any]
Answer = tuple[str, str | None, str, str, bool]
OFFICE = [weekly(WEEKDAYS, "09:00", "17:00")]
ST_JOHNS = {"time_zone": "America/St_Johns"}
HALIFAX = {"time_zone": "America/Halifax"}
REGINA = {"time_zone": "America/Regina"}
WINNIPEG = {"time_zone": "America/Winnipeg"}
EDMONTON = {"time_zone": "America/Edmonton"}
VANCOUVER = {"time_zone": "America/Vancouver"}
WHITEHORSE = {"time_zone": "America/Whitehorse"}
IQALUIT = {"time_zone": "America/Iqaluit"}


def answer(
    rows: list[Row], place: dict[str, Any] | None, when: str
) -> tuple[str, datetime | None, str, str, bool]:
    """What the operator is told: state, next instant, the list's French and English text, 24/7."""
    place = place or {}
    tz = location_zone(
        place.get("time_zone"),
        TORONTO,
        state_province=place.get("state_province"),
        country=place.get("country"),
        schedules=rows,
    )
    rules = place_rules(rows)
    found = state(rules, tz, datetime.fromisoformat(when))
    status = "unknown" if not rules else "open" if found.open else "closed"
    following = found.closes_at if found.open else found.opens_at
    french, english = (_list_text(rows, place, when, lang) for lang in ("fr", "en"))
    return status, following, french, english, found.always


def check(case: tuple[list[Row], dict[str, Any] | None, str, Answer]) -> None:
    rows, place, when, (status, following, french, english, always) = case
    expected = (
        status,
        datetime.fromisoformat(following) if following else None,
        french,
        english,
        always,
    )
    assert answer(rows, place, when) == expected


WINTER_7_30 = ("7:30–15:30 HNE", "7:30–15:30 EST")
SUMMER_7_30 = ("7:30–15:30 HAE", "7:30–15:30 EDT")

ZONES: dict[str, tuple[list[Row], dict[str, Any] | None, str, Answer]] = {
    "st-johns-winter-open": (
        OFFICE,
        ST_JOHNS,
        "2026-12-07T12:45Z",
        ("open", "2026-12-07T17:00-03:30", *WINTER_7_30, False),
    ),
    "st-johns-winter-half-hour-before": (
        OFFICE,
        ST_JOHNS,
        "2026-12-07T12:15Z",
        ("closed", "2026-12-07T09:00-03:30", *WINTER_7_30, False),
    ),
    "st-johns-summer": (
        OFFICE,
        ST_JOHNS,
        "2026-07-06T11:45Z",
        ("open", "2026-07-06T17:00-02:30", *SUMMER_7_30, False),
    ),
    "st-johns-friday-evening-to-monday": (
        OFFICE,
        ST_JOHNS,
        "2026-12-11T21:00Z",
        ("closed", "2026-12-14T09:00-03:30", *WINTER_7_30, False),
    ),
    "newfoundland-french-abbreviation": (
        OFFICE,
        {"state_province": "T.-N.-L."},
        "2026-12-07T12:45Z",
        ("open", "2026-12-07T17:00-03:30", *WINTER_7_30, False),
    ),
    "newfoundland-english-abbreviation": (
        OFFICE,
        {"state_province": "Nfld.", "country": "Canada"},
        "2026-12-07T12:15Z",
        ("closed", "2026-12-07T09:00-03:30", *WINTER_7_30, False),
    ),
    "halifax-winter": (
        OFFICE,
        HALIFAX,
        "2026-12-07T13:30Z",
        ("open", "2026-12-07T17:00-04:00", "8:00–16:00 HNE", "8:00–16:00 EST", False),
    ),
    "nova-scotia-address": (
        OFFICE,
        {"state_province": "Nova Scotia", "country": "Canada"},
        "2026-12-07T12:30Z",
        ("closed", "2026-12-07T09:00-04:00", "8:00–16:00 HNE", "8:00–16:00 EST", False),
    ),
    "prince-edward-island-french-abbreviation": (
        OFFICE,
        {"state_province": "Î.-P.-É."},
        "2026-12-07T12:30Z",
        ("closed", "2026-12-07T09:00-04:00", "8:00–16:00 HNE", "8:00–16:00 EST", False),
    ),
    "regina-summer-no-daylight-saving": (
        OFFICE,
        REGINA,
        "2026-07-06T14:30Z",
        ("closed", "2026-07-06T09:00-06:00", "11:00–19:00 HAE", "11:00–19:00 EDT", False),
    ),
    "regina-winter": (
        OFFICE,
        REGINA,
        "2026-12-07T15:30Z",
        ("open", "2026-12-07T17:00-06:00", "10:00–18:00 HNE", "10:00–18:00 EST", False),
    ),
    "saskatchewan-abbreviation": (
        OFFICE,
        {"state_province": "Sask.", "country": "CA"},
        "2026-07-06T14:30Z",
        ("closed", "2026-07-06T09:00-06:00", "11:00–19:00 HAE", "11:00–19:00 EDT", False),
    ),
    "winnipeg-monday-after-spring": (
        OFFICE,
        WINNIPEG,
        "2026-03-09T14:30Z",
        ("open", "2026-03-09T17:00-05:00", "10:00–18:00 HAE", "10:00–18:00 EDT", False),
    ),
    "regina-same-instant-still-closed": (
        OFFICE,
        REGINA,
        "2026-03-09T14:30Z",
        ("closed", "2026-03-09T09:00-06:00", "11:00–19:00 HAE", "11:00–19:00 EDT", False),
    ),
    "edmonton-winter": (
        OFFICE,
        EDMONTON,
        "2026-12-07T16:30Z",
        ("open", "2026-12-07T17:00-07:00", "11:00–19:00 HNE", "11:00–19:00 EST", False),
    ),
    "alberta-abbreviation-not-toronto": (
        OFFICE,
        {"state_province": "Alta.", "country": "Canada"},
        "2026-12-07T15:30Z",
        ("closed", "2026-12-07T09:00-07:00", "11:00–19:00 HNE", "11:00–19:00 EST", False),
    ),
    "vancouver-shelter-evening": (
        [weekly(EVERY_DAY, "22:00", "08:00")],
        VANCOUVER,
        "2026-12-08T05:00Z",
        ("closed", "2026-12-07T22:00-08:00", "1:00–11:00 HNE", "1:00–11:00 EST", False),
    ),
    "vancouver-shelter-night": (
        [weekly(EVERY_DAY, "22:00", "08:00")],
        VANCOUVER,
        "2026-12-08T07:00Z",
        ("open", "2026-12-08T08:00-08:00", "1:00–11:00 HNE", "1:00–11:00 EST", False),
    ),
    "british-columbia-french-abbreviation": (
        OFFICE,
        {"state_province": "C.-B."},
        "2026-12-07T15:30Z",
        ("closed", "2026-12-07T09:00-08:00", "12:00–20:00 HNE", "12:00–20:00 EST", False),
    ),
    "colombie-britannique": (
        OFFICE,
        {"state_province": "Colombie-Britannique", "country": "Canada"},
        "2026-12-07T17:30Z",
        ("open", "2026-12-07T17:00-08:00", "12:00–20:00 HNE", "12:00–20:00 EST", False),
    ),
    "whitehorse-summer-no-daylight-saving": (
        OFFICE,
        WHITEHORSE,
        "2026-07-06T15:30Z",
        ("closed", "2026-07-06T09:00-07:00", "12:00–20:00 HAE", "12:00–20:00 EDT", False),
    ),
    "whitehorse-winter": (
        OFFICE,
        WHITEHORSE,
        "2026-12-07T16:30Z",
        ("open", "2026-12-07T17:00-07:00", "11:00–19:00 HNE", "11:00–19:00 EST", False),
    ),
    "yukon-address-summer": (
        OFFICE,
        {"state_province": "Yukon"},
        "2026-07-06T16:30Z",
        ("open", "2026-07-06T17:00-07:00", "12:00–20:00 HAE", "12:00–20:00 EDT", False),
    ),
    "iqaluit-winter": (
        OFFICE,
        IQALUIT,
        "2026-12-07T14:30Z",
        ("open", "2026-12-07T17:00-05:00", "9:00–17:00 HNE", "9:00–17:00 EST", False),
    ),
    "nunavut-address-summer": (
        OFFICE,
        {"state_province": "NU"},
        "2026-07-06T12:30Z",
        ("closed", "2026-07-06T09:00-04:00", "9:00–17:00 HAE", "9:00–17:00 EDT", False),
    ),
    "northwest-territories-abbreviation": (
        OFFICE,
        {"state_province": "N.W.T."},
        "2026-12-07T15:30Z",
        ("closed", "2026-12-07T09:00-07:00", "11:00–19:00 HNE", "11:00–19:00 EST", False),
    ),
    "whitehorse-24-7": (
        [weekly(EVERY_DAY, "00:00", "23:59")],
        WHITEHORSE,
        "2026-07-06T10:00Z",
        ("open", None, "24/7", "24/7", True),
    ),
    "st-johns-24-7-on-the-fall-night": (
        [weekly(EVERY_DAY, "00:00", "00:00")],
        ST_JOHNS,
        "2026-11-01T04:45Z",
        ("open", None, "24/7", "24/7", True),
    ),
    "quebec-address-without-zone": (
        OFFICE,
        {"state_province": "Québec", "country": "Canada"},
        "2026-12-07T13:30Z",
        ("closed", "2026-12-07T09:00-05:00", "9:00–17:00 HNE", "9:00–17:00 EST", False),
    ),
    "location-zone-beats-a-quebec-address": (
        OFFICE,
        {"time_zone": "America/Vancouver", "state_province": "QC"},
        "2026-12-07T15:30Z",
        ("closed", "2026-12-07T09:00-08:00", "12:00–20:00 HNE", "12:00–20:00 EST", False),
    ),
}

SPRING_2026, FALL_2026, SPRING_2027, FALL_2027 = "2026-03-08", "2026-11-01", "2027-03-14", "2027-11-07"
SHELTER = [weekly(EVERY_DAY, "22:00", "08:00")]

DAYLIGHT_SAVING: dict[str, tuple[list[Row], dict[str, Any] | None, str, Answer]] = {
    "winnipeg-spring-opening-at-02:00-is-03:00": (
        [weekly("SU", "02:00", "06:00")],
        WINNIPEG,
        f"{SPRING_2026}T08:15Z",
        ("open", f"{SPRING_2026}T06:00-05:00", "4:00–7:00 HAE", "4:00–7:00 EDT", False),
    ),
    "winnipeg-spring-just-before": (
        [weekly("SU", "02:00", "06:00")],
        WINNIPEG,
        f"{SPRING_2026}T07:55Z",
        ("closed", f"{SPRING_2026}T03:00-05:00", "4:00–7:00 HAE", "4:00–7:00 EDT", False),
    ),
    "st-johns-spring-02:30-skipped": (
        [weekly("SU", "02:30", "04:00")],
        ST_JOHNS,
        f"{SPRING_2026}T06:15Z",
        ("open", f"{SPRING_2026}T04:00-02:30", "1:00–1:30 HNE", "1:00–1:30 EST", False),
    ),
    "halifax-spring-shelter-one-hour-shorter": (
        SHELTER,
        HALIFAX,
        f"{SPRING_2026}T06:30Z",
        (
            "open",
            f"{SPRING_2026}T08:00-03:00",
            "Ouvert jusqu’à 7:00 HAE, 21:00–7:00 HAE",
            "Open until 7:00 EDT, 21:00–7:00 EDT",
            False,
        ),
    ),
    "regina-spring-nothing-moves": (
        [weekly("SU", "02:00", "03:00")],
        REGINA,
        f"{SPRING_2026}T08:30Z",
        ("open", f"{SPRING_2026}T03:00-06:00", "4:00–5:00 HAE", "4:00–5:00 EDT", False),
    ),
    "whitehorse-spring-nothing-moves": (
        [weekly("SU", "02:00", "03:00")],
        WHITEHORSE,
        f"{SPRING_2026}T09:30Z",
        ("open", f"{SPRING_2026}T03:00-07:00", "5:00–6:00 HAE", "5:00–6:00 EDT", False),
    ),
    "vancouver-fall-second-pass-of-01:45": (
        [weekly("SU", "01:30", "02:30")],
        VANCOUVER,
        f"{FALL_2026}T09:45Z",
        ("open", f"{FALL_2026}T02:30-08:00", "3:30–5:30 HNE", "3:30–5:30 EST", False),
    ),
    "st-johns-fall-shelter-one-hour-longer": (
        [weekly(EVERY_DAY, "22:00", "06:00")],
        ST_JOHNS,
        f"{FALL_2026}T09:00Z",
        (
            "open",
            f"{FALL_2026}T06:00-03:30",
            "Ouvert jusqu’à 4:30 HNE, 20:30–4:30 HNE",
            "Open until 4:30 EST, 20:30–4:30 EST",
            False,
        ),
    ),
    "regina-fall-nothing-moves": (
        [weekly("SU", "01:00", "03:00")],
        REGINA,
        f"{FALL_2026}T08:30Z",
        ("open", f"{FALL_2026}T03:00-06:00", "2:00–4:00 HNE", "2:00–4:00 EST", False),
    ),
    "edmonton-spring-2027-shelter-morning": (
        [weekly(EVERY_DAY, "20:00", "08:00")],
        EDMONTON,
        f"{SPRING_2027}T13:30Z",
        (
            "open",
            f"{SPRING_2027}T08:00-06:00",
            "Ouvert jusqu’à 10:00 HAE, 22:00–10:00 HAE",
            "Open until 10:00 EDT, 22:00–10:00 EDT",
            False,
        ),
    ),
    "edmonton-spring-2027-shelter-closed-after": (
        [weekly(EVERY_DAY, "20:00", "08:00")],
        EDMONTON,
        f"{SPRING_2027}T14:30Z",
        ("closed", f"{SPRING_2027}T20:00-06:00", "22:00–10:00 HAE", "22:00–10:00 EDT", False),
    ),
    "halifax-spring-2027-01:00-to-05:00-is-three-hours": (
        [weekly("SU", "01:00", "05:00")],
        HALIFAX,
        f"{SPRING_2027}T07:30Z",
        ("open", f"{SPRING_2027}T05:00-03:00", "0:00–4:00 HAE", "0:00–4:00 EDT", False),
    ),
    "halifax-fall-2027-second-pass": (
        [weekly("SU", "00:00", "02:00")],
        HALIFAX,
        f"{FALL_2027}T05:30Z",
        ("open", f"{FALL_2027}T02:00-04:00", "23:00–1:00 HNE", "23:00–1:00 EST", False),
    ),
    "iqaluit-fall-2027-saturday-night-still-open-on-sunday-morning": (
        [weekly("SA", "23:00", "07:00")],
        IQALUIT,
        f"{FALL_2027}T11:30Z",
        ("open", f"{FALL_2027}T07:00-05:00", "Ouvert jusqu’à 7:00 HNE", "Open until 7:00 EST", False),
    ),
    "winnipeg-next-opening-across-spring": (
        OFFICE,
        WINNIPEG,
        "2026-03-07T20:00Z",
        ("closed", "2026-03-09T09:00-05:00", "closed", "closed", False),
    ),
    "vancouver-next-opening-across-fall-2027": (
        OFFICE,
        VANCOUVER,
        "2027-11-06T20:00Z",
        ("closed", "2027-11-08T09:00-08:00", "closed", "closed", False),
    ),
}


@pytest.mark.parametrize("name", list(ZONES))
def test_canadian_zones(name: str) -> None:
    check(ZONES[name])


@pytest.mark.parametrize("name", list(DAYLIGHT_SAVING))
def test_daylight_saving_nights_of_2026_and_2027(name: str) -> None:
    check(DAYLIGHT_SAVING[name])
