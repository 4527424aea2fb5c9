"""Round 21's general rules beyond the tester's cases (tests/directory/test_hours_round21.py), on
cases written here:
- towns whose clock is not their province's or country's: Creighton and Denare Beach (SK, beside
  Flin Flon) keep Central time with daylight saving; Saint-Pierre and Miquelon written with the
  country `FR` keep America/Miquelon (country `PM` too), other French towns Paris's;
- holidays: Ontario's and Nova Scotia's retail closing acts close shops on Easter Sunday; Scotland
  (2 January, the first Monday of August, St Andrew's Day, no Easter Monday) and Northern Ireland
  (St Patrick's Day, the Battle of the Boyne) keep their own bank holidays, from the address's
  nation; holiday words denied ("Not closed on statutory holidays") close nothing, "not open on
  holidays" closes them;
- holidays of a fixed date named closed ("Fermé le jour de Noël", "Closed Dec 25") close that date
  every year, unless narrowed ("Christmas Eve at noon") or denied, and a row the partner dated for
  the day wins, as for holiday words;
- shut words: closed for works or until a month, a year or a date ("Closed for renovations until
  March 2027", "Fermé pour travaux") say the service is shut (not "closed until 10", "for lunch");
- days and times (exdate and 24/7, 02-29, 24:00 opening, closures across midnight):
  tests/directory/test_hours_round21_times.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from directory.named_holidays import dates_said_closed
from directory.public_holidays import holidays, says_closed_on_holidays
from directory.schedule_rows import _said
from directory.zones import holiday_region, location_zone
from tests.directory.hours_round14 import EVERY_DAY, WEEKDAYS, Case, check, weekly

pytestmark = pytest.mark.pure

TORONTO_PLACE = {"time_zone": "America/Toronto", "state_province": "ON", "country": "CA"}
MONTREAL_PLACE = {"time_zone": "America/Toronto", "state_province": "QC", "country": "CA"}


@pytest.mark.parametrize(
    ("city", "province", "country", "zone"),
    [
        ("Creighton", "SK", "CA", "America/Winnipeg"),
        ("Denare Beach", "Saskatchewan", "CA", "America/Winnipeg"),
        ("Regina", "SK", "CA", "America/Regina"),
        ("Saint-Pierre", None, "FR", "America/Miquelon"),
        ("Miquelon-Langlade", None, "France", "America/Miquelon"),
        ("Saint-Pierre", None, "PM", "America/Miquelon"),
        ("Lyon", None, "FR", "Europe/Paris"),
        (None, None, "FR", "Europe/Paris"),
    ],
)
def test_a_towns_clock_where_it_is_not_its_provinces_or_countrys(
    city: str | None, province: str | None, country: str, zone: str
) -> None:
    found = location_zone(None, "America/Toronto", state_province=province, country=country, city=city)
    assert str(found) == zone


def test_ontario_and_nova_scotia_keep_easter_sunday_and_others_do_not() -> None:
    easter_2026 = date(2026, 4, 5)
    assert easter_2026 in holidays(2026, "ON") and easter_2026 in holidays(2026, "NS")
    assert easter_2026 not in holidays(2026, "QC") and easter_2026 not in holidays(2026, "AB")


@pytest.mark.parametrize(
    ("region", "kept", "not_kept"),
    [
        # 2 January 2027 is a Saturday: Monday 4 January; St Andrew's Day 2025 a Sunday: 1 December
        (
            "GB-SCT",
            ["2027-01-02", "2027-01-04", "2026-08-03", "2025-12-01", "2026-11-30"],
            ["2026-04-06", "2026-08-31"],
        ),
        ("GB-NIR", ["2026-03-17", "2026-07-13", "2026-04-06", "2026-08-31"], ["2026-01-02", "2026-11-30"]),
        ("GB", ["2026-04-06", "2026-08-31", "2026-12-28"], ["2026-01-02", "2026-03-17", "2026-11-30"]),
    ],
)
def test_the_nations_of_the_united_kingdom_keep_their_own_bank_holidays(
    region: str, kept: list[str], not_kept: list[str]
) -> None:
    days = holidays(2025, region) | holidays(2026, region) | holidays(2027, region)
    assert all(date.fromisoformat(day) in days for day in kept)
    assert not any(date.fromisoformat(day) in days for day in not_kept)


@pytest.mark.parametrize(
    ("province", "country", "region"),
    [
        ("Scotland", "GB", "GB-SCT"),
        ("Lothian", "Scotland", "GB-SCT"),
        ("Écosse", "Royaume-Uni", "GB-SCT"),
        ("Northern Ireland", "UK", "GB-NIR"),
        ("Greater London", "GB", "GB"),
        (None, "United Kingdom", "GB"),
        (None, "Saint-Pierre-et-Miquelon", "FR"),
    ],
)
def test_the_holidays_of_a_nation_come_from_the_address(
    province: str | None, country: str, region: str
) -> None:
    assert holiday_region(province, country) == region


@pytest.mark.parametrize(
    ("words", "closes"),
    [
        ("Not closed on statutory holidays.", False),
        ("Never closed on holidays", False),
        ("Pas fermé les jours fériés", False),
        ("Jamais fermés les jours fériés", False),
        ("Not open on holidays", True),
        ("Never open on statutory holidays.", True),
        ("Open year-round, closed on statutory holidays", True),
        ("Not closed Mondays; closed on holidays", True),
        ("Open on holidays", False),
    ],
)
def test_holiday_words_denied_close_nothing(words: str, closes: bool) -> None:
    assert says_closed_on_holidays(words) is closes


@pytest.mark.parametrize(
    ("words", "dates"),
    [
        ("Fermé le jour de Noël", {"12-25"}),
        ("Closed Christmas, Boxing Day and New Year’s Day", {"12-25", "12-26", "01-01"}),
        ("Closed on Christmas Eve", {"12-24"}),
        ("Fermé la veille de Noël", {"12-24"}),
        ("Closed Dec 25", {"12-25"}),
        ("Fermé le 1er juillet et le 24 juin", {"07-01", "06-24"}),
        ("Noël : fermé", {"12-25"}),
        ("Closed Christmas Eve at noon", set()),
        ("Fermé le 24 décembre après-midi", set()),
        ("Never closed on Christmas", set()),
        ("Open Christmas Day", set()),
        ("Closed December 25 2026", set()),  # a year: a dated row is what says that one day
        ("Closed on statutory holidays", set()),
        ("Closed Sundays", set()),
    ],
)
def test_the_dates_of_holidays_named_closed(words: str, dates: set[str]) -> None:
    assert dates_said_closed(words) == dates


NAMED: dict[str, Case] = {
    "christmas-named-closed": (
        [weekly(EVERY_DAY, "09:00", "17:00", description="Closed Christmas Day")],
        TORONTO_PLACE,
        "2027-12-25T10:00-05:00",
        ("closed", "2027-12-26T09:00-05:00", None, False),
    ),
    "the-day-before-stays-open": (
        [weekly(EVERY_DAY, "09:00", "17:00", description="Closed Christmas Day")],
        TORONTO_PLACE,
        "2027-12-24T10:00-05:00",
        ("open", "2027-12-24T17:00-05:00", None, False),
    ),
    "a-dated-row-for-the-day-wins": (
        [
            weekly(EVERY_DAY, "09:00", "17:00", description="Fermé le jour de Noël"),
            {"valid_from": "2027-12-25", "valid_to": "2027-12-25", "opens_at": "10:00", "closes_at": "14:00"},
        ],
        MONTREAL_PLACE,
        "2027-12-25T11:00-05:00",
        ("open", "2027-12-25T14:00-05:00", None, False),
    ),
    "narrowed-words-close-nothing": (
        [weekly(EVERY_DAY, "09:00", "17:00", description="Closed Christmas Eve at noon")],
        TORONTO_PLACE,
        "2027-12-24T10:00-05:00",
        ("open", "2027-12-24T17:00-05:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(NAMED))
def test_a_holiday_named_closed_closes_its_date_every_year(name: str) -> None:
    check(NAMED[name])


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("Closed for renovations until March 2027", "shut"),
        ("Fermé pour rénovations jusqu'à nouvel ordre", "shut"),
        ("Fermé pour travaux", "shut"),
        ("Closed for repairs", "shut"),
        ("Closed until 2027", "shut"),
        ("Fermé jusqu'au 1er mars", "shut"),
        ("Closed until Sept. 2027", "shut"),
        ("Closed for lunch 12-1", "closed"),
        ("Closed until 10 am on Mondays", "closed"),
        ("closed until 1pm", "closed"),
        ("fermé jusqu'à mardi", "closed"),
        ("Closed Sundays", "closed"),
        ("Closed for the season", "closed"),  # a seasonal service's hours stay read
    ],
)
def test_closed_for_works_or_until_a_month_is_shut(words: str, said: str) -> None:
    assert _said(words) == said


SHUT: dict[str, Case] = {
    "weekly-hours-closed-for-repairs-are-unknown": (
        [weekly(WEEKDAYS, "09:00", "17:00", description="Closed for repairs until further notice")],
        TORONTO_PLACE,
        "2026-09-22T10:00-04:00",
        ("unknown", None, None, False),
    ),
    "a-dated-span-closed-for-renovations-is-a-closure": (
        [
            weekly(WEEKDAYS, "09:00", "17:00"),
            {"valid_from": "2026-09-01", "valid_to": "2026-09-30", "description": "Closed for renovations"},
        ],
        TORONTO_PLACE,
        "2026-09-22T10:00-04:00",
        ("closed", "2026-10-01T09:00-04:00", None, False),
    ),
}


@pytest.mark.parametrize("name", sorted(SHUT))
def test_shut_words_for_works(name: str) -> None:
    check(SHUT[name])
