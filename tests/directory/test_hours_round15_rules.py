"""Round 15's general rules beyond the tester's cases (tests/directory/test_hours_round15.py):

- A dated row without hours (no recurrence, `closed` not given) closes one date, or a span of
  dates its words say closed ("Fermeture estivale"); a span carrying only a note, or a row whose
  words say open, says nothing (the weekly hours stand), as `closed` false does (round 13).
- A town's zone is found whatever its leading French article (L'Étang-du-Nord) and hyphens.
- The HSDS 1.1 export writes such a row as a closed holiday, so the closure survives the trip.
- The end of an unbroken opening is chained as far as it runs (a round-the-clock season), not
  cut a week on.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from directory import legacy_export
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, check, dated, weekly

pytestmark = pytest.mark.pure

MONTREAL = {"time_zone": "America/Toronto", "city": "Montréal", "state_province": "QC", "country": "CA"}
OFFICE = weekly(WEEKDAYS, "09:00", "17:00")


def _town(city: str) -> dict[str, str | None]:
    return {"time_zone": None, "city": city, "state_province": "QC", "country": "CA"}


CASES: dict[str, Case] = {
    "summer-closure-span-said-in-words": (
        [OFFICE, dated("2026-07-20", "2026-07-31", description="Fermeture estivale")],
        MONTREAL,
        "2026-07-22T10:00-04:00",
        ("closed", "2026-08-03T09:00-04:00", None, False),
    ),
    "span-with-only-a-note-says-nothing": (
        [OFFICE, dated("2026-07-20", "2026-07-31", description="Horaire variable, appelez")],
        MONTREAL,
        "2026-07-22T10:00-04:00",
        ("open", "2026-07-22T17:00-04:00", None, False),
    ),
    "one-date-whose-words-say-open": (
        [OFFICE, dated("2026-12-28", description="Ouvert comme d'habitude")],
        MONTREAL,
        "2026-12-28T10:00-05:00",
        ("open", "2026-12-28T17:00-05:00", None, False),
    ),
    "one-date-closed-false-keeps-the-weekly-hours": (
        [OFFICE, dated("2026-12-28", closed="false")],
        MONTREAL,
        "2026-12-28T10:00-05:00",
        ("open", "2026-12-28T17:00-05:00", None, False),
    ),
    "one-date-every-year-without-hours": (
        [weekly(EVERY_DAY, "10:00", "16:00"), dated("0001-12-25")],
        MONTREAL,
        "2027-12-25T11:00-05:00",
        ("closed", "2027-12-26T10:00-05:00", None, False),
    ),
    "islands-written-without-hyphens": (
        [OFFICE],
        _town("Iles de la Madeleine"),
        "2026-07-06T16:00-04:00",
        ("closed", "2026-07-07T08:00-04:00", None, False),
    ),
    "islands-village-written-without-its-article": (
        [OFFICE],
        _town("Étang-du-Nord"),
        "2026-07-06T16:30-04:00",
        ("closed", "2026-07-07T08:00-04:00", None, False),
    ),
    "round-the-clock-season-ends-on-its-last-day": (
        [weekly(EVERY_DAY, "00:00", "24:00", valid_from="2026-11-15", valid_to="2027-04-15")],
        MONTREAL,
        "2026-12-01T12:00-05:00",
        ("open", "2027-04-16T00:00-04:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_round15_rules(name: str) -> None:
    check(CASES[name])


def test_the_1_1_export_keeps_a_date_without_hours_closed(tmp_path: Path) -> None:
    rows = [
        {"id": "shut", "service_id": "s", **dated("2026-06-24", description="Fermé – Fête nationale")},
        {"id": "eve", "service_id": "s", **dated("2026-12-24", opens_at="09:00", closes_at="12:00")},
        {
            "id": "note",
            "service_id": "s",
            **dated("2026-07-01", "2026-07-31", description="Horaire variable"),
        },
    ]
    legacy_export.write(tmp_path, {"schedule": rows})
    with (tmp_path / "holiday_schedules.csv").open(encoding="utf-8") as handle:
        written = {row["id"]: row["closed"] for row in csv.DictReader(handle)}
    assert written == {"shut": "true", "eve": "false", "note": "false"}
