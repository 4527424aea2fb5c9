"""Round 12 of tricky opening hours: HSDS 1.x and Open Referral UK files (`regular_schedules.csv`
with `weekday`, `holiday_schedules.csv` with `closed` and a `start_date`..`end_date` range) read by
the importer, then asked as matching and the list ask. Pure: no database (directory.legacy_csv).

Choices (HSDS' own words decide):
- `weekday` is "the day of the week that this entry relates to": an integer 1 to 7, 1 = Monday
  (HSDS 1.1.1, after openreferral/specification#164; ISO 8601); Ohana also writes the full name
  ("Monday") or its first three letters ("Tue"); a French name or a day code reads the same.
  `0` is refused (it is Sunday in some systems and Monday in others), as is any other word.
- A `regular_schedules.csv` row with no `weekday` but RFC 5545 fields (`freq`, `byday`: Open
  Referral UK, the HSDS 2.0 way) keeps them.
- `holiday_schedule.start_date`..`end_date` is inclusive (the "last day" the service is closed);
  `closed` false with hours gives that day's hours (they replace the weekly ones); `closed` true
  closes the whole day even when hours are given too.
- A zone suffix on 1.x times (`09:00-08:00`, which HSDS 1.1 asks for) is kept: it is the zone the
  hours are read in when the location has none.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from directory import legacy_csv
from directory.dataset import Dataset
from directory.place_schedules import place_rules
from directory.schedule_rows import rules_from_rows
from directory.schedules import hours_on, state
from directory.zones import location_zone
from tests.directory.test_hours_round11 import TORONTO, _list_text

pytestmark = pytest.mark.pure

REGULAR = ("id", "service_id", "location_id", "service_at_location_id", "weekday", "opens_at", "closes_at")
HOLIDAY = (
    "id",
    "service_id",
    "location_id",
    "service_at_location_id",
    "closed",
    "opens_at",
    "closes_at",
    "start_date",
    "end_date",
)
MONDAY = date(2026, 12, 7)


def _write(folder: Path, name: str, header: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    with (folder / name).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(header))
        writer.writeheader()
        writer.writerows(rows)


def _read(
    folder: Path,
    regular: list[dict[str, str]],
    holiday: list[dict[str, str]] = (),  # type: ignore[assignment]
    regular_header: tuple[str, ...] = REGULAR,
) -> Dataset:
    """A 1.1 data package (datapackage.json present: ids kept) with one service at one location."""
    (folder / "datapackage.json").write_text("{}", encoding="utf-8")
    _write(folder, "organizations.csv", ("id", "name"), [{"id": "o", "name": "Org"}])
    _write(
        folder,
        "locations.csv",
        ("id", "organization_id", "name"),
        [{"id": "l", "organization_id": "o", "name": "Lieu"}],
    )
    _write(
        folder,
        "services.csv",
        ("id", "organization_id", "name"),
        [{"id": "s", "organization_id": "o", "name": "Service"}],
    )
    _write(folder, "regular_schedules.csv", regular_header, regular)
    if holiday:
        _write(folder, "holiday_schedules.csv", HOLIDAY, list(holiday))
    return legacy_csv.read(folder)


def day_row(weekday: str, opens: str = "09:00", closes: str = "17:00", **more: str) -> dict[str, str]:
    return {
        "id": f"r-{weekday}-{opens}",
        "service_id": "s",
        "weekday": weekday,
        "opens_at": opens,
        "closes_at": closes,
        **more,
    }


def holiday_row(first: str, last: str, closed: str, opens: str = "", closes: str = "") -> dict[str, str]:
    return {
        "id": f"h-{first}",
        "service_id": "s",
        "closed": closed,
        "start_date": first,
        "end_date": last,
        "opens_at": opens,
        "closes_at": closes,
    }


def _schedules(dataset: Dataset) -> list[dict[str, Any]]:
    return [row.data for row in dataset.table("schedule")]


def _byday(tmp_path: Path, weekday: str) -> str | None:
    dataset = _read(tmp_path, [day_row(weekday)])
    found = _schedules(dataset)
    return str(found[0]["byday"]) if found else None


# weekday as written -> the day code it becomes (None: refused, with the reason in the report)
WEEKDAYS: dict[str, str | None] = {
    "Monday": "MO",
    "monday": "MO",
    "MONDAY": "MO",
    " Tuesday ": "TU",
    "Mon": "MO",
    "Tue": "TU",
    "Thu.": "TH",
    "lundi": "MO",
    "Dimanche": "SU",
    "MO": "MO",
    "1": "MO",
    "7": "SU",
    "5": "FR",
    "0": None,
    "8": None,
    "Funday": None,
    "": None,
}


@pytest.mark.parametrize("weekday", list(WEEKDAYS))
def test_the_weekday_as_partners_write_it(tmp_path: Path, weekday: str) -> None:
    expected = WEEKDAYS[weekday]
    dataset = _read(tmp_path, [day_row(weekday)])
    found = [row.data["byday"] for row in dataset.table("schedule")]
    assert found == ([expected] if expected else [])
    if expected is None:
        assert [item.reason for item in dataset.rejected if item.table == "schedule"]
        assert all("weekday" in item.reason for item in dataset.rejected)


def test_iso_weekday_numbers_over_a_whole_week(tmp_path: Path) -> None:
    rows = [day_row(str(number), f"{8 + number:02d}:00", "23:00") for number in range(1, 8)]
    dataset = _read(tmp_path, rows)
    rules = rules_from_rows(_schedules(dataset))
    tz = location_zone(None, TORONTO)
    opened = [
        hours_on(rules, tz, date(2026, 12, 7 + offset)).openings[0][0].astimezone(tz).hour
        for offset in range(7)
    ]
    assert opened == [9, 10, 11, 12, 13, 14, 15]  # Monday 7 December 2026 is weekday 1


def test_an_open_referral_uk_row_with_rfc_5545_fields_and_no_weekday(tmp_path: Path) -> None:
    header = (*REGULAR, "freq", "byday", "description")
    row = {**day_row(""), "freq": "WEEKLY", "byday": "MO,WE", "description": "Drop-in"}
    dataset = _read(tmp_path, [row], regular_header=header)
    assert not dataset.rejected
    rules = rules_from_rows(_schedules(dataset))
    wednesday = datetime.fromisoformat("2026-12-09T10:00-05:00")
    assert state(rules, location_zone(None, TORONTO), wednesday).open
    assert not state(rules, location_zone(None, TORONTO), wednesday.replace(day=8)).open


WEEKLY_1_TO_5 = tuple(day_row(str(number)) for number in range(1, 6))


class TestHolidaySchedules:
    def _at(self, tmp_path: Path, holidays: list[dict[str, str]], when: str) -> tuple[bool, str]:
        rows = _schedules(_read(tmp_path, list(WEEKLY_1_TO_5), holidays))
        found = state(place_rules(rows), location_zone(None, TORONTO), datetime.fromisoformat(when))
        return found.open, _list_text(rows, None, when, "en")

    def test_a_closed_range_is_inclusive(self, tmp_path: Path) -> None:
        holidays = [holiday_row("2026-12-24", "2026-12-28", "true")]
        assert self._at(tmp_path, holidays, "2026-12-24T10:00-05:00") == (False, "closed")
        assert self._at(tmp_path, holidays, "2026-12-28T10:00-05:00") == (False, "closed")
        assert self._at(tmp_path, holidays, "2026-12-29T10:00-05:00") == (True, "9:00–17:00 EST")

    def test_special_hours_on_a_holiday(self, tmp_path: Path) -> None:
        holidays = [holiday_row("2026-12-24", "2026-12-24", "false", "10:00", "14:00")]
        assert self._at(tmp_path, holidays, "2026-12-24T09:30-05:00") == (False, "10:00–14:00 EST")
        assert self._at(tmp_path, holidays, "2026-12-24T13:59-05:00") == (True, "10:00–14:00 EST")
        assert self._at(tmp_path, holidays, "2026-12-24T16:00-05:00")[0] is False

    def test_opens_on_a_weekend_holiday(self, tmp_path: Path) -> None:
        holidays = [holiday_row("2026-12-26", "2026-12-26", "FALSE", "10:00", "14:00")]  # a Saturday
        assert self._at(tmp_path, holidays, "2026-12-26T11:00-05:00") == (True, "10:00–14:00 EST")

    def test_closed_true_in_capitals_and_hours_given_too(self, tmp_path: Path) -> None:
        holidays = [holiday_row("2026-12-25", "2026-12-25", "TRUE", "10:00", "14:00")]
        assert self._at(tmp_path, holidays, "2026-12-25T11:00-05:00") == (False, "closed")

    def test_ohana_dates_and_every_year(self, tmp_path: Path) -> None:
        holidays = [
            holiday_row("January 01, 0001", "January 01, 0001", "true"),
            holiday_row("12/31/2026", "12/31/26", "false", "9am", "12pm"),
        ]
        assert self._at(tmp_path, holidays, "2027-01-01T10:00-05:00") == (False, "closed")
        assert self._at(tmp_path, holidays, "2026-12-31T11:00-05:00") == (True, "9:00–12:00 EST")

    def test_a_range_across_new_year(self, tmp_path: Path) -> None:
        holidays = [holiday_row("2026-12-31", "2027-01-04", "true")]
        assert self._at(tmp_path, holidays, "2027-01-04T10:00-05:00") == (False, "closed")
        assert self._at(tmp_path, holidays, "2027-01-05T10:00-05:00")[0]


class TestLegacyTimes:
    def _hours(self, tmp_path: Path, opens: str, closes: str, when: str = "2026-12-07T12:00-05:00") -> str:
        rows = _schedules(_read(tmp_path, [day_row("1", opens, closes)]))
        return _list_text(rows, None, when, "fr")

    def test_seconds_and_ohana_am_pm(self, tmp_path: Path) -> None:
        assert self._hours(tmp_path, "09:00:00", "17:00:00") == "9:00–17:00 HNE"
        assert self._hours(tmp_path, "10am", "5pm") == "10:00–17:00 HNE"

    def test_an_offset_in_the_time_places_a_location_without_zone(self, tmp_path: Path) -> None:
        assert self._hours(tmp_path, "09:00-08:00", "17:00-08:00") == "12:00–20:00 HNE"

    def test_utc_times(self, tmp_path: Path) -> None:
        assert self._hours(tmp_path, "14:00Z", "22:00Z") == "9:00–17:00 HNE"

    def test_midnight_closing(self, tmp_path: Path) -> None:
        assert self._hours(tmp_path, "18:00:00", "24:00:00") == "18:00–0:00 HNE"
        assert self._hours(tmp_path, "18:00:00", "00:00:00") == "18:00–0:00 HNE"

    def test_an_unreadable_time_is_a_clear_import_error(self, tmp_path: Path) -> None:
        dataset = _read(tmp_path, [day_row("1", "nine", "17:00")])
        assert not dataset.table("schedule")
        assert [item.reason for item in dataset.rejected] == ["field opens_at: not a time of day: 'nine'"]

    def test_a_day_without_times_says_nothing(self, tmp_path: Path) -> None:
        rows = _schedules(_read(tmp_path, [day_row("1", "", "")]))
        assert _list_text(rows, None, "2026-12-07T12:00-05:00", "en") == "unknown"
