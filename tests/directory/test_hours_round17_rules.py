"""Round 17's general rules beyond the tester's cases (tests/directory/test_hours_round17.py):

- A province's holidays (for "Closed on statutory holidays") are the days its law gives workers
  off: the general holidays of its employment standards act and the days one of its acts closes
  shops for the whole day. Nova Scotia: Remembrance Day (Remembrance Day Act), not Victoria Day
  (neither a paid holiday nor a retail closing day); Prince Edward Island: Boxing Day (Retail
  Business Holidays Act), not Victoria Day; Newfoundland and Labrador: Boxing Day (Shops' Closing
  Act); Quebec: Easter Monday as well as Good Friday (the employer chooses one of the two).
- `schedule.timezone` is refused beyond -12..+14 hours (`+19` is no offset, not 19 minutes); a
  number is minutes only when a multiple of 15 from 60 on (`-300`, `345`).
- A `by...` field RFC 5545 forbids with the written `freq` is refused, naming the field:
  `byweekno` other than YEARLY, `byyearday` with DAILY, WEEKLY or MONTHLY, `bymonthday` with
  WEEKLY.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from directory.public_holidays import holidays
from directory.zones import location_zone, offset_hours
from tests.directory.hours_round14 import WEEKDAYS, Case, check, imported, weekly

pytestmark = pytest.mark.pure

STATUTORY = {"description": "Closed on statutory holidays"}
OFFICE = [weekly(WEEKDAYS, "09:00", "17:00", **STATUTORY)]


def _place(zone: str, province: str) -> dict[str, Any]:
    return {"time_zone": zone, "state_province": province, "country": "CA"}


HALIFAX = _place("America/Halifax", "NS")
CHARLOTTETOWN = _place("America/Halifax", "PE")
ST_JOHNS = _place("America/St_Johns", "NL")
MONTREAL = _place("America/Toronto", "QC")

PROVINCE_DAYS: dict[str, Case] = {
    "remembrance-day-closes-nova-scotia": (
        OFFICE,
        HALIFAX,
        "2026-11-11T10:00-04:00",
        ("closed", "2026-11-12T09:00-04:00", "closed", False),
    ),
    "victoria-day-is-no-holiday-in-nova-scotia": (
        OFFICE,
        HALIFAX,
        "2026-05-18T10:00-03:00",
        ("open", "2026-05-18T17:00-03:00", None, False),
    ),
    "victoria-day-is-no-holiday-on-prince-edward-island": (
        OFFICE,
        CHARLOTTETOWN,
        "2027-05-24T10:00-03:00",
        ("open", "2027-05-24T17:00-03:00", None, False),
    ),
    "boxing-day-closes-prince-edward-island": (
        OFFICE,
        CHARLOTTETOWN,
        "2029-12-26T10:00-04:00",
        ("closed", "2029-12-27T09:00-04:00", "closed", False),
    ),
    "boxing-day-closes-newfoundland": (
        OFFICE,
        ST_JOHNS,
        "2029-12-26T10:00-03:30",
        ("closed", "2029-12-27T09:00-03:30", "closed", False),
    ),
    "easter-monday-closes-quebec": (
        OFFICE,
        MONTREAL,
        "2027-03-29T10:00-04:00",
        ("closed", "2027-03-30T09:00-04:00", "closed", False),
    ),
}


@pytest.mark.parametrize("name", sorted(PROVINCE_DAYS))
def test_the_days_a_province_keeps(name: str) -> None:
    check(PROVINCE_DAYS[name])


# 2027, worked out by hand from each act: Christmas is a Saturday (Monday 27 closes too) and
# Boxing Day a Sunday (Tuesday 28, where it is a holiday). Round 21 (hr21-022): Ontario's Retail
# Business Holidays Act and Nova Scotia's retail closing days close shops on Easter Sunday too.
_ALL = {"new_year": "01-01", "good_friday": "03-26", "canada_day": "07-01", "labour_day": "09-06"}
_CHRISTMAS = {"christmas": "12-25", "christmas_monday": "12-27"}
_BOXING = {"boxing_day": "12-26", "boxing_tuesday": "12-28"}
_FAMILY, _VICTORIA, _THANKS = {"family": "02-15"}, {"victoria": "05-24"}, {"thanks": "10-11"}
_REMEMBRANCE, _TRUTH, _AUGUST = {"remembrance": "11-11"}, {"truth": "09-30"}, {"august": "08-02"}
_EASTER = {"easter_sunday": "03-28"}
LAW_2027: dict[str, dict[str, str]] = {
    "CA": _ALL | _CHRISTMAS | _VICTORIA | _THANKS,
    "AB": _ALL | _CHRISTMAS | _FAMILY | _VICTORIA | _THANKS | _REMEMBRANCE,
    "BC": _ALL | _CHRISTMAS | _FAMILY | _VICTORIA | _AUGUST | _TRUTH | _THANKS | _REMEMBRANCE,
    "SK": _ALL | _CHRISTMAS | _FAMILY | _VICTORIA | _AUGUST | _THANKS | _REMEMBRANCE,
    "MB": _ALL | _CHRISTMAS | _FAMILY | _VICTORIA | _TRUTH | _THANKS,
    "ON": _ALL | _CHRISTMAS | _BOXING | _FAMILY | _EASTER | _VICTORIA | _THANKS,
    "QC": _ALL | _CHRISTMAS | _VICTORIA | _THANKS | {"fete_nationale": "06-24", "easter_monday": "03-29"},
    "NB": _ALL | _CHRISTMAS | _BOXING | _FAMILY | _VICTORIA | _AUGUST | _THANKS | _REMEMBRANCE,
    "NS": _ALL | _CHRISTMAS | _BOXING | _FAMILY | _EASTER | _THANKS | _REMEMBRANCE,
    "PE": _ALL | _CHRISTMAS | _BOXING | _FAMILY | _TRUTH | _THANKS | _REMEMBRANCE,
    "NL": _ALL | _CHRISTMAS | _BOXING | _VICTORIA | _THANKS | _REMEMBRANCE,
    "YT": _ALL
    | _CHRISTMAS
    | _VICTORIA
    | {"june_21": "06-21", "discovery": "08-16"}
    | _TRUTH
    | _THANKS
    | _REMEMBRANCE,
    "NT": _ALL | _CHRISTMAS | _VICTORIA | {"june_21": "06-21"} | _AUGUST | _TRUTH | _THANKS | _REMEMBRANCE,
    "NU": _ALL | _CHRISTMAS | _VICTORIA | {"nunavut": "07-09"} | _AUGUST | _TRUTH | _THANKS | _REMEMBRANCE,
}


@pytest.mark.parametrize("region", sorted(LAW_2027))
def test_each_province_keeps_the_holidays_of_its_law(region: str) -> None:
    expected = {date.fromisoformat(f"2027-{day}") for day in LAW_2027[region].values()}
    assert set(holidays(2027, region)) == expected


@pytest.mark.parametrize("written", ["+19", 19, "-13", -13, "UTC+15", "+19:00", "30", 100, "-1300"])
def test_an_offset_no_clock_keeps_is_refused_naming_the_field(written: Any) -> None:
    kept, refused = imported(
        [{"freq": "WEEKLY", "byday": "SA", "opens_at": "10:00", "closes_at": "14:00", "timezone": written}]
    )
    assert not kept and len(refused) == 1 and refused[0].startswith("0: field timezone: "), refused
    assert offset_hours(written) is None
    assert str(location_zone(None, "America/Toronto", schedules=[{"timezone": written}])) == "America/Toronto"


@pytest.mark.parametrize(
    ("written", "hours"),
    [(-12, -12), ("+14", 14), (-300, -5), ("345", 5.75), (-210, -3.5), (840, 14), ("5.75", 5.75)],
)
def test_hours_and_minutes_within_range_are_kept(written: Any, hours: float) -> None:
    kept, refused = imported(
        [{"freq": "WEEKLY", "byday": "SA", "opens_at": "10:00", "closes_at": "14:00", "timezone": written}]
    )
    assert not refused and kept[0]["timezone"] == hours


SATURDAY = {"byday": "SA", "opens_at": "10:00", "closes_at": "14:00"}


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({**SATURDAY, "freq": "MONTHLY", "byweekno": "20"}, "byweekno"),
        ({**SATURDAY, "freq": "WEEKLY", "byweekno": "20"}, "byweekno"),
        ({**SATURDAY, "freq": "DAILY", "byweekno": "20"}, "byweekno"),
        ({"freq": "MONTHLY", "byyearday": "60", "opens_at": "10:00", "closes_at": "14:00"}, "byyearday"),
        ({**SATURDAY, "freq": "WEEKLY", "byyearday": "60"}, "byyearday"),
        ({"freq": "WEEKLY", "bymonthday": "1,15", "opens_at": "10:00", "closes_at": "14:00"}, "bymonthday"),
    ],
)
def test_a_field_rfc_5545_forbids_with_the_frequency_is_refused(row: dict[str, Any], field: str) -> None:
    kept, refused = imported([row])
    assert not kept and len(refused) == 1, refused
    assert refused[0].startswith(f"0: field {field}: only with freq "), refused


@pytest.mark.parametrize(
    "row",
    [
        {**SATURDAY, "freq": "YEARLY", "byweekno": "20"},
        {"freq": "YEARLY", "byyearday": "60", "opens_at": "10:00", "closes_at": "14:00"},
        {"freq": "MONTHLY", "bymonthday": "1,15", "opens_at": "10:00", "closes_at": "14:00"},
        {"freq": "DAILY", "bymonthday": "1,15", "opens_at": "10:00", "closes_at": "14:00"},
        {"byyearday": "60", "opens_at": "10:00", "closes_at": "14:00"},  # no freq: read as written
    ],
)
def test_the_fields_rfc_5545_allows_are_kept(row: dict[str, Any]) -> None:
    kept, refused = imported([row])
    assert kept and not refused, refused
