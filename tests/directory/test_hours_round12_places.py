"""Round 12 of tricky opening hours: what an operator sees of one place and one service. Pure: no
database.

Choices (HSDS' and RFC 5545's own words decide):
- `attending_type` is free text in HSDS 3 ("in-person or remotely via video conferencing"): the
  rows of a service are its hours whatever the way of attending, so a phone line answering 24/7
  beside an office open 9:00-17:00 makes the service reachable 24/7 (it is, by phone); a phone
  line on weekdays only does not.
- Two services at one location each read their own hours; a location's hours are read only by a
  service without hours of its own (profile.md, "Which schedules apply at a place").
- The instant may come in UTC or local time: the day is the location's local day.
- An overnight row on Sunday runs into Monday morning across the week boundary.
- `schedule.timezone` is a UTC offset (HSDS 3: a number); a text offset (`-05:00`, `UTC-5`)
  reads the same; a name there (`EST`, `America/Toronto`) is refused at import with a reason
  naming `time_zone` (the location's IANA zone, which follows daylight saving).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, ClassVar

import pytest

from directory.coercion import BadValue
from directory.dataset import Row
from directory.importer import _check
from directory.place_schedules import always_open_at_a_place, place_rules, schedules_that_apply
from directory.schedules import hours_on, state
from directory.zones import location_zone
from tests.directory.test_hours_round11 import EVERY_DAY, TORONTO, WEEKDAYS, _list_text, weekly

pytestmark = pytest.mark.pure

Item = dict[str, Any]
PHONE_24_7 = weekly(EVERY_DAY, "00:00", "00:00", service_id="s", attending_type="phone")
OFFICE = weekly(WEEKDAYS, "09:00", "17:00", service_id="s", attending_type="in person")
MONDAY_20 = "2026-12-07T20:00-05:00"
at = datetime.fromisoformat


def _open(
    items: list[Item],
    when: str,
    service_id: str = "s",
    sal_id: str | None = "sal",
    location_id: str | None = "l",
) -> tuple[bool, datetime | None]:
    rows = schedules_that_apply(items, service_id, sal_id, location_id)
    tz = location_zone(None, TORONTO, schedules=rows)
    found = state(place_rules(rows), tz, datetime.fromisoformat(when))
    return found.open, (found.closes_at if found.open else found.opens_at)


def _text(items: list[Item], when: str, service_id: str = "s", lang: str = "en") -> str:
    return _list_text(schedules_that_apply(items, service_id, "sal", "l"), None, when, lang)


class TestAttendingType:
    def test_a_phone_line_24_7_beside_an_office(self) -> None:
        assert _open([PHONE_24_7, OFFICE], MONDAY_20) == (True, None)
        assert _text([PHONE_24_7, OFFICE], MONDAY_20) == "24/7"
        assert always_open_at_a_place([PHONE_24_7, OFFICE], "s", [("sal", "l")])

    def test_a_weekday_phone_line_beside_an_office(self) -> None:
        phone = weekly(WEEKDAYS, "08:00", "20:00", service_id="s", attending_type="phone")
        assert _open([phone, OFFICE], "2026-12-07T19:00-05:00") == (
            True,
            datetime.fromisoformat("2026-12-07T20:00-05:00"),
        )
        # the office's hours lie inside the phone line's: one reachable span (round 14)
        assert _text([phone, OFFICE], "2026-12-07T19:00-05:00", lang="fr") == "8:00–20:00 HNE"
        assert _open([phone, OFFICE], "2026-12-12T10:00-05:00") == (
            False,
            datetime.fromisoformat("2026-12-14T08:00-05:00"),
        )
        assert not always_open_at_a_place([phone, OFFICE], "s", [("sal", "l")])

    def test_online_only_hours_without_days_are_unknown(self) -> None:
        online = {"service_id": "s", "attending_type": "online", "opens_at": "00:00", "closes_at": "00:00"}
        assert _text([online], MONDAY_20) == "unknown"


class TestServicesOfOnePlace:
    location = weekly(EVERY_DAY, "08:00", "22:00", location_id="l")
    legal = weekly("TU,TH", "13:00", "16:00", service_id="legal")
    shelter = weekly(EVERY_DAY, "18:00", "08:00", service_id="shelter")
    counselling: ClassVar[Item] = {"service_id": "counselling", "description": "Sur rendez-vous"}

    def test_two_services_at_one_location_keep_their_own_hours(self) -> None:
        items = [self.location, self.legal, self.shelter]
        assert _open(items, MONDAY_20, "legal", None) == (False, at("2026-12-08T13:00-05:00"))
        assert _open(items, MONDAY_20, "shelter", None) == (True, at("2026-12-08T08:00-05:00"))
        assert _text(items, MONDAY_20, "legal") == "closed"
        assert _text(items, MONDAY_20, "shelter") == "18:00–8:00 EST"

    def test_the_service_disagrees_with_its_location(self) -> None:
        """The service's own hours, even outside the building's: a night shelter inside a day centre."""
        assert _open([self.location, self.shelter], "2026-12-08T03:00-05:00", "shelter", None)[0]
        assert not _open([self.location, self.legal], "2026-12-08T10:00-05:00", "legal", None)[0]

    def test_a_service_with_only_words_reads_its_location(self) -> None:
        items = [self.location, self.counselling]
        assert _open(items, MONDAY_20, "counselling", None) == (True, at("2026-12-07T22:00-05:00"))
        assert _text(items, MONDAY_20, "counselling") == "8:00–22:00 EST"

    def test_the_locations_holiday_closes_the_service(self) -> None:
        christmas = {"location_id": "l", "valid_from": "2026-12-25", "valid_to": "2026-12-25", "closed": True}
        items = [self.location, self.shelter, christmas]
        assert not _open(items, "2026-12-25T20:00-05:00", "shelter", None)[0]
        assert _open(items, "2026-12-26T20:00-05:00", "shelter", None)[0]


class TestInstantsAndTheWeekBoundary:
    sunday_night: ClassVar[list[Item]] = [weekly("SU", "22:00", "06:00", service_id="s")]

    @pytest.mark.parametrize(
        ("when", "is_open", "following"),
        [
            ("2026-12-13T23:59-05:00", True, "2026-12-14T06:00-05:00"),
            ("2026-12-14T00:00-05:00", True, "2026-12-14T06:00-05:00"),
            ("2026-12-14T05:00Z", True, "2026-12-14T06:00-05:00"),  # 00:00 in Toronto, given in UTC
            ("2026-12-14T05:59:59-05:00", True, "2026-12-14T06:00-05:00"),
            ("2026-12-14T06:00-05:00", False, "2026-12-20T22:00-05:00"),
            ("2026-12-13T21:59-05:00", False, "2026-12-13T22:00-05:00"),
            ("2026-12-14T02:59Z", False, "2026-12-13T22:00-05:00"),  # Sunday 21:59 in Toronto
        ],
    )
    def test_sunday_night_into_monday(self, when: str, is_open: bool, following: str) -> None:
        assert _open(self.sunday_night, when) == (is_open, datetime.fromisoformat(following))

    def test_sunday_to_midnight_then_monday_from_midnight_read_as_one(self) -> None:
        rows = [
            weekly("SU", "22:00", "24:00", service_id="s"),
            weekly("MO", "00:00", "06:00", service_id="s"),
        ]
        assert _open(rows, "2026-12-13T23:00-05:00") == (True, at("2026-12-14T06:00-05:00"))

    def test_the_utc_date_is_not_the_local_date(self) -> None:
        rows = [weekly("MO", "20:00", "23:00", service_id="s")]
        assert _open(rows, "2026-12-08T03:30Z") == (True, datetime.fromisoformat("2026-12-07T23:00-05:00"))
        assert _text(rows, "2026-12-08T03:30+00:00") == "20:00–23:00 EST"

    def test_a_vancouver_place_asked_at_a_montreal_instant(self) -> None:
        rows = [weekly("MO", "09:00", "17:00", service_id="s")]
        tz = location_zone("America/Vancouver", TORONTO)
        found = state(place_rules(rows), tz, datetime.fromisoformat("2026-12-07T11:30-05:00"))
        assert not found.open and found.opens_at == datetime.fromisoformat("2026-12-07T12:00-05:00")
        day = hours_on(place_rules(rows), tz, datetime(2026, 12, 7).date())
        assert day.openings[0][1] - day.openings[0][0] == timedelta(hours=8)


def _checked(**fields: Any) -> dict[str, Any]:
    row = {
        "id": "x",
        "service_id": "s",
        "freq": "WEEKLY",
        "byday": "MO",
        "opens_at": "09:00",
        "closes_at": "17:00",
        **fields,
    }
    known, _ = _check("schedule", Row("schedule", row, "schedules.csv:2"))
    return known


class TestScheduleTimezoneAtImport:
    @pytest.mark.parametrize(
        ("written", "hours"),
        [
            (-5, -5),
            ("-5", -5),
            ("-3.5", -3.5),
            ("-05:00", -5),
            ("+01:00", 1),
            ("-03:30", -3.5),
            ("UTC-5", -5),
            ("UTC+01:00", 1),
            ("GMT-8", -8),
            ("UTC", 0),
            ("Z", 0),
            ("GMT-3.5", -3.5),
            ("-0500", -5),
            ("UTC +5:30", 5.5),
        ],
    )
    def test_an_offset_is_kept_as_hours(self, written: Any, hours: float) -> None:
        assert _checked(timezone=written)["timezone"] == hours

    @pytest.mark.parametrize("written", ["EST", "America/Toronto", "heure de l'Est", "UTC-25"])
    def test_a_name_is_refused_with_what_to_give(self, written: str) -> None:
        with pytest.raises(BadValue, match="time_zone"):
            _checked(timezone=written)

    def test_until_before_dtstart_is_refused(self) -> None:
        with pytest.raises(BadValue, match="until"):
            _checked(dtstart="2026-12-01", until="2026-11-01")


class TestWeekdayInAnHsds3Row:
    """A schedule converted from HSDS 1.x or 2.0 that kept `weekday` instead of `freq`/`byday`."""

    @pytest.mark.parametrize(("weekday", "byday"), [(1, "MO"), ("7", "SU"), ("Tuesday", "TU"), ("sam", "SA")])
    def test_weekly_on_that_day(self, weekday: Any, byday: str) -> None:
        known = _checked(freq=None, byday=None, weekday=weekday)
        assert (known["freq"], known["byday"]) == ("WEEKLY", byday)

    def test_byday_wins_over_weekday(self) -> None:
        assert _checked(weekday="2")["byday"] == "MO"

    def test_an_unreadable_weekday_is_refused(self) -> None:
        with pytest.raises(BadValue, match="weekday"):
            _checked(freq=None, byday=None, weekday="0")
