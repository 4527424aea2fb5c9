"""The zone a location's hours are read in: its IANA zone, its province's, the schedule's offset."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from directory.zones import location_zone, province_zone

pytestmark = pytest.mark.pure

JANUARY, JULY = datetime(2027, 1, 15, 12), datetime(2027, 7, 15, 12)


def offsets(zone: object) -> tuple[timedelta | None, timedelta | None]:
    assert hasattr(zone, "utcoffset")
    return zone.utcoffset(JANUARY), zone.utcoffset(JULY)


@pytest.mark.parametrize(
    ("province", "expected"),
    [
        ("BC", "America/Vancouver"),
        ("AB", "America/Edmonton"),
        ("NL", "America/St_Johns"),
        ("NS", "America/Halifax"),
        ("NB", "America/Halifax"),
        ("PE", "America/Halifax"),
        ("MB", "America/Winnipeg"),
        ("SK", "America/Regina"),
        ("QC", "America/Toronto"),
        ("Colombie-Britannique", "America/Vancouver"),
        ("Québec", "America/Toronto"),
        ("Newfoundland and Labrador", "America/St_Johns"),
        ("nouvelle-écosse", "America/Halifax"),
        (" bc ", "America/Vancouver"),
        ("Terre-Neuve-et-Labrador", "America/St_Johns"),
    ],
)
def test_canadian_provinces(province: str, expected: str) -> None:
    assert province_zone(province, "CA") == expected
    assert province_zone(province, None) == expected


def test_a_province_code_elsewhere_than_canada_is_not_read() -> None:
    assert province_zone("BC", "US") is None and province_zone("BC", "France") is None
    assert province_zone("NY", None) is None and province_zone("Nowhere", "CA") is None


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("NY", "America/New_York"),
        ("CA", "America/Los_Angeles"),
        ("tx", "America/Chicago"),
        ("AZ", "America/Phoenix"),
        ("ON", None),
    ],
)
def test_states_of_the_united_states_when_the_country_says_so(state: str, expected: str | None) -> None:
    assert province_zone(state, "USA") == expected


def test_the_iana_zone_comes_first_then_the_province_then_the_offset_then_the_default() -> None:
    schedules = [{"timezone": -3.5, "opens_at": "09:00"}]
    assert (
        str(location_zone("Europe/Paris", "America/Toronto", state_province="BC", schedules=schedules))
        == "Europe/Paris"
    )
    assert (
        str(location_zone(None, "America/Toronto", state_province="BC", schedules=schedules))
        == "America/Vancouver"
    )
    fixed = location_zone(None, "America/Toronto", schedules=schedules)
    assert offsets(fixed) == (timedelta(hours=-3, minutes=-30),) * 2  # no daylight saving
    assert str(location_zone(None, "America/Toronto")) == "America/Toronto"


@pytest.mark.parametrize(
    ("rows", "hours"),
    [
        ([{"timezone": -5}], -5),
        ([{"timezone": "-8"}], -8),
        ([{"timezone": -210}], -3.5),
        ([{"opens_at": "09:00-04:00", "closes_at": "17:00-04:00"}], -4),
        ([{"opens_at": "09:00Z"}], 0),
        ([{"opens_at": "09:00"}, {"timezone": 1}], 1),
    ],
)
def test_offsets_from_the_schedules(rows: list[dict[str, object]], hours: float) -> None:
    zone = location_zone(None, "America/Toronto", schedules=rows)
    assert offsets(zone) == (timedelta(hours=hours),) * 2
