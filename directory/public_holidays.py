"""Public holidays, for a partner that says only in words that it is closed on them ("Closed on
statutory holidays", "Fermé les jours fériés": directory.schedule_rows). Pure.

Regions: a Canadian province or territory code (`QC`, `ON`...: the days its law gives workers
off, below), `CA` (Canada, province unknown: the national holidays with Victoria Day and
Thanksgiving, kept by most provinces), `US` (the federal holidays), `FR` (`FR-AM`: Alsace-Moselle,
`FR-MQ`, `FR-RE`...: an overseas region, with the days their law adds), `GB` (England and
Wales), `GB-SCT` (Scotland), `GB-NIR` (Northern Ireland), `BE`; any other: New Year's Day and
Christmas only. A fixed-date holiday that falls on a weekend is also kept on
the next weekday not already a holiday (Canada, every province; the United Kingdom), or on the
Friday before a Saturday and the Monday after a Sunday (United States): the safer mistake for a
hotline is "closed" on a day the partner may have kept open.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

from directory.holiday_words import says_closed_on_holidays as says_closed_on_holidays
from directory.named_holidays import NAMED

_WEEK = timedelta(days=7)


def _nth(year: int, month: int, weekday: int, nth: int) -> date:
    """The `nth` `weekday` (0 = Monday) of the month; `nth` -1: the last."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7) + (nth - 1) * _WEEK
    last = (date(year, month + 1, 1) if month < 12 else date(year + 1, 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _victoria_day(year: int) -> date:
    """The Monday before 25 May (Journée nationale des patriotes in Quebec)."""
    may_24 = date(year, 5, 24)
    return may_24 - timedelta(days=may_24.weekday())


# The holidays of each province and territory (`CA`: the province is unknown). A province's
# holidays are the days its law gives workers off: the general (paid, public, statutory) holidays
# of its employment standards act, and the days one of its acts closes shops for the whole day
# (Nova Scotia's retail closing days and Remembrance Day Act, New Brunswick's Days of Rest Act,
# Newfoundland and Labrador's Shops' Closing Act, Prince Edward Island's Retail Business Holidays
# Act, Ontario's Retail Business Holidays Act: Easter Sunday too, as Nova Scotia's). Not:
# Manitoba's Remembrance Day (shops closed 9:00-13:00 only), Ontario's Civic Holiday, Easter
# Monday outside Quebec, Victoria Day in Nova Scotia and Prince Edward Island (neither a paid
# holiday nor a closing day there).
_NATIONAL = "new_year good_friday canada_day labour_day christmas"
_PROVINCES: dict[str, str] = {
    "CA": "victoria_day thanksgiving",
    "AB": "family_day victoria_day thanksgiving remembrance_day",
    "BC": "family_day victoria_day august_civic truth_day thanksgiving remembrance_day",
    "SK": "family_day victoria_day august_civic thanksgiving remembrance_day",
    "MB": "family_day victoria_day truth_day thanksgiving",
    "ON": "family_day easter_sunday victoria_day thanksgiving boxing_day",
    # Journee nationale des patriotes; Good Friday or Easter Monday, the employer's choice: both.
    "QC": "victoria_day fete_nationale easter_monday thanksgiving",
    "NB": "family_day victoria_day august_civic thanksgiving remembrance_day boxing_day",
    "NS": "family_day easter_sunday thanksgiving remembrance_day boxing_day",
    "PE": "family_day truth_day thanksgiving remembrance_day boxing_day",
    "NL": "victoria_day thanksgiving remembrance_day boxing_day",
    "YT": "victoria_day june_21 yukon_discovery truth_day thanksgiving remembrance_day",
    "NT": "victoria_day june_21 august_civic truth_day thanksgiving remembrance_day",
    "NU": "victoria_day nunavut_day august_civic truth_day thanksgiving remembrance_day",
}
_FIXED: dict[str, tuple[int, int]] = {
    "new_year": (1, 1),
    "june_21": (6, 21),
    "fete_nationale": (6, 24),
    "canada_day": (7, 1),
    "nunavut_day": (7, 9),
    "truth_day": (9, 30),
    "remembrance_day": (11, 11),
    "christmas": (12, 25),
    "boxing_day": (12, 26),
}


_FROM_EASTER = {"good_friday": -2, "easter_sunday": 0, "easter_monday": 1}


def _moving(name: str, year: int) -> date:
    if name in _FROM_EASTER:
        return easter(year) + timedelta(days=_FROM_EASTER[name])
    if name == "victoria_day":
        return _victoria_day(year)
    month, weekday, nth = {
        "family_day": (2, 0, 3),  # Family Day, Louis Riel Day, Islander Day, Heritage Day (NS)
        "august_civic": (8, 0, 1),  # BC Day, Saskatchewan Day, New Brunswick Day, Civic Holiday
        "yukon_discovery": (8, 0, 3),
        "labour_day": (9, 0, 1),
        "thanksgiving": (10, 0, 2),
    }[name]
    return _nth(year, month, weekday, nth)


def _canada(year: int, region: str) -> tuple[set[date], set[date]]:
    """(fixed-date holidays, the others) of a province or territory, or `CA`."""
    names = f"{_NATIONAL} {_PROVINCES[region]}".split()
    fixed = {date(year, *_FIXED[name]) for name in names if name in _FIXED}
    return fixed, {_moving(name, year) for name in names if name not in _FIXED}


def _united_states(year: int) -> tuple[set[date], set[date]]:
    fixed = {date(year, 1, 1), date(year, 6, 19), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)}
    moving = {
        _nth(year, 1, 0, 3),
        _nth(year, 2, 0, 3),
        _nth(year, 5, 0, -1),
        _nth(year, 9, 0, 1),
        _nth(year, 10, 0, 2),
        _nth(year, 11, 3, 4),
    }
    return fixed, moving


# The days a French region's law adds to the country's (as the `holidays` package's subdivisions
# of France): Alsace-Moselle's local law (Code du travail L3134-13), the days of the abolition of
# slavery overseas (loi 83-550 and the decrees after it) and the territories' own days.
# (days from Easter Sunday, (month, day) of each day of a fixed date)
_FRENCH_REGIONS: dict[str, tuple[tuple[int, ...], tuple[tuple[int, int], ...]]] = {
    "FR-AM": ((-2,), ((12, 26),)),  # Good Friday, Saint Stephen's Day
    "FR-MQ": ((-2,), ((5, 22), (7, 21))),  # Good Friday, abolition, Victor Schoelcher
    "FR-GP": ((-2, -24), ((5, 27), (7, 21))),  # Good Friday, Mi-Carême, abolition, Schoelcher
    "FR-GF": ((), ((6, 10),)),
    "FR-RE": ((), ((12, 20),)),
    "FR-YT": ((), ((4, 27),)),
    "FR-MF": ((), ((5, 28),)),
    "FR-BL": ((), ((10, 9),)),
    "FR-NC": ((), ((9, 24),)),  # Citizenship Day
    "FR-PF": ((-2,), ((3, 5), (6, 29))),  # Good Friday, the Gospel's arrival, autonomy
    "FR-WF": ((), ((4, 28), (7, 29))),  # Saint Peter Chanel, the Territory's day
}


def _europe(year: int, region: str) -> tuple[set[date], set[date]]:
    sunday = easter(year)
    if region.startswith("GB"):
        return _united_kingdom(year, region)
    moving = {sunday + timedelta(days=days) for days in (1, 39, 50)}
    days: tuple[tuple[int, int], ...] = ((1, 1), (5, 1), (8, 15), (11, 1), (11, 11), (12, 25))
    days += ((5, 8), (7, 14)) if region.startswith("FR") else ((7, 21),)
    from_easter, fixed = _FRENCH_REGIONS.get(region, ((), ()))
    moving |= {sunday + timedelta(days=days) for days in from_easter}
    return {date(year, month, day) for month, day in days + fixed}, moving


def _united_kingdom(year: int, nation: str) -> tuple[set[date], set[date]]:
    """The bank holidays of England and Wales (`GB`), Scotland (`GB-SCT`: 2 January, the first
    Monday of August, St Andrew's Day, no Easter Monday) or Northern Ireland (`GB-NIR`: St
    Patrick's Day and the Battle of the Boyne too)."""
    sunday = easter(year)
    fixed = {date(year, 1, 1), date(year, 12, 25), date(year, 12, 26)}
    moving = {sunday - timedelta(days=2), _nth(year, 5, 0, 1), _nth(year, 5, 0, -1)}
    if nation == "GB-SCT":
        return fixed | {date(year, 1, 2), date(year, 11, 30)}, moving | {_nth(year, 8, 0, 1)}
    moving |= {sunday + timedelta(days=1), _nth(year, 8, 0, -1)}
    if nation == "GB-NIR":
        fixed |= {date(year, 3, 17), date(year, 7, 12)}
    return fixed, moving


def _observed(fixed: set[date], moving: set[date], region: str) -> set[date]:
    found = fixed | moving
    for day in sorted(fixed):
        if day.weekday() < 5 or region.startswith("FR") or region == "BE":
            continue
        if region == "US":
            found.add(day - timedelta(days=1) if day.weekday() == 5 else day + timedelta(days=1))
            continue
        shifted = day + timedelta(days=7 - day.weekday())
        while shifted in found:
            shifted += timedelta(days=1)
        found.add(shifted)
    return found


@lru_cache(maxsize=256)
def holidays(year: int, region: str) -> frozenset[date]:
    if region == "US":
        fixed, moving = _united_states(year)
    elif region in ("FR", "GB", "GB-SCT", "GB-NIR", "BE") or region in _FRENCH_REGIONS:
        fixed, moving = _europe(year, region)
    elif region in _PROVINCES:
        fixed, moving = _canada(year, region)
    else:
        fixed, moving = {date(year, 1, 1), date(year, 12, 25)}, set()
    return frozenset(_observed(fixed, moving, region))


def is_public_holiday(day: date, region: str) -> bool:
    """Also a holiday of the next year kept on this one (the US keeps a Saturday 1 January on the
    Friday before, 31 December)."""
    if region.startswith(NAMED):  # dates the words name ("Fermé le jour de Noël": `dates:12-25`)
        return f"{day:%m-%d}" in region[len(NAMED) :].split(",")
    return day in holidays(day.year, region) or day in holidays(day.year + 1, region)
