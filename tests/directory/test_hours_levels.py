"""Hours chosen per place: the service at that location, else the service, else the location. The
24/7 flag follows the same choice (another place's 24/7 hours do not make this one 24/7), and a
level that gives no weekly hours of its own (only holiday closures, holiday hours or closures) is
laid over the next level's hours instead of hiding them (profile.md, "Opening hours"). Pure."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import pytest

from directory.listing import today
from directory.matching import _rank, _rules
from directory.place_schedules import schedules_that_apply
from directory.schedules import DayHours

pytestmark = pytest.mark.pure

Row = dict[str, Any]
TORONTO = "America/Toronto"
ZONE = ZoneInfo(TORONTO)
EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU"
MONDAY = "2026-12-07T12:00-05:00"
SUNDAY = "2026-12-13T12:00-05:00"


def weekly(byday: str, opens: str, closes: str, **owner: Any) -> Row:
    return {"freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes, **owner}


def on_date(day: str, **more: Any) -> Row:
    return {"valid_from": day, "valid_to": day, **more}


HERE = {"service_at_location_id": "sal", "service_id": "s"}
ELSEWHERE = {"service_at_location_id": "sal-2", "service_id": "s"}
SERVICE = {"service_id": "s"}
PLACE = {"location_id": "l"}
OFFICE = weekly("MO,TU,WE,TH,FR", "09:00", "17:00", **SERVICE)


def _day(schedules: list[Row], when: str, *, always: bool = False) -> DayHours:
    """The console list's day, from every schedule on file (as listing.services reads them)."""
    chosen = schedules_that_apply(schedules, "s", "sal", "l")
    return today({"always_open": always}, chosen, None, at=datetime.fromisoformat(when), default_zone=TORONTO)


def _hours(day: DayHours) -> list[tuple[int, int]]:
    return [(start.astimezone(ZONE).hour, end.astimezone(ZONE).hour) for start, end in day.openings]


def _match(schedules: list[Row], when: str, *, always: bool = False) -> Any:
    row = {
        "id": "s",
        "sal_id": "sal",
        "location_id": "l",
        "schedules": schedules,
        "always_open": always,
        "needs": ["legal"],
        "language_codes": [],
        "distance_km": None,
        "name": "S",
        "organization_id": None,
        "organization_name": None,
        "minimum_age": None,
        "maximum_age": None,
        "accepts_minors": None,
        "accepts_without_status": None,
    }
    return _rank(
        row,
        ["legal"],
        None,
        datetime.fromisoformat(when),
        False,
        None,
        _rules(row),
        [],
        ZONE,
        timedelta(hours=24),
    )


class TestAlwaysOpenPerPlace:
    """The service is 24/7 at another place (its flag is set); here only the location's hours apply."""

    schedules: ClassVar[list[Row]] = [
        weekly(EVERY_DAY, "00:00", "00:00", **ELSEWHERE),
        weekly("MO,TU,WE,TH,FR", "09:00", "17:00", **PLACE),
    ]

    def test_the_list_shows_this_places_hours(self) -> None:
        monday = _day(self.schedules, MONDAY, always=True)
        assert not monday.always and _hours(monday) == [(9, 17)]
        assert _day(self.schedules, SUNDAY, always=True).closed

    def test_matching_is_not_open_on_sunday(self) -> None:
        found = _match(self.schedules, SUNDAY, always=True)
        assert not found.always_open and not found.open_now
        assert found.opens_at == datetime.fromisoformat("2026-12-14T09:00-05:00")
        assert "open 24/7" not in found.reasons

    def test_no_hours_here_is_unknown_not_24_7(self) -> None:
        schedules = [weekly(EVERY_DAY, "00:00", "00:00", **ELSEWHERE)]
        assert not _day(schedules, SUNDAY, always=True).known
        found = _match(schedules, SUNDAY, always=True)
        assert not found.always_open and not found.open_now and found.opens_at is None

    def test_24_7_here_without_the_services_flag(self) -> None:
        schedules = [weekly(EVERY_DAY, "00:00", "00:00", **PLACE)]
        assert _day(schedules, SUNDAY).always
        found = _match(schedules, SUNDAY)
        assert found.always_open and found.open_now


class TestDatedRowsLaidOver:
    """A level with only dated rows (or closures) keeps the next level's weekly hours."""

    def test_a_holiday_closure_here_keeps_the_services_weekly_hours(self) -> None:
        schedules = [OFFICE, on_date("2026-12-25", closed=True, **HERE)]
        assert _hours(_day(schedules, MONDAY)) == [(9, 17)]
        assert _day(schedules, "2026-12-25T12:00-05:00").closed
        assert _match(schedules, MONDAY).open_now
        found = _match(schedules, "2026-12-24T18:00-05:00")
        assert found.opens_at == datetime.fromisoformat("2026-12-28T09:00-05:00")

    def test_holiday_hours_here_replace_the_weekly_hours_of_that_day_only(self) -> None:
        schedules = [OFFICE, on_date("2026-12-24", opens_at="10:00", closes_at="14:00", **HERE)]
        assert _hours(_day(schedules, "2026-12-24T08:00-05:00")) == [(10, 14)]
        assert _hours(_day(schedules, "2026-12-23T08:00-05:00")) == [(9, 17)]

    def test_a_weekly_closure_here_closes_that_day_only(self) -> None:
        schedules = [
            weekly(EVERY_DAY, "09:00", "17:00", **SERVICE),
            {"freq": "WEEKLY", "byday": "SA", "closed": True, **HERE},
        ]
        assert _day(schedules, "2026-12-12T12:00-05:00").closed
        assert _hours(_day(schedules, SUNDAY)) == [(9, 17)]

    def test_over_the_locations_hours_through_two_levels(self) -> None:
        schedules = [
            weekly("MO,TU,WE,TH,FR", "08:00", "16:00", **PLACE),
            on_date("2026-12-24", closed=True, **SERVICE),
            on_date("2026-12-25", closed=True, **HERE),
        ]
        assert _hours(_day(schedules, MONDAY)) == [(8, 16)]
        assert _day(schedules, "2026-12-24T12:00-05:00").closed
        assert _day(schedules, "2026-12-25T12:00-05:00").closed

    def test_a_closure_here_on_a_24_7_service(self) -> None:
        schedules = [
            weekly(EVERY_DAY, "00:00", "00:00", **SERVICE),
            on_date("2026-12-25", closed=True, **HERE),
        ]
        assert _day(schedules, MONDAY).always
        assert _match(schedules, MONDAY).always_open
        assert _day(schedules, "2026-12-25T12:00-05:00").closed
        assert not _match(schedules, "2026-12-25T12:00-05:00").open_now

    def test_the_more_specific_level_decides_a_date_both_give(self) -> None:
        opens_here = [
            OFFICE,
            on_date("2026-12-24", closed=True, **SERVICE),
            on_date("2026-12-24", opens_at="10:00", closes_at="14:00", **HERE),
        ]
        assert _hours(_day(opens_here, "2026-12-24T08:00-05:00")) == [(10, 14)]
        closed_here = [
            OFFICE,
            on_date("2026-12-24", opens_at="10:00", closes_at="14:00", **SERVICE),
            on_date("2026-12-24", closed=True, **HERE),
        ]
        assert _day(closed_here, "2026-12-24T08:00-05:00").closed
        shorter_here = [
            OFFICE,
            on_date("2026-12-24", opens_at="10:00", closes_at="14:00", **SERVICE),
            on_date("2026-12-24", opens_at="09:00", closes_at="12:00", **HERE),
        ]
        assert _hours(_day(shorter_here, "2026-12-24T08:00-05:00")) == [(9, 12)]

    def test_weekly_hours_here_replace_the_services_but_not_its_closures(self) -> None:
        schedules = [
            OFFICE,
            on_date("2026-12-25", closed=True, **SERVICE),
            weekly(EVERY_DAY, "13:00", "15:00", **HERE),
        ]
        assert _hours(_day(schedules, SUNDAY)) == [(13, 15)]
        assert _day(schedules, "2026-12-25T08:00-05:00").closed

    def test_a_note_here_hides_nothing(self) -> None:
        schedules = [OFFICE, {"description": "Call ahead", **HERE}]
        assert _hours(_day(schedules, MONDAY)) == [(9, 17)]
