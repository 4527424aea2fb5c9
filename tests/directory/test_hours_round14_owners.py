"""Round 14 of tricky opening hours, written before reading the schedule code: holidays, hours
given only in words, and whose hours apply at a place (the service at that location, the
service, the location).

Choices (the safer mistake is "unknown" or "closed", never a wrong "open"):
- Christmas Eve half days and holiday closures are dated rows; one that falls on a weekend closes
  that day only (a publisher who closes the Monday after says so with its own row).
- "Closed on statutory holidays" / "fermé les jours fériés" written beside the hours (the row's
  `description` or `notes`) closes the service on the public holidays of the place (Canada's
  national ones, the province's own: Quebec's Fête nationale), and only on them.
- Hours written only in words ("du lundi au vendredi de 9 h à 17 h", "24 heures sur 24, 7 jours
  sur 7", "by appointment") are not read as hours: "Hours unknown", never 24/7.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from directory.listing import today
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, carried, check, dated, line, weekly

pytestmark = pytest.mark.pure

MONDAY = "2026-12-07"
OFFICE = weekly(WEEKDAYS, "09:00", "17:00")
NIGHT = weekly(EVERY_DAY, "20:00", "08:00")
HALF_DAY = [
    OFFICE,
    dated("2026-12-24", opens_at="09:00", closes_at="12:00"),
    dated("2026-12-25", closed=True),
]
UNKNOWN = ("unknown", None, "unknown", False)
QUEBEC = {"state_province": "QC"}

HOLIDAYS: dict[str, Case] = {
    "christmas-eve-afternoon": (
        HALF_DAY,
        {},
        "2026-12-24T13:00-05:00",
        ("closed", "2026-12-28T09:00-05:00", line("9:00–12:00"), False),
    ),
    "christmas-eve-last-minute": (
        HALF_DAY,
        {},
        "2026-12-24T11:59-05:00",
        ("open", "2026-12-24T12:00-05:00", line("9:00–12:00"), False),
    ),
    "every-year-christmas-on-a-24-7-line": (
        [weekly(EVERY_DAY, "00:00", "00:00"), dated("0001-12-25", closed=True)],
        {},
        "2027-12-25T10:00-05:00",
        ("closed", "2027-12-26T00:00-05:00", "closed", False),
    ),
    "holiday-on-saturday-and-the-observed-monday": (
        [
            weekly("MO,TU,WE,TH,FR,SA", "09:00", "17:00"),
            dated("2027-12-25", closed=True),
            dated("2027-12-27", closed=True),
        ],
        {},
        "2027-12-27T10:00-05:00",
        ("closed", "2027-12-28T09:00-05:00", "closed", False),
    ),
    "winter-break-range": (
        [OFFICE, dated("2026-12-24", "2027-01-02", closed=True)],
        {},
        "2026-12-30T10:00-05:00",
        ("closed", "2027-01-04T09:00-05:00", "closed", False),
    ),
    "new-years-eve-later-closing": (
        [NIGHT, dated("2026-12-31", opens_at="20:00", closes_at="10:00")],
        {},
        "2027-01-01T09:00-05:00",
        ("open", "2027-01-01T10:00-05:00", carried("10:00", "20:00–8:00"), False),
    ),
    "statutory-holidays-in-words-canada-day": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Closed on statutory holidays")],
        {},
        "2026-07-01T10:00-04:00",
        ("closed", "2026-07-02T09:00-04:00", "closed", False),
    ),
    "feries-in-words-fete-nationale": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Fermé les jours fériés")],
        QUEBEC,
        "2026-06-24T10:00-04:00",
        ("closed", "2026-06-25T09:00-04:00", "closed", False),
    ),
    "feries-in-words-an-ordinary-day": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Fermé les jours fériés")],
        QUEBEC,
        "2026-06-23T10:00-04:00",
        ("open", "2026-06-23T17:00-04:00", line("9:00–17:00", True), False),
    ),
    "holidays-in-notes-labour-day": (
        [weekly(WEEKDAYS, "09:00", "17:00", notes="Closed on holidays")],
        {},
        "2026-09-07T10:00-04:00",
        ("closed", "2026-09-08T09:00-04:00", "closed", False),
    ),
}

WORDS: dict[str, Case] = {
    "french-weekday-hours-in-words": (
        [{"description": "Du lundi au vendredi de 9 h à 17 h"}],
        {},
        f"{MONDAY}T10:00-05:00",
        UNKNOWN,
    ),
    "french-24-7-in-words": (
        [{"description": "24 heures sur 24, 7 jours sur 7"}],
        {},
        f"{MONDAY}T03:00-05:00",
        UNKNOWN,
    ),
    "appointment-only-weekly-without-times": (
        [{"freq": "WEEKLY", "byday": WEEKDAYS, "description": "Sur rendez-vous seulement"}],
        {},
        f"{MONDAY}T10:00-05:00",
        UNKNOWN,
    ),
    "open-24-7-in-words-on-days-without-times": (
        [{"freq": "WEEKLY", "byday": EVERY_DAY, "description": "Open 24/7"}],
        {},
        f"{MONDAY}T03:00-05:00",
        UNKNOWN,
    ),
    "by-appointment-beside-hours": (
        [weekly(WEEKDAYS, "09:00", "17:00", notes="By appointment")],
        {},
        f"{MONDAY}T10:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
}

SERVICE = {"service_id": "s"}
PLACE = {"location_id": "l"}
HERE = {"service_id": "s", "service_at_location_id": "sal"}
OWNERS: dict[str, Case] = {
    "location-24-7-service-weekdays": (
        [weekly(EVERY_DAY, "00:00", "00:00", **PLACE), weekly(WEEKDAYS, "09:00", "17:00", **SERVICE)],
        {},
        "2026-12-12T10:00-05:00",
        ("closed", "2026-12-14T09:00-05:00", "closed", False),
    ),
    "here-saturdays-only": (
        [weekly(WEEKDAYS, "09:00", "17:00", **SERVICE), weekly("SA", "10:00", "14:00", **HERE)],
        {},
        f"{MONDAY}T10:00-05:00",
        ("closed", "2026-12-12T10:00-05:00", "closed", False),
    ),
    "here-only-a-closure": (
        [weekly(WEEKDAYS, "09:00", "17:00", **SERVICE), dated(MONDAY, closed=True, **HERE)],
        {},
        f"{MONDAY}T10:00-05:00",
        ("closed", "2026-12-08T09:00-05:00", "closed", False),
    ),
    "service-closure-over-location-hours": (
        [weekly(WEEKDAYS, "09:00", "17:00", **PLACE), dated(MONDAY, closed=True, **SERVICE)],
        {},
        f"{MONDAY}T10:00-05:00",
        ("closed", "2026-12-08T09:00-05:00", "closed", False),
    ),
    "location-closure-closes-the-service": (
        [weekly(WEEKDAYS, "09:00", "17:00", **SERVICE), dated(MONDAY, closed=True, **PLACE)],
        {},
        f"{MONDAY}T10:00-05:00",
        ("closed", "2026-12-08T09:00-05:00", "closed", False),
    ),
    "location-holiday-hours-do-not-cut-the-service": (
        [
            weekly(WEEKDAYS, "09:00", "17:00", **SERVICE),
            dated(MONDAY, opens_at="10:00", closes_at="12:00", **PLACE),
        ],
        {},
        f"{MONDAY}T13:00-05:00",
        ("open", f"{MONDAY}T17:00-05:00", line("9:00–17:00"), False),
    ),
    "another-place-24-7": (
        [
            weekly(WEEKDAYS, "09:00", "17:00", **SERVICE),
            weekly(EVERY_DAY, "00:00", "00:00", service_id="s", service_at_location_id="sal-2"),
        ],
        {},
        "2026-12-12T10:00-05:00",
        ("closed", "2026-12-14T09:00-05:00", "closed", False),
    ),
    "location-in-vancouver-reads-the-service-there": (
        [weekly(WEEKDAYS, "09:00", "17:00", **SERVICE)],
        {"time_zone": "America/Vancouver"},
        "2026-12-07T16:30Z",
        ("closed", "2026-12-07T09:00-08:00", line("12:00–20:00"), False),
    ),
}

TABLES = {**HOLIDAYS, **WORDS, **OWNERS}


@pytest.mark.parametrize("name", list(TABLES))
def test_holidays_words_and_owners(name: str) -> None:
    check(TABLES[name])


@pytest.mark.parametrize(
    ("rows", "note"),
    [
        ([{"description": "Du lundi au vendredi de 9 h à 17 h"}], "Du lundi au vendredi de 9 h à 17 h"),
        ([{"freq": "WEEKLY", "byday": WEEKDAYS, "notes": "Sur rendez-vous"}], "Sur rendez-vous"),
        ([{"description": "24/7"}, {"description": "24/7", "notes": "phone"}], "24/7"),
        ([{"description": "x" * 300}], "x" * 199 + "…"),
        ([weekly(WEEKDAYS, "09:00", "17:00", description="Accueil")], ""),  # hours known: no note
    ],
)
def test_hours_unknown_show_what_the_partner_wrote(rows: list[dict[str, object]], note: str) -> None:
    day = today(
        {"always_open": False},
        rows,
        None,
        at=datetime.fromisoformat(f"{MONDAY}T10:00-05:00"),
        default_zone="America/Toronto",
    )
    assert day.note == note
