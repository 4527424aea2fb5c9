"""The recurrence of an HSDS schedule row: its RFC 5545 fields (`freq`, `interval`, `byday` with
ordinals such as `1MO` or `-1FR`, `bymonthday`, `byyearday`, `byweekno`, `wkst`, `dtstart`,
`until`, `count`) read by python-dateutil's `rrule`, the reference implementation in Python.

Only the days on which a schedule recurs are computed here (its hours are the schedule's
`opens_at`/`closes_at`); they are computed once per rule and year and cached.

Readings beyond RFC 5545, for files written by hand:
- `byday` accepts English and French day names (`Monday`, `Mon`, `lundi`) and ranges (`MO-FR`); an ordinal day
  (`1MO`) with `freq` WEEKLY or no `freq` means a monthly rule (the first Monday of each month);
- no `dtstart`: a rule repeating every `interval` > 1 or ending after `count` occurrences counts
  from `valid_from` (when it is a real date), else from Monday 2001-01-01;
- `freq` WEEKLY without `byday` nor `dtstart`: every day of the week;
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any, Literal

from dateutil import rrule

from directory import rule_parts
from directory.clock import BadTime, parse_date

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
Frequency = Literal[0, 1, 2, 3]  # YEARLY, MONTHLY, WEEKLY, DAILY
_FREQUENCIES: dict[str, Frequency] = {
    "YEARLY": rrule.YEARLY,
    "MONTHLY": rrule.MONTHLY,
    "WEEKLY": rrule.WEEKLY,
    "DAILY": rrule.DAILY,
}
_DAY_NAMES = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)
_DAY = re.compile(r"^([+-]?\d{1,2})?\s*([A-Za-z]+)\.?$")
_NO_PHASE = date(2001, 1, 1)  # a Monday
_BY_FIELDS = ("byday", "bymonthday", "byyearday", "byweekno")
_SEPARATORS = re.compile(r"[\s,;]+")


class BadRecurrence(ValueError):
    pass


@dataclass(frozen=True)
class Recurrence:
    freq: Frequency
    interval: int = 1
    byweekday: tuple[tuple[int, int | None], ...] = ()  # (0 = Monday, ordinal or None)
    bymonthday: tuple[int, ...] = ()
    byyearday: tuple[int, ...] = ()
    byweekno: tuple[int, ...] = ()
    dtstart: date | None = None
    until: date | None = None
    count: int | None = None
    wkst: int = 0
    anchor: date | None = None  # without dtstart: `valid_from`, the start of an interval or a count
    bysetpos: tuple[int, ...] = ()
    exdates: tuple[date, ...] = ()  # RFC 5545 EXDATE: days the rule does not occur

    @property
    def start(self) -> date | None:
        return self.dtstart or self.anchor

    @property
    def weekly_days(self) -> frozenset[int] | None:
        """The weekdays when the rule is just 'every week on these days' (no phase, no end)."""
        plain = (
            self.freq in (rrule.WEEKLY, rrule.DAILY)
            and self.interval == 1
            and self.count is None
            and self.until is None
            and not (self.bymonthday or self.byyearday or self.byweekno or self.bysetpos or self.exdates)
            and all(ordinal is None for _, ordinal in self.byweekday)
        )
        if not plain or self.dtstart is not None:
            return None
        return frozenset(day for day, _ in self.byweekday) or frozenset(range(7))


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def day_of(value: Any) -> date | None:
    """A date or the date of a date-time (`2026-01-05`, `2026-01-05T09:00:00Z`, `01/05/2026`)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    if not text:
        return None
    try:
        return parse_date(text)
    except BadTime:
        raise BadRecurrence(f"not a date: {text!r}") from None


_LETTERS = {"m": 0, "w": 2, "f": 4}  # `M-F`, `M, W, F`; `T` and `S` alone could be two days
_TWO_DAYS = {"t": "TU or TH", "s": "SA or SU"}


def _weekday(name: str) -> int:
    lowered = name.lower().rstrip(".")
    if lowered.upper() in DAY_CODES:
        return DAY_CODES.index(lowered.upper())
    if lowered in _LETTERS:
        return _LETTERS[lowered]
    singular = lowered.removesuffix("s") if len(lowered) > 3 else lowered  # `Mondays`, `lundis`
    matches = {
        index % 7 for index, full in enumerate(_DAY_NAMES) if len(singular) >= 3 and full.startswith(singular)
    }
    if lowered in _TWO_DAYS:
        raise BadRecurrence(f"{name!r} alone is two days ({_TWO_DAYS[lowered]}): write both letters")
    if len(matches) != 1:
        raise BadRecurrence(f"not a day (MO to SU): {name!r}")
    return matches.pop()


# Days as partners spell them: `Weekdays`, `fin de semaine`, `Mon–Fri` (a spreadsheet's dash),
# `du lundi au vendredi`, `Mon through Fri`, `lundi et mercredi`, `Mon & Wed`, `Mon/Wed`.
_GROUPS = {
    "weekdays": "MO-FR",
    "weekday": "MO-FR",
    "en semaine": "MO-FR",
    "semaine": "MO-FR",
    "jours de semaine": "MO-FR",
    "weekends": "SA,SU",
    "weekend": "SA,SU",
    "fin de semaine": "SA,SU",
    "fins de semaine": "SA,SU",
    "daily": "MO-SU",
    "every day": "MO-SU",
    "everyday": "MO-SU",
    "tous les jours": "MO-SU",
}
_RANGE_WORDS = re.compile(r"\s+(?:au|à|a|to|through|thru|until)\s+|\s*[–—]\s*", re.IGNORECASE)
_AND_WORDS = re.compile(r"\s+(?:et|and)\s+|\s*[&;/]\s*", re.IGNORECASE)
_FROM_WORD = re.compile(r"^(?:du|de|from|les|le|on)\s+", re.IGNORECASE)


def _spelled(text: str) -> str:
    parts = []
    for part in _AND_WORDS.sub(",", text).split(","):
        part = _FROM_WORD.sub("", part.strip())
        part = _GROUPS.get(part.lower(), part)
        parts.append(_RANGE_WORDS.sub("-", part))
    return ",".join(parts)


def byday(value: Any) -> tuple[tuple[int, int | None], ...]:
    """`MO,WE`, `1MO`, `-1FR`, `MO-FR`, `Monday`, `Weekdays`, `du lundi au vendredi` -> (weekday,
    ordinal) pairs; BadRecurrence names the field, as the other fields' reasons do."""
    try:
        return _byday(value)
    except BadRecurrence as exc:
        raise BadRecurrence(f"byday: {exc}") from None


def _byday(value: Any) -> tuple[tuple[int, int | None], ...]:
    days: list[tuple[int, int | None]] = []
    text = ",".join(map(_text, value)) if isinstance(value, list | tuple) else _text(value)
    text = _spelled(text)
    for part in filter(None, (item.strip() for item in text.split(","))):
        first, dash, last = part.partition("-") if part[0] not in "+-" else (part, "", "")
        if dash and last and not last[0].isdigit():
            start, end = _weekday(first.strip()), _weekday(last.strip())
            span = range(start, end + 1) if start <= end else [*range(start, 7), *range(0, end + 1)]
            days.extend((day, None) for day in span)
            continue
        match = _DAY.match(part)
        if match is None:
            raise BadRecurrence(f"not a day (MO to SU, 1MO, -1FR): {part!r}")
        ordinal = int(match[1]) if match[1] else None
        if ordinal is not None and not (1 <= abs(ordinal) <= 53):
            raise BadRecurrence(f"not an ordinal day: {part!r}")
        days.append((_weekday(match[2]), ordinal))
    return tuple(dict.fromkeys(days))


def weekday_codes(value: Any) -> str:
    """HSDS 1.x and 2.0 `weekday`: 1 to 7, 1 = Monday (HSDS 1.1.1, ISO 8601), or a day's name as
    Ohana and partners write it (`Monday`, `Tue`, `lundi`, `MO`; a range `Mon-Fri` too) -> day codes
    (`MO`); ValueError naming the weekday otherwise (`0` is Sunday in some systems, Monday in others)."""
    text = _text(value)
    if text.isdigit():
        if not 1 <= int(text) <= 7:
            raise ValueError(f"weekday {text!r}: 1 to 7, 1 = Monday")
        return DAY_CODES[int(text) - 1]
    try:
        days = byday(text)
    except BadRecurrence:
        days = ()
    if not days or any(ordinal is not None for _, ordinal in days):
        raise ValueError(f"weekday {text!r} is not a day of the week")
    return ",".join(DAY_CODES[day] for day, _ in days)


def _numbers(value: Any, name: str, highest: int) -> tuple[int, ...]:
    items = value if isinstance(value, list | tuple) else _text(value).split(",")
    numbers = []
    for item in items:
        text = _text(item)
        if not text:
            continue
        try:
            number = int(text)
        except ValueError:
            raise BadRecurrence(f"{name}: not a number: {text!r}") from None
        if not 1 <= abs(number) <= highest:
            raise BadRecurrence(f"{name}: out of range: {number}")
        numbers.append(number)
    return tuple(numbers)


def _positive(value: Any, name: str) -> int | None:
    text = _text(value)
    if not text:
        return None
    try:
        number = int(float(text))
    except ValueError:
        raise BadRecurrence(f"{name}: not a number: {text!r}") from None
    if number < 1:
        raise BadRecurrence(f"{name}: must be 1 or more")
    return number


def parse(row: Mapping[str, Any], valid_from: date | None) -> Recurrence | None:
    """The recurrence of a schedule row; None when it has no `freq` and no `by...` field."""
    freq_name = _text(row.get("freq")).upper()
    if not freq_name and not any(_text(row.get(name)) for name in _BY_FIELDS):
        return None
    days = byday(row.get("byday"))
    if not freq_name:
        freq_name = "WEEKLY"
    if freq_name not in _FREQUENCIES:
        raise BadRecurrence(f"freq: not DAILY, WEEKLY, MONTHLY or YEARLY: {freq_name!r}")
    reason = rule_parts.forbidden(row, _text(row.get("freq")).upper(), days)
    if reason:
        raise BadRecurrence(reason)
    freq = _FREQUENCIES[freq_name]
    if freq in (rrule.WEEKLY, rrule.DAILY) and any(ordinal is not None for _, ordinal in days):
        freq = rrule.MONTHLY
    wkst = _text(row.get("wkst")).upper()
    until = _day(row, "until")
    rec = Recurrence(
        freq=freq,
        interval=_positive(row.get("interval"), "interval") or 1,
        byweekday=days,
        bymonthday=_numbers(row.get("bymonthday"), "bymonthday", 31),
        byyearday=_numbers(row.get("byyearday"), "byyearday", 366),
        byweekno=_numbers(row.get("byweekno"), "byweekno", 53),
        dtstart=_day(row, "dtstart"),
        until=until,
        count=_positive(row.get("count"), "count"),
        wkst=_wkst(wkst),
        anchor=valid_from if valid_from is not None and valid_from.year > 1 else None,
        bysetpos=_numbers(row.get("bysetpos"), "bysetpos", 366),
        exdates=_exdates(row.get("exdate")),
    )
    if rec.until is not None and rec.start is not None and rec.until < rec.start:
        raise BadRecurrence("until: before dtstart (or valid_from), the schedule never occurs")
    if rec.start is None and (rec.interval > 1 or rec.count is not None):
        counted = "count" if rec.count is not None else "interval"
        raise BadRecurrence(f"{counted}: no first day to count from: give dtstart (or valid_from)")
    if (
        rec.freq in (rrule.MONTHLY, rrule.YEARLY)
        and rec.start is None
        and not (days or rec.bymonthday or rec.byyearday or rec.byweekno)
    ):
        raise BadRecurrence(f"freq: {freq_name} says no day: give byday, bymonthday or dtstart")
    try:
        _rule(rec, (rec.start or _NO_PHASE).year)
    except ValueError as exc:
        raise BadRecurrence(f"freq: not a recurrence: {exc}") from None
    return rec


def _wkst(text: str) -> int:
    """RFC 5545 WKST (default Monday); BadRecurrence names the field."""
    try:
        return _weekday(text) if text else 0
    except BadRecurrence as exc:
        raise BadRecurrence(f"wkst: {exc}") from None


def _day(row: Mapping[str, Any], name: str) -> date | None:
    """The date of the field `name`; BadRecurrence names the field."""
    try:
        return day_of(row.get(name))
    except BadRecurrence as exc:
        raise BadRecurrence(f"{name}: {exc}") from None


def _exdates(value: Any) -> tuple[date, ...]:
    """RFC 5545 EXDATE: dates (`2026-12-25`, `20261225`, date-times) separated by commas or spaces."""
    items = value if isinstance(value, list | tuple) else _SEPARATORS.split(_text(value))
    try:
        found = [day_of(item) for item in items if _text(item)]
    except BadRecurrence as exc:
        raise BadRecurrence(f"exdate: {exc}") from None
    return tuple(sorted({day for day in found if day is not None}))


def _rule(rec: Recurrence, year: int) -> rrule.rrule:
    start = rec.start
    if start is None:
        start = date(year, 1, 1) if rec.interval == 1 and rec.count is None else _NO_PHASE
    weekdays = [rrule.weekday(day, ordinal) for day, ordinal in rec.byweekday]
    if not weekdays and rec.dtstart is None and rec.freq == rrule.WEEKLY:
        weekdays = [rrule.weekday(day) for day in range(7)]
    return rrule.rrule(
        rec.freq,
        dtstart=datetime.combine(start, time()),
        interval=rec.interval,
        wkst=rec.wkst,
        count=rec.count,
        until=datetime.combine(rec.until, time(23, 59, 59)) if rec.until else None,
        byweekday=weekdays or None,
        bymonthday=rec.bymonthday or None,
        byyearday=rec.byyearday or None,
        byweekno=rec.byweekno or None,
        bysetpos=rec.bysetpos or None,
        cache=False,
    )


@lru_cache(maxsize=8192)
def days_in_year(rec: Recurrence, year: int) -> tuple[date, ...]:
    """The days of `year` on which the rule recurs, in order."""
    if (
        year < 1
        or year > 9998
        or (rec.start and rec.start.year > year)
        or (rec.until and rec.until.year < year)
    ):
        return ()
    first, last = datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)
    days = (moment.date() for moment in _rule(rec, year).between(first, last, inc=True))
    return tuple(day for day in days if day not in rec.exdates)


@lru_cache(maxsize=1024)
def last_day(rec: Recurrence) -> date | None:
    """The last day the rule recurs (`until`, or its `count`-th occurrence); None: no end."""
    if rec.until is not None or rec.count is None:
        return rec.until
    found = list(_rule(rec, (rec.start or _NO_PHASE).year))
    return found[-1].date() if found else None


@lru_cache(maxsize=8192)
def _day_set(rec: Recurrence, year: int) -> frozenset[date]:
    return frozenset(days_in_year(rec, year))


def occurs(rec: Recurrence, day: date) -> bool:
    return day in _day_set(rec, day.year)


def next_day(rec: Recurrence, day: date, last: date) -> date | None:
    """The first day on or after `day`, up to `last`, on which the rule recurs."""
    for year in range(day.year, last.year + 1):
        days = days_in_year(rec, year)
        index = bisect_left(days, day)
        if index < len(days):
            return days[index] if days[index] <= last else None
    return None
