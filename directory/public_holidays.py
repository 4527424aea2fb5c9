"""Public holidays, for a partner that says only in words that it is closed on them ("Closed on
statutory holidays", "Fermé les jours fériés": directory.schedule_rows). Pure.

Regions: a Canadian province or territory code (`QC`, `ON`...), `CA` (Canada, province unknown:
the national holidays with Victoria Day and Thanksgiving, kept by most provinces), `US` (the
federal holidays), `FR`, `GB`, `BE`; any other: New Year's Day and Christmas only. A fixed-date
holiday that falls on a weekend is also kept on the next weekday (Canada; the United Kingdom), or
on the Friday before a Saturday and the Monday after a Sunday (United States): the safer mistake
for a hotline is "closed" on a day the partner may have kept open.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

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


_FEBRUARY_3RD_MONDAY = ("ON", "AB", "BC", "SK", "NB", "MB", "NS", "PE")  # Family Day and its kin
_AUGUST_1ST_MONDAY = ("BC", "SK", "NB", "NT", "NU")  # BC Day, Saskatchewan Day, New Brunswick Day...
_REMEMBRANCE = ("BC", "AB", "SK", "NB", "NL", "PE", "YT", "NT", "NU")
_TRUTH_AND_RECONCILIATION = ("BC", "MB", "PE", "NT", "YT", "NU")


def _canada(year: int, region: str) -> tuple[set[date], set[date]]:
    """(fixed-date holidays, the others) of Canada, for a province or `CA`."""
    fixed = {date(year, 1, 1), date(year, 7, 1), date(year, 12, 25)}
    moving = {
        easter(year) - timedelta(days=2),
        _victoria_day(year),
        _nth(year, 9, 0, 1),
        _nth(year, 10, 0, 2),
    }
    fixed |= {date(year, 6, 24)} if region == "QC" else set()
    fixed |= {date(year, 12, 26)} if region in ("ON", "NB", "NS") else set()
    fixed |= {date(year, 11, 11)} if region in _REMEMBRANCE else set()
    fixed |= {date(year, 9, 30)} if region in _TRUTH_AND_RECONCILIATION else set()
    fixed |= {date(year, 6, 21)} if region in ("YT", "NT") else set()
    fixed |= {date(year, 7, 9)} if region == "NU" else set()
    moving |= {_nth(year, 2, 0, 3)} if region in _FEBRUARY_3RD_MONDAY else set()
    moving |= {_nth(year, 8, 0, 1)} if region in _AUGUST_1ST_MONDAY else set()
    moving |= {_nth(year, 8, 0, 3)} if region == "YT" else set()
    return fixed, moving


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


def _europe(year: int, region: str) -> tuple[set[date], set[date]]:
    sunday = easter(year)
    if region == "GB":
        moving = {sunday - timedelta(days=2), sunday + timedelta(days=1), _nth(year, 5, 0, 1)}
        moving |= {_nth(year, 5, 0, -1), _nth(year, 8, 0, -1)}
        return {date(year, 1, 1), date(year, 12, 25), date(year, 12, 26)}, moving
    moving = {sunday + timedelta(days=days) for days in (1, 39, 50)}
    days: tuple[tuple[int, int], ...] = ((1, 1), (5, 1), (8, 15), (11, 1), (11, 11), (12, 25))
    days += ((5, 8), (7, 14)) if region == "FR" else ((7, 21),)
    return {date(year, month, day) for month, day in days}, moving


def _observed(fixed: set[date], moving: set[date], region: str) -> set[date]:
    found = fixed | moving
    for day in sorted(fixed):
        if day.weekday() < 5 or region in ("FR", "BE"):
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
    elif region in ("FR", "GB", "BE"):
        fixed, moving = _europe(year, region)
    elif region == "CA" or region in _CANADIAN:
        fixed, moving = _canada(year, region)
    else:
        fixed, moving = {date(year, 1, 1), date(year, 12, 25)}, set()
    return frozenset(_observed(fixed, moving, region))


_CANADIAN = ("BC", "AB", "SK", "MB", "ON", "QC", "NB", "NS", "PE", "NL", "YT", "NT", "NU")


def is_public_holiday(day: date, region: str) -> bool:
    return day in holidays(day.year, region)


# "Closed on statutory holidays", "except holidays", "Fermé les jours fériés", "sauf fériés"; not
# "open on holidays", "including holidays", "ouvert les jours fériés", "y compris les fériés".
_CLOSED_ON_HOLIDAYS = re.compile(
    r"\b(?:closed|except|excluding|no service)\b[^.;!?]*\b(?:holidays?|stat(?:utory)?s?)\b"
    r"|\bholidays? excluded\b"
    r"|\b(?:ferme?e?s?|sauf|excepte|hormis|exclu)\b[^.;!?]*\bferies?\b"
    r"|\bferies? exclus\b"
)
_OPEN_ON_HOLIDAYS = re.compile(
    r"\bopen (?:on |during |all |public |statutory |stat |the )*holidays?\b"
    r"|\b(?:including|even on) (?:\w+ )?holidays?\b"
    r"|\bouverte?s? (?:les |durant les |pendant les |lors des )?(?:jours )?feries?\b"
    r"|\b(?:y compris|meme) (?:les )?(?:jours )?feries?\b"
)


def says_closed_on_holidays(*texts: object) -> bool:
    """A schedule's `description` or `notes` says it is closed on public holidays."""
    words = " ".join(str(text) for text in texts if text)
    if not words:
        return False
    folded = "".join(
        char for char in unicodedata.normalize("NFKD", words.casefold()) if not unicodedata.combining(char)
    )
    return bool(_CLOSED_ON_HOLIDAYS.search(folded)) and not _OPEN_ON_HOLIDAYS.search(folded)
