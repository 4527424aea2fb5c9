"""Round 13 of tricky opening hours: the forms the hours come in (HSDS 1.x holiday schedules, HSDS
1.x API JSON, RFC 5545 `bymonth`) and a service 24/7 at one place with office hours at another.
Read by the importer's readers and checks, then asked as matching and the list ask. Pure: no
database.

Choices (HSDS' and RFC 5545's own words decide):
- HSDS 1.1 `holiday_schedule.closed` "indicates if a service or location is closed during a public
  holiday"; `closed` false with no hours says the service is not closed and gives no other hours:
  its regular hours stand (the row is read as saying nothing). With hours, they are that day's.
- HSDS 1.x API JSON (Ohana, HSDA 1.x) nests a service's or location's hours as `regular_schedules`
  (`weekday`, `opens_at`, `closes_at`) and `holiday_schedules` (`start_date`..`end_date`,
  `closed`); on a service or location they are read as the 1.x CSV files are. Elsewhere (an Ohana
  location, which holds its services and reads as an organization) they are refused with the
  reason, never dropped in silence.
- The stored `always_open` flag says "24/7 at one of its places at least"; what the operator reads
  of a place is worked out from that place's schedules, so no schema change is needed: the match
  and the list answer per place.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from directory import legacy_csv
from directory.coercion import BadValue
from directory.dataset import Dataset, Row
from directory.hsds_json import read_document
from directory.importer import _check
from directory.place_schedules import always_open_at_a_place, schedules_that_apply
from tests.directory.test_hours_round11 import EVERY_DAY, WEEKDAYS, weekly
from tests.directory.test_hours_round12_legacy import HOLIDAY, day_row, holiday_row
from tests.directory.test_hours_round13_canada import answer

pytestmark = pytest.mark.pure

Item = dict[str, Any]
QUEBEC = {"state_province": "QC"}
MONDAY_OFFICE = [day_row(str(day)) for day in range(1, 6)]


def _checked(dataset: Dataset) -> list[Item]:
    """The schedule rows as the importer keeps them (1.x `weekday` read, `bymonth` said in dates)."""
    return [_check("schedule", row)[0] for row in dataset.table("schedule")]


def _legacy(folder: Path, holidays: list[dict[str, str]]) -> list[Item]:
    (folder / "datapackage.json").write_text("{}", encoding="utf-8")
    files = {
        "organizations.csv": [{"id": "o", "name": "Org"}],
        "locations.csv": [{"id": "l", "organization_id": "o", "name": "Lieu"}],
        "services.csv": [{"id": "s", "organization_id": "o", "name": "Service"}],
        "regular_schedules.csv": MONDAY_OFFICE,
        "holiday_schedules.csv": holidays,
    }
    for name, rows in files.items():
        header = (
            HOLIDAY if name == "holiday_schedules.csv" else list(dict.fromkeys(k for r in rows for k in r))
        )
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(header))
            writer.writeheader()
            writer.writerows(rows)
    return _checked(legacy_csv.read(folder))


class TestHolidayScheduleOf1x:
    def test_not_closed_and_no_hours_keeps_the_regular_hours(self, tmp_path: Path) -> None:
        rows = _legacy(tmp_path, [holiday_row("2026-12-25", "2026-12-25", "false")])
        found = answer(rows, QUEBEC, "2026-12-25T10:00-05:00")
        assert found[:3] == ("open", datetime.fromisoformat("2026-12-25T17:00-05:00"), "9:00–17:00 HNE")

    def test_not_closed_with_evening_hours_past_midnight(self, tmp_path: Path) -> None:
        rows = _legacy(tmp_path, [holiday_row("2026-07-01", "2026-07-01", "false", "18:00", "02:00")])
        assert answer(rows, QUEBEC, "2026-07-01T10:00-04:00")[:3] == (
            "closed",
            datetime.fromisoformat("2026-07-01T18:00-04:00"),
            "18:00–2:00 HAE",
        )
        assert answer(rows, QUEBEC, "2026-07-02T01:30-04:00")[:2] == (
            "open",
            datetime.fromisoformat("2026-07-02T02:00-04:00"),
        )

    def test_closed_for_the_fete_nationale_long_weekend(self, tmp_path: Path) -> None:
        rows = _legacy(tmp_path, [holiday_row("2027-06-24", "2027-06-25", "true")])
        assert answer(rows, QUEBEC, "2027-06-25T10:00-04:00")[:3] == (
            "closed",
            datetime.fromisoformat("2027-06-28T09:00-04:00"),
            "closed",
        )


def _service_document(regular: list[Item], holiday: list[Item]) -> dict[str, Any]:
    service = {
        "id": "s",
        "name": "Hébergement",
        "status": "active",
        "regular_schedules": regular,
        "holiday_schedules": holiday,
    }
    return {"organizations": [{"id": "o", "name": "Org", "services": [service]}]}


class TestApiJsonOf1x:
    def test_a_service_with_1x_schedules_is_read(self) -> None:
        dataset = Dataset()
        regular = [
            {"id": 1, "weekday": "Monday", "opens_at": "09:00", "closes_at": "17:00"},
            {"id": 2, "weekday": 2, "opens_at": "09:00", "closes_at": "17:00"},
        ]
        holiday = [{"id": 1, "closed": True, "start_date": "2026-12-07", "end_date": "2026-12-08"}]
        read_document(_service_document(regular, holiday), "services.json", dataset)
        assert not dataset.rejected
        rows = _checked(dataset)
        assert sorted(str(row["id"]) for row in rows) == ["1", "2", "holiday-1"]
        assert all(row["service_id"] == "s" for row in rows)
        assert answer(rows, QUEBEC, "2026-12-08T10:00-05:00")[:3] == (
            "closed",
            datetime.fromisoformat("2026-12-14T09:00-05:00"),
            "closed",
        )
        assert answer(rows, QUEBEC, "2026-12-15T10:00-05:00")[0] == "open"

    def test_a_1x_holiday_with_special_hours(self) -> None:
        dataset = Dataset()
        regular = [{"id": 1, "weekday": "Thursday", "opens_at": "09:00", "closes_at": "17:00"}]
        holiday = [
            {
                "id": 9,
                "closed": "false",
                "start_date": "2026-12-24",
                "opens_at": "09:00",
                "closes_at": "12:00",
            }
        ]
        read_document(_service_document(regular, holiday), "services.json", dataset)
        rows = _checked(dataset)
        assert answer(rows, QUEBEC, "2026-12-24T12:30-05:00")[:3] == (
            "closed",
            datetime.fromisoformat("2026-12-31T09:00-05:00"),
            "9:00–12:00 HNE",
        )

    def test_an_ohana_location_is_refused_with_the_reason(self) -> None:
        dataset = Dataset()
        location = {
            "id": 22,
            "name": "Maison",
            "latitude": 45.5,
            "longitude": -73.57,
            "regular_schedules": [{"id": 1, "weekday": "Monday", "opens_at": "09:00", "closes_at": "17:00"}],
            "services": [{"id": 7, "name": "Hébergement", "status": "active"}],
        }
        read_document([location], "locations.json", dataset)
        assert not dataset.table("schedule")
        [refused] = dataset.rejected
        assert refused.source == "locations.json#/0/regular_schedules"
        assert "HSDS 1.x regular_schedules" in refused.reason and "HSDS 3 JSON" in refused.reason


def _import_form(**fields: Any) -> Item:
    row = {"id": "x", "service_id": "s", "opens_at": "10:00", "closes_at": "14:00", **fields}
    return _check("schedule", Row("schedule", row, "schedules.csv:2"))[0]


class TestByMonthAtImport:
    def test_thanksgiving_is_said_in_hsds_fields(self) -> None:
        known = _import_form(freq="YEARLY", bymonth="10", byday="2MO", closed=True)
        assert (known["freq"], known["byday"], known["valid_from"], known["valid_to"]) == (
            "MONTHLY",
            "2MO",
            "0001-10-01",
            "0001-10-31",
        )
        assert "bymonth" not in known

    def test_a_winter_season_across_new_year(self) -> None:
        known = _import_form(freq="WEEKLY", byday="SA", bymonth="11,12,1,2")
        assert (known["valid_from"], known["valid_to"]) == ("0001-11-01", "0001-02-28")
        assert answer([known], QUEBEC, "2027-01-09T11:00-05:00")[0] == "open"
        assert answer([known], QUEBEC, "2026-10-31T11:00-04:00")[:2] == (
            "closed",
            datetime.fromisoformat("2026-11-07T10:00-05:00"),
        )

    @pytest.mark.parametrize(
        ("fields", "reason"),
        [
            ({"freq": "YEARLY", "bymonth": "1,7", "byday": "MO"}, "one stretch"),
            ({"freq": "WEEKLY", "bymonth": "13", "byday": "MO"}, "1 to 12"),
            ({"freq": "YEARLY", "bymonth": "10", "byday": "MO", "valid_from": "2026-01-01"}, "valid_from"),
            (
                {"freq": "YEARLY", "bymonth": "10", "byday": "MO", "interval": 2, "dtstart": "2026-10-01"},
                "interval",
            ),
            ({"freq": "YEARLY", "bymonth": "10"}, "no day"),
        ],
    )
    def test_what_cannot_be_said_is_refused(self, fields: Item, reason: str) -> None:
        with pytest.raises(BadValue, match=reason):
            _import_form(**fields)


SHELTER_LINE = weekly(EVERY_DAY, "00:00", "00:00", service_at_location_id="at-shelter", service_id="s")
OFFICE_HOURS = weekly(WEEKDAYS, "09:00", "17:00", service_at_location_id="at-office", service_id="s")


class TestTwentyFourSevenAtOnePlace:
    @pytest.mark.parametrize(
        ("sal_id", "location_id", "expected"),
        [
            ("at-shelter", "l-shelter", ("open", None, "24/7", "24/7", True)),
            (
                "at-office",
                "l-office",
                ("closed", "2026-12-07T09:00-05:00", "9:00–17:00 HNE", "9:00–17:00 EST", False),
            ),
        ],
    )
    def test_each_place_answers_for_itself_at_3_am(
        self, sal_id: str, location_id: str, expected: tuple[Any, ...]
    ) -> None:
        rows = schedules_that_apply([SHELTER_LINE, OFFICE_HOURS], "s", sal_id, location_id)
        status, following, *rest = expected
        assert answer(rows, QUEBEC, "2026-12-07T03:00-05:00") == (
            status,
            datetime.fromisoformat(following) if following else None,
            *rest,
        )

    def test_the_stored_flag_is_24_7_at_one_place_at_least(self) -> None:
        places = [("at-shelter", "l-shelter"), ("at-office", "l-office")]
        assert always_open_at_a_place([SHELTER_LINE, OFFICE_HOURS], "s", places)
        assert not always_open_at_a_place([SHELTER_LINE, OFFICE_HOURS], "s", places[1:])
