"""Round 13 of the hours per place (profile.md, "Opening hours"). Pure: no database.

1. The stored 24/7 flag pre-selects 24/7 candidates in an emergency: it says "24/7 at one of its
   places at least" by the rule used for display (the schedules that apply at each place), so a
   service that is 24/7 only through its location's hours is found, and one whose 24/7 hours are
   replaced at its only place by that place's own hours is not.
2. A dated closure of a less specific owner (a holiday on the service or the location) closes the
   regular hours of a more specific one (a service at location with its own weekly hours), unless
   that owner has its own dated row for that date: a hotline would rather say "closed" than send
   someone to a closed door.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from directory.place_schedules import always_open_at_a_place
from tests.directory.test_hours_levels import (
    ELSEWHERE,
    EVERY_DAY,
    HERE,
    OFFICE,
    PLACE,
    SERVICE,
    Row,
    _day,
    _hours,
    _match,
    on_date,
    weekly,
)

pytestmark = pytest.mark.pure

ALL_DAY = ("00:00", "00:00")
CHRISTMAS = "2026-12-25T12:00-05:00"
BOXING_DAY = "2026-12-26T12:00-05:00"
LATER = "2026-12-27T12:00-05:00"  # the days next to a closure are read hour by hour, not as 24/7
SERVICE_CHRISTMAS = on_date("2026-12-25", closed=True, **SERVICE)


def _flag(schedules: list[Row], places: list[tuple[str | None, str | None]]) -> bool:
    return always_open_at_a_place(schedules, "s", places)


class TestStoredAlwaysOpenFlag:
    def test_24_7_through_the_locations_hours(self) -> None:
        schedules = [weekly(EVERY_DAY, *ALL_DAY, **PLACE)]
        assert _flag(schedules, [("sal", "l")])
        assert _day(schedules, CHRISTMAS).always  # as the list shows it

    def test_24_7_through_the_location_of_a_second_place(self) -> None:
        schedules = [
            weekly(EVERY_DAY, *ALL_DAY, location_id="l-2"),
            weekly(EVERY_DAY, "09:00", "17:00", **HERE),
        ]
        assert _flag(schedules, [("sal", "l"), ("sal-2", "l-2")])

    def test_not_24_7_when_the_only_place_has_its_own_hours(self) -> None:
        schedules = [weekly(EVERY_DAY, *ALL_DAY, **SERVICE), weekly(EVERY_DAY, "09:00", "17:00", **HERE)]
        assert not _flag(schedules, [("sal", "l")])
        assert not _day(schedules, CHRISTMAS).always

    def test_the_services_hours_where_a_place_has_none(self) -> None:
        schedules = [weekly(EVERY_DAY, *ALL_DAY, **SERVICE), weekly(EVERY_DAY, "09:00", "17:00", **ELSEWHERE)]
        assert _flag(schedules, [("sal", "l"), ("sal-2", "l")])
        assert not _flag(schedules, [("sal-2", "l")])

    def test_a_service_without_places_reads_its_own_hours(self) -> None:
        assert _flag([weekly(EVERY_DAY, *ALL_DAY, **SERVICE)], [])
        assert not _flag([weekly(EVERY_DAY, *ALL_DAY, **PLACE)], [])

    def test_a_holiday_closure_does_not_clear_the_flag(self) -> None:
        schedules = [weekly(EVERY_DAY, *ALL_DAY, **PLACE), SERVICE_CHRISTMAS]
        assert _flag(schedules, [("sal", "l")])
        assert _day(schedules, CHRISTMAS).closed and _day(schedules, LATER).always


class TestClosuresOfLessSpecificOwners:
    """The service at location gives its own weekly hours; the service or the location a closure."""

    here = weekly(EVERY_DAY, "13:00", "15:00", **HERE)

    def test_the_services_christmas_closes_the_place(self) -> None:
        schedules = [OFFICE, SERVICE_CHRISTMAS, self.here]
        assert _day(schedules, CHRISTMAS).closed
        assert not _match(schedules, "2026-12-25T14:00-05:00").open_now
        assert _hours(_day(schedules, BOXING_DAY)) == [(13, 15)]
        found = _match(schedules, "2026-12-24T16:00-05:00")
        assert found.opens_at == datetime.fromisoformat("2026-12-26T13:00-05:00")

    def test_the_locations_closure_closes_the_place(self) -> None:
        schedules = [self.here, on_date("2026-12-25", closed=True, **PLACE)]
        assert _day(schedules, CHRISTMAS).closed

    def test_through_a_service_that_gives_hours(self) -> None:
        schedules = [OFFICE, on_date("2026-12-24", closed=True, **PLACE)]
        assert _day(schedules, "2026-12-24T12:00-05:00").closed
        assert _hours(_day(schedules, "2026-12-23T12:00-05:00")) == [(9, 17)]

    def test_a_dated_row_of_the_place_wins(self) -> None:
        open_here = [
            OFFICE,
            SERVICE_CHRISTMAS,
            self.here,
            on_date("2026-12-25", opens_at="10:00", closes_at="12:00", **HERE),
        ]
        assert _hours(_day(open_here, CHRISTMAS)) == [(10, 12)]
        assert _match(open_here, "2026-12-25T11:00-05:00").open_now

    def test_holiday_hours_of_the_service_do_not_reopen_the_place_the_location_closes(self) -> None:
        schedules = [
            self.here,
            on_date("2026-12-25", opens_at="10:00", closes_at="12:00", **SERVICE),
            on_date("2026-12-25", closed=True, **PLACE),
        ]
        assert _day(schedules, CHRISTMAS).closed

    def test_holiday_hours_of_the_service_do_not_replace_the_places_hours(self) -> None:
        schedules = [OFFICE, on_date("2026-12-24", opens_at="10:00", closes_at="12:00", **SERVICE), self.here]
        assert _hours(_day(schedules, "2026-12-24T08:00-05:00")) == [(13, 15)]

    def test_a_closure_with_hours_removes_those_hours_only(self) -> None:
        schedules = [
            weekly(EVERY_DAY, "09:00", "17:00", **HERE),
            on_date("2026-12-24", closed=True, opens_at="12:00", closes_at="17:00", **SERVICE),
        ]
        assert _hours(_day(schedules, "2026-12-24T08:00-05:00")) == [(9, 12)]

    def test_a_24_7_place_is_closed_on_the_services_holiday(self) -> None:
        schedules = [weekly(EVERY_DAY, *ALL_DAY, **HERE), SERVICE_CHRISTMAS]
        assert _day(schedules, CHRISTMAS).closed and _day(schedules, LATER).always
        assert _match(schedules, BOXING_DAY).open_now and not _match(schedules, CHRISTMAS).open_now
        assert _match(schedules, LATER).always_open

    def test_the_closure_cuts_the_night_before(self) -> None:
        schedules = [weekly(EVERY_DAY, "22:00", "06:00", **HERE), SERVICE_CHRISTMAS]
        assert not _match(schedules, "2026-12-25T02:00-05:00").open_now
        assert _match(schedules, "2026-12-24T23:00-05:00").open_now

    def test_another_places_closure_does_not_reach_this_one(self) -> None:
        schedules = [self.here, on_date("2026-12-25", closed=True, **ELSEWHERE)]
        assert _hours(_day(schedules, CHRISTMAS)) == [(13, 15)]
