"""Round 22's general rules beyond the tester's cases (tests/directory/test_hours_round22.py), on
cases written here:
- a country that keeps one clock is read in its zone, from the tz database's own tables
  (directory/country_zones.py): India's `IN` or `India` (a state `MH` or `IN` there is no US
  state), Nepal's +05:45, the Philippines, Sri Lanka, Japan; a country whose zones all keep the
  same offsets (Argentina) its first; a country of several clocks (Australia, Canada and the
  United States without a province or state) is not guessed: the schedule's offset, else the
  hotline's zone, as before; the hand table still wins (Germany's Berlin, Saint-Pierre);
- closures alone give no hours: a service whose rows only close (a dated Christmas closure, a
  weekly Sunday closure, a lunch break, a summer closure) is closed on the days they close and of
  unknown hours on the others (call first), not "closed" every day; beside hours, unchanged.
"""

from __future__ import annotations

import zoneinfo

import pytest

from directory.country_zones import _table, single_zone
from directory.zones import holiday_region, location_zone
from tests.directory.hours_round14 import WEEKDAYS, Case, check, line, weekly

pytestmark = pytest.mark.pure

TORONTO_PLACE = {"time_zone": "America/Toronto", "state_province": "ON", "country": "CA"}
CHRISTMAS = {"valid_from": "2026-12-25", "valid_to": "2026-12-25", "closed": True}


@pytest.mark.parametrize(
    ("city", "state", "country", "zone"),
    [
        ("Mumbai", "MH", "IN", "Asia/Kolkata"),
        ("Pune", "Maharashtra", "India", "Asia/Kolkata"),
        ("Chennai", "TN", "in", "Asia/Kolkata"),
        ("Kathmandu", None, "Nepal", "Asia/Kathmandu"),
        ("Davao", "Davao del Sur", "PH", "Asia/Manila"),
        ("Colombo", None, "Sri Lanka", "Asia/Colombo"),
        ("Osaka", None, "JP", "Asia/Tokyo"),
        ("Rosario", "Santa Fe", "AR", "America/Argentina/Buenos_Aires"),
        ("Munich", "Bavaria", "DE", "Europe/Berlin"),
        ("Saint-Pierre", None, "FR", "America/Miquelon"),
        ("Indianapolis", "IN", "US", "America/Indiana/Indianapolis"),
        ("Perth", "WA", "AU", "America/Toronto"),
        (None, None, "Canada", "America/Toronto"),
        ("Denver", None, "US", "America/Toronto"),
        ("Regina", "SK", "CA", "America/Regina"),
    ],
)
def test_a_country_of_one_clock_is_read_in_its_zone(
    city: str | None, state: str | None, country: str, zone: str
) -> None:
    found = location_zone(None, "America/Toronto", state_province=state, country=country, city=city)
    assert str(found) == zone


def test_a_country_of_several_clocks_keeps_the_schedules_offset_and_one_clock_wins_over_it() -> None:
    perth = location_zone(None, "America/Toronto", country="AU", schedules=[{"timezone": 8}])
    cebu = location_zone(None, "America/Toronto", country="Philippines", schedules=[{"timezone": -5}])
    assert (str(perth), str(cebu)) == ("UTC+08:00", "Asia/Manila")


@pytest.mark.parametrize("country", ["CA", "US", "AU", "BR", "RU", "MX", "CN", "", None, "Atlantis"])
def test_no_zone_is_guessed_for_a_country_of_several_clocks_or_none(country: str | None) -> None:
    assert single_zone(country) is None


def test_a_country_of_one_clock_keeps_no_holidays_it_does_not_have() -> None:
    assert holiday_region("MH", "IN") == holiday_region(None, "Nepal") == "XX"


KOLKATA = {"time_zone": None, "city": "Pune", "state_province": "MH", "country": "India"}
KATHMANDU = {"time_zone": None, "city": "Kathmandu", "state_province": None, "country": "NP"}

ONE_CLOCK: list[Case] = [
    # 04:29:59Z on Monday 9 March 2026 is 09:59:59 in Pune: closed, next 10:00 +05:30
    ([weekly(WEEKDAYS, "10:00", "17:00")], KOLKATA, "2026-03-09T04:29:59+00:00",
     ("closed", "2026-03-09T10:00:00+05:30", None, False)),
    # 11:14:59Z is 16:59:59 in Kathmandu: open until 17:00 +05:45
    ([weekly(WEEKDAYS, "10:00", "17:00")], KATHMANDU, "2026-03-09T11:14:59+00:00",
     ("open", "2026-03-09T17:00:00+05:45", None, False)),
    # 11:15Z is 17:00 there: closed, next Tuesday 10:00 +05:45
    ([weekly(WEEKDAYS, "10:00", "17:00")], KATHMANDU, "2026-03-09T11:15:00+00:00",
     ("closed", "2026-03-10T10:00:00+05:45", None, False)),
]  # fmt: skip


@pytest.mark.parametrize("case", ONE_CLOCK)
def test_hours_of_a_country_of_one_clock_follow_its_clock(case: Case) -> None:
    check(case)


ONLY_CLOSURES: list[Case] = [
    # a dated closure alone: closed that day, hours unknown the day before and after
    ([CHRISTMAS], TORONTO_PLACE, "2026-12-25T11:00:00-05:00", ("closed", None, "closed", False)),
    ([CHRISTMAS], TORONTO_PLACE, "2026-12-24T11:00:00-05:00", ("unknown", None, "unknown", False)),
    ([CHRISTMAS], TORONTO_PLACE, "2026-12-26T11:00:00-05:00", ("unknown", None, "unknown", False)),
    # hours given only in words beside it: the words are not read, the same answers
    ([{"description": "Mon-Fri 9-4"}, CHRISTMAS], TORONTO_PLACE, "2026-12-25T11:00:00-05:00",
     ("closed", None, "closed", False)),
    ([{"description": "Mon-Fri 9-4"}, CHRISTMAS], TORONTO_PLACE, "2026-12-23T11:00:00-05:00",
     ("unknown", None, "unknown", False)),
    # a weekly Sunday closure alone: Sunday closed, Monday unknown
    ([{"freq": "WEEKLY", "byday": "SU", "closed": True}], TORONTO_PLACE, "2026-03-08T10:00:00-04:00",
     ("closed", None, "closed", False)),
    ([{"freq": "WEEKLY", "byday": "SU", "closed": True}], TORONTO_PLACE, "2026-03-09T10:00:00-04:00",
     ("unknown", None, "unknown", False)),
    # a lunch break alone closes no whole day: unknown
    ([weekly("MO", "12:00", "13:00", closed=True)], TORONTO_PLACE, "2026-03-09T10:00:00-04:00",
     ("unknown", None, "unknown", False)),
    # a summer closure in words: closed in July, unknown in August
    ([{"valid_from": "2026-07-01", "valid_to": "2026-07-31", "description": "Fermeture estivale"}],
     TORONTO_PLACE, "2026-07-15T10:00:00-04:00", ("closed", None, "closed", False)),
    ([{"valid_from": "2026-07-01", "valid_to": "2026-07-31", "description": "Fermeture estivale"}],
     TORONTO_PLACE, "2026-08-03T10:00:00-04:00", ("unknown", None, "unknown", False)),
    # shut from a day on: closed after it, nothing next (unchanged); unknown before it
    ([{"valid_from": "2026-07-01", "closed": True, "description": "Permanently closed"}],
     TORONTO_PLACE, "2026-08-03T10:00:00-04:00", ("closed", None, "closed", False)),
    ([{"valid_from": "2026-07-01", "closed": True, "description": "Permanently closed"}],
     TORONTO_PLACE, "2026-06-03T10:00:00-04:00", ("unknown", None, "unknown", False)),
    # beside weekly hours, unchanged: open on the 24th, closed on the 25th, on the 26th next Monday
    ([weekly(WEEKDAYS, "09:00", "17:00"), CHRISTMAS], TORONTO_PLACE, "2026-12-24T11:00:00-05:00",
     ("open", "2026-12-24T17:00:00-05:00", line("9:00–17:00"), False)),
    ([weekly(WEEKDAYS, "09:00", "17:00"), CHRISTMAS], TORONTO_PLACE, "2026-12-25T11:00:00-05:00",
     ("closed", "2026-12-28T09:00:00-05:00", "closed", False)),
    ([weekly(WEEKDAYS, "09:00", "17:00"), CHRISTMAS], TORONTO_PLACE, "2026-12-26T11:00:00-05:00",
     ("closed", "2026-12-28T09:00:00-05:00", "closed", False)),
]  # fmt: skip


@pytest.mark.parametrize("case", ONLY_CLOSURES)
def test_closures_alone_give_no_hours_but_close_their_days(case: Case) -> None:
    check(case)


def test_the_tables_are_read_from_the_tzdata_package_without_system_zones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A host without /usr/share/zoneinfo reads its zones from `tzdata`, and so its tables."""
    monkeypatch.setattr(zoneinfo, "TZPATH", ())
    assert ("IN", "Asia/Kolkata") in {(fields[0], fields[2]) for fields in _table("zone.tab")}
    assert ["NP", "Nepal"] in _table("iso3166.tab")
