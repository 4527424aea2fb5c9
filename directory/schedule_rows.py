"""HSDS schedule rows read as rules (directory.schedules): times, dates, the recurrence, closures.

Pure: no database. A row that says nothing about hours (only a note) is no rule; a row that cannot
be read raises BadSchedule with the reason, and `rules_from_rows` leaves it out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, time, timedelta
from functools import lru_cache
from typing import Any

from directory import recurrence
from directory.by_month import BadMonths, month_window
from directory.clock import BadTime, is_end_of_day, parse_date, parse_time
from directory.closed_days import days_said_closed
from directory.named_holidays import MONTH, NAMED, dates_said_closed
from directory.public_holidays import says_closed_on_holidays
from directory.recurrence import BadRecurrence
from directory.schedules import ALL_DAYS, ANNUAL_YEAR, BadSchedule, Rule


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if text.startswith("0001-") or text.startswith("1-"):
        month, day = text.split("-")[1:3]
        return date(ANNUAL_YEAR, int(month), int(day[:2]))
    every_year = _EVERY_YEAR.match(text)  # `11-01`, `--11-01` (ISO 8601 without the year)
    if every_year:
        return date(ANNUAL_YEAR, int(every_year[1]), int(every_year[2]))
    return parse_date(text)


def _named_date(row: Mapping[str, Any], name: str) -> date | None:
    """The date of the field `name`; BadRecurrence names the field (`2026-02-30` is no date). A
    validity every year that ends on 29 February (`02-29`, `0001-02-29`: year 0001 has none) ends
    with February, as one written `02-28` does (Rule.covers: the 29th in leap years)."""
    try:
        if name == "valid_to" and _LEAP_DAY_EVERY_YEAR.match(str(row.get(name) or "").strip()):
            return date(ANNUAL_YEAR, 2, 28)
        return _date(row.get(name))
    except BadTime as exc:
        raise BadRecurrence(f"{name}: {exc}") from None
    except ValueError:  # year 0001 (every year): `0001-02-30`
        raise BadRecurrence(f"{name}: not a date: {row.get(name)!r}") from None


_EVERY_YEAR = re.compile(r"^(?:--)?(\d{1,2})-(\d{1,2})$")
_LEAP_DAY_EVERY_YEAR = re.compile(r"^(?:--|0*1-)?0?2-29$")


def _flag(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes", "y", "t", "oui")


def _time(row: Mapping[str, Any], name: str) -> time | None:
    value = row.get(name)
    if value is None or str(value).strip() == "":
        return None
    try:
        return parse_time(str(value))
    except BadTime as exc:
        raise BadSchedule(f"{name}: {exc}") from None


_RULE_FIELDS = (
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "byday",
    "closed",
    "freq",
    "interval",
    "dtstart",
    "until",
    "count",
    "wkst",
    "bymonthday",
    "byyearday",
    "byweekno",
    "bysetpos",
    "exdate",
    "says",  # not a field: "closed" or "open" when the description or notes say so (_says)
)


def rule_from_row(row: Mapping[str, Any]) -> Rule | None:
    """An HSDS schedule row as a rule; None when it says nothing about hours (e.g. only a note).
    An RFC 5545 `bymonth` is read as the validity every year it means (directory.by_month)."""
    if "bymonth" in row:
        try:
            row = month_window(row)
        except BadMonths as exc:
            raise BadSchedule(str(exc)) from None
    row = {**row, "says": _says(row)}
    values = tuple(map(row.get, _RULE_FIELDS))
    try:
        return _rule(values)
    except TypeError:  # a list (JSON) where a string was expected: hashable as a tuple
        return _rule(tuple(tuple(value) if isinstance(value, list) else value for value in values))


@lru_cache(maxsize=4096)
def _rule(values: tuple[Any, ...]) -> Rule | None:
    row = dict(zip(_RULE_FIELDS, values, strict=True))
    opens, closes = _time(row, "opens_at"), _time(row, "closes_at")
    try:
        valid_from, valid_to = _named_date(row, "valid_from"), _named_date(row, "valid_to")
        rec = recurrence.parse(row, valid_from)
    except (BadTime, BadRecurrence, ValueError) as exc:
        raise BadSchedule(str(exc)) from None
    closed = _flag(row.get("closed")) or _dated_closure(row, valid_from, valid_to, rec)
    if (opens is None) != (closes is None):
        missing = "closes_at" if closes is None else "opens_at"
        raise BadSchedule(f"{missing}: missing, a row with hours gives both opens_at and closes_at")
    if not closed and opens is None:
        return None
    if row["says"] == _SHUT and (rec is not None or valid_from is None):
        return None  # the service said shut beside its weekly hours: unknown (rules_from_rows)
    if row["says"] == _SHUT and closed and opens is None and valid_to is None:
        valid_to = date.max  # "Permanently closed" from a day: closed from it on, without end
    if not closed and rec is None and valid_from is None:
        raise BadSchedule("byday: hours without days: give freq and byday, or the dates (valid_from)")
    every_year = ANNUAL_YEAR in (valid_from.year if valid_from else 0, valid_to.year if valid_to else 0)
    if valid_from and valid_to and valid_to < valid_from and not every_year:
        raise BadSchedule("valid_to: before valid_from")
    weekly = rec.weekly_days if rec is not None else ALL_DAYS
    days = weekly or frozenset(day for day, _ in (rec.byweekday if rec else ())) or ALL_DAYS
    if is_end_of_day(row.get("opens_at")):
        if rec is not None and weekly is None:
            raise BadSchedule(f"opens_at: {_AT_DAY_END}")
        days = frozenset((day + 1) % 7 for day in days) if rec is not None else days
        if not every_year:
            valid_from, valid_to = _day_after(valid_from), _day_after(valid_to)
    return Rule(
        days=days,
        opens=opens,
        closes=closes,
        valid_from=valid_from,
        valid_to=valid_to,
        closed=closed,
        exception=rec is None and valid_from is not None,
        recurrence=rec if weekly is None else None,
    )


# `24:00` as an opening time is the end of the day written: the opening begins at 00:00 the day after
# (a Friday row 24:00-06:00 runs Saturday 00:00-06:00); in a recurrence other than weekly days (the
# first Monday, every other week) the day after is no occurrence, so the row is refused.
_AT_DAY_END = "24:00 opens at the end of the day: write 00:00 on the days after"


def _day_after(day: date | None) -> date | None:
    return day + timedelta(days=1) if day is not None and day < date.max else day


def _dated_closure(
    row: dict[str, Any], first: date | None, last: date | None, rec: recurrence.Recurrence | None
) -> bool:
    """Dates without hours nor recurrence, `closed` not given: closed on one date ("Fermé – Fête
    nationale" on 2026-06-24), or on dates its words say it is closed ("Fermeture estivale"); a
    span of dates that only carries a note ("hours vary"), or words that say open, say nothing.
    `closed` false: its regular hours stand (HSDS 1.1 holiday_schedule)."""
    if first is None or rec is not None or row.get("opens_at") or row.get("closes_at"):
        return False
    if row.get("closed") not in (None, ""):
        return False
    says = row.get("says")
    return says != "open" and (last is None or last == first or says in ("closed", _SHUT))


# "Fermé", "Fermeture estivale", "Closed for the holidays", "Bureau fermé"; not "ouvert"/"open"
_CLOSED_WORDS = re.compile(r"\b(?:ferme(?:e|s|es|ture)?|closed?|closure)\b")
_OPEN_WORDS = re.compile(r"\b(?:ouverte?s?|open)\b")
# A closure on the public holidays ("Closed on statutory holidays", "Fermé les jours fériés"):
# read as such (directory.holiday_words), not as the dates' row saying it is closed every day of
# its span; "Closed for the holidays", "Fermé pendant les fêtes" (a break) still close the span.
_ON_PUBLIC_HOLIDAYS = re.compile(
    r"\b(?:closed|ferme(?:e|s|es|ture)?)\s+(?:(?:on|during|all|les|des|lors|durant|pendant|jours)\s+)*"
    r"(?:(?:statutory|stat|public|bank|federal|legal|general)\s+)*(?:holidays?|stats|feries)\b"
)
# The service itself is shut, not on some days: Google's "Temporarily closed" and "Permanently
# closed" (`CLOSED_TEMPORARILY`), "Closed until further notice", "Fermé temporairement",
# "Fermeture définitive", "Fermé jusqu’à nouvel ordre".
# Also closed for works ("Closed for renovations", "Fermé pour travaux") or until a month, a year or
# a date ("Closed for renovations until March 2027", "Fermé jusqu'au 1er mars"): shut for a while;
# not "closed until 10" nor "closed for lunch" (hours of a day).
_WORKS = (
    r"(?:for|pour)\s+(?:(?:the|des|les|la|de|major)\s+)*(?:renovations?|repairs?|construction|works?"
    r"|travaux|renovations?|reparations?|rebuilding|reconstruction)\b"
)
_UNTIL = (
    rf"(?:until|till|jusqu['\u2019]?\s*(?:a|au|en)?)\s+(?:further notice\b|nouvel ordre\b|{MONTH}"
    rf"|\d{{4}}\b|\d{{1,4}}[/-]\d{{1,2}}|\d{{1,2}}(?:er|st|nd|rd|th)?\s+{MONTH})"
)
_SHUT_WORDS = re.compile(
    rf"\b(?:closed|fermee?s?|fermeture)\s+(?:{_WORKS}\s*,?\s*)?{_UNTIL}"
    rf"|\b(?:closed|fermee?s?|fermeture)\s+{_WORKS}"
    r"|\b(?:temporarily|permanently|indefinitely)\s+closed\b"
    r"|\bclosed\s+(?:temporarily|permanently|indefinitely|for good|until further notice)\b"
    r"|\b(?:temporairement|definitivement)\s+fermee?s?\b"
    r"|\bclosed_(?:temporarily|permanently)\b"  # Google Places' businessStatus
    r"|\bfermee?s?\s+(?:temporairement|definitivement|pour une duree indeterminee)\b"
    r"|\bfermee?s?\s+jusqu['\u2019]a nouvel ordre\b"
    r"|\bfermeture\s+(?:temporaire|definitive)\b"
)
_SHUT = "shut"


def _says(row: Mapping[str, Any]) -> str:
    """The row's words say `closed` or `open` (not both), or that the service is shut (`shut`:
    temporarily or permanently closed, whatever else they say); else an empty string."""
    return _said(" ".join(str(row.get(name) or "") for name in ("description", "notes")))


@lru_cache(maxsize=4096)
def _said(words: str) -> str:
    folded = "".join(
        char for char in unicodedata.normalize("NFKD", words.casefold()) if not unicodedata.combining(char)
    )
    if _SHUT_WORDS.search(folded):
        return _SHUT
    closed = bool(_CLOSED_WORDS.search(_ON_PUBLIC_HOLIDAYS.sub(" ", folded)))
    opened = bool(_OPEN_WORDS.search(folded))
    return "" if closed == opened else "closed" if closed else "open"


def says_shut(rows: Iterable[Mapping[str, Any]]) -> bool:
    """A row not bound to dates says the service is shut ("Temporarily closed", "Permanently
    closed", "Fermé jusqu'à nouvel ordre"): its hours are unknown, whatever hours the rows give
    (until when? a hotline calls first rather than send a caller to a closed door)."""
    return any(
        _says(row) == _SHUT
        and (not (row.get("valid_from") or row.get("valid_to")) or any(map(row.get, _RECURRING)))
        for row in rows
    )


_RECURRING = ("freq", "byday", "bymonthday", "byyearday", "byweekno", "bymonth", "dtstart", "count", "until")


def rules_from_rows(rows: Iterable[Mapping[str, Any]], holidays: str = "CA") -> list[Rule]:
    """The rules of the rows that can be read (none when they say the service is shut: says_shut);
    a row whose `description` or `notes` says it is closed on public holidays adds a closure on
    those of `holidays` (a region of directory.public_holidays: the place's province, state or
    country), also when no row gives hours: a row whose only words are "Closed on statutory
    holidays" closes the holidays, its other days' hours unknown (schedules.no_hours_given)."""
    rows = list(rows)
    if says_shut(rows):
        return []
    rules, on_holidays, named = [], False, set[str]()
    for row in rows:
        words = row.get("description") or row.get("notes")
        on_holidays = on_holidays or bool(
            words and says_closed_on_holidays(row.get("description"), row.get("notes"))
        )
        named |= dates_said_closed(_words(row)) if words else set()
        try:
            rule = rule_from_row(row)
        except BadSchedule:
            continue
        if rule is not None:
            rules += [rule, *_closed_days(rule, row)]
    closures = [_holiday_closure(holidays)] if on_holidays else []
    closures += [_holiday_closure(NAMED + ",".join(sorted(named)))] if named else []
    return [*rules, *closures]


def _words(row: Mapping[str, Any]) -> str:
    return " ".join(str(row.get(name) or "") for name in ("description", "notes"))


def _closed_days(rule: Rule, row: Mapping[str, Any]) -> list[Rule]:
    """A recurring row whose words say some days of the week are closed ("Fermé le dimanche" on a
    row open every day): those days closed over the row's validity, a recurring closure among the
    day's narrowest rows (the fields and the words disagree: "closed" sends no caller to a shut
    door, as the holiday words do)."""
    if rule.exception or rule.closed:
        return []
    words = " ".join(str(row.get(name) or "") for name in ("description", "notes"))
    days = days_said_closed(words) if words.strip() else frozenset()
    return (
        [
            Rule(
                days=days,
                opens=None,
                closes=None,
                valid_from=rule.valid_from,
                valid_to=rule.valid_to,
                closed=True,
            )
        ]
        if days
        else []
    )


def _holiday_closure(region: str) -> Rule:
    return Rule(days=ALL_DAYS, opens=None, closes=None, closed=True, exception=True, holidays=region)
