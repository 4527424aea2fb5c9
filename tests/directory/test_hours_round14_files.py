"""Round 14 of tricky opening hours, written before reading the schedule code: the same questions
asked of whole partner files (HSDS 3.1 JSON with nested schedules, a tabular package's
schedules.csv as a spreadsheet saves it, HSDS 1.1 CSV with holiday schedules), read by the
importer's readers. Pure: no database.

Choices:
- A spreadsheet's `TRUE`/`FALSE`, `Yes`/`No` in `closed` say what they say.
- Nested schedules belong to the object they sit in (a service at location's own hours win there).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from directory import legacy_csv, tabular
from directory.dataset import Dataset
from directory.hsds_json import read_document
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Expected, check, line, weekly

pytestmark = pytest.mark.pure

MONDAY = "2026-12-07"


def _rows(dataset: Dataset) -> list[dict[str, Any]]:
    assert not dataset.rejected, dataset.rejected
    return [dict(row.data) for row in dataset.table("schedule")]


def _document() -> dict[str, Any]:
    location = {
        "id": "l",
        "name": "Refuge",
        "schedules": [weekly(EVERY_DAY, "00:00", "00:00", id="loc-hours")],
    }
    service = {
        "id": "s",
        "name": "Accueil",
        "status": "active",
        "schedules": [weekly(WEEKDAYS, "09:00", "17:00", id="service-hours")],
        "service_at_locations": [
            {"id": "sal", "location": location, "schedules": [weekly("SA", "10:00", "14:00", id="sal-hours")]}
        ],
    }
    return {"id": "o", "name": "Org", "services": [service]}


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (f"{MONDAY}T10:00-05:00", ("closed", "2026-12-12T10:00-05:00", "closed", False)),
        ("2026-12-12T11:00-05:00", ("open", "2026-12-12T14:00-05:00", line("10:00–14:00"), False)),
    ],
)
def test_nested_hsds_3_json_the_place_hours_win(when: str, expected: Expected) -> None:
    dataset = Dataset()
    read_document(_document(), "organization_full.json", dataset)
    check((_rows(dataset), {}, when, expected))


SCHEDULE_HEADER = (
    "id",
    "service_id",
    "freq",
    "byday",
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "closed",
)


def _write(path: Path, header: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(header))
        writer.writeheader()
        writer.writerows(rows)


def test_tabular_schedules_as_a_spreadsheet_saves_them(tmp_path: Path) -> None:
    rows = [
        {
            "id": "1",
            "service_id": "s",
            "freq": "WEEKLY",
            "byday": "MO,TU,WE,TH,FR",
            "opens_at": "9:00 AM",
            "closes_at": "5:00 PM",
            "valid_from": "",
            "valid_to": "",
            "closed": "FALSE",
        },
        {
            "id": "2",
            "service_id": "s",
            "freq": "",
            "byday": "",
            "opens_at": "",
            "closes_at": "",
            "valid_from": MONDAY,
            "valid_to": MONDAY,
            "closed": "TRUE",
        },
    ]
    _write(tmp_path / "schedules.csv", SCHEDULE_HEADER, rows)
    read = _rows(tabular.read([("schedule", tmp_path / "schedules.csv")]))
    check((read, {}, f"{MONDAY}T10:00-05:00", ("closed", "2026-12-08T09:00-05:00", "closed", False)))
    check((read, {}, "2026-12-08T16:30-05:00", ("open", "2026-12-08T17:00-05:00", line("9:00–17:00"), False)))


def test_hsds_1_holiday_closed_yes(tmp_path: Path) -> None:
    (tmp_path / "datapackage.json").write_text("{}", encoding="utf-8")
    _write(tmp_path / "organizations.csv", ("id", "name"), [{"id": "o", "name": "Org"}])
    _write(
        tmp_path / "services.csv",
        ("id", "organization_id", "name"),
        [{"id": "s", "organization_id": "o", "name": "S"}],
    )
    regular = [
        {"id": str(day), "service_id": "s", "weekday": name, "opens_at": "9am", "closes_at": "5pm"}
        for day, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri"))
    ]
    _write(
        tmp_path / "regular_schedules.csv", ("id", "service_id", "weekday", "opens_at", "closes_at"), regular
    )
    holiday = [
        {"id": "h", "service_id": "s", "closed": "Yes", "start_date": "12/25/2026", "end_date": "12/25/2026"}
    ]
    _write(
        tmp_path / "holiday_schedules.csv", ("id", "service_id", "closed", "start_date", "end_date"), holiday
    )
    read = _rows(legacy_csv.read(tmp_path))
    check((read, {}, "2026-12-25T10:00-05:00", ("closed", "2026-12-28T09:00-05:00", "closed", False)))
    check((read, {}, "2026-12-24T10:00-05:00", ("open", "2026-12-24T17:00-05:00", line("9:00–17:00"), False)))
