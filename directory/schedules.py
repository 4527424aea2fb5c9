"""Open now? When does it open? Weekly HSDS schedules read in the location's IANA time zone.

Pure: no database. Handles overnight hours (22:00-06:00), 24/7, date-bound exceptions (closures and
holiday hours, `closed` profile field; year 0001 means every year) and daylight-saving changes: every
interval is built on the local calendar, then compared as absolute instants.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from directory.clock import BadTime, parse_date, parse_time

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_ALL_DAYS = frozenset(range(7))
_END_OF_DAY = (time(23, 59), time(23, 59, 59))
_LOOKAHEAD_DAYS = 15
ANNUAL_YEAR = 1


@dataclass(frozen=True)
class Rule:
    days: frozenset[int]  # 0 = Monday
    opens: time | None
    closes: time | None
    valid_from: date | None = None
    valid_to: date | None = None
    closed: bool = False
    exception: bool = False  # bound to dates (a holiday or a closure), replaces the weekly hours

    def covers(self, day: date) -> bool:
        start, end = self.valid_from, self.valid_to or self.valid_from
        if start is None or end is None:
            return True
        if start.year == ANNUAL_YEAR:
            key, low, high = (day.month, day.day), (start.month, start.day), (end.month, end.day)
            return low <= key <= high if low <= high else key >= low or key <= high
        return start <= day <= end


@dataclass(frozen=True)
class OpenState:
    open: bool
    always: bool = False
    opens_at: datetime | None = None  # next opening, when closed
    closes_at: datetime | None = None  # end of the current opening, when open


class BadSchedule(ValueError):
    pass


def zone(name: str | None, default: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or default)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(default)


def is_time_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    if text.startswith("0001-") or text.startswith("1-"):
        month, day = text.split("-")[-2:]
        return date(ANNUAL_YEAR, int(month), int(day[:2]))
    return parse_date(text[:10])


_RULE_FIELDS = ("opens_at", "closes_at", "valid_from", "valid_to", "byday", "closed", "freq")


def rule_from_row(row: Mapping[str, Any]) -> Rule | None:
    """An HSDS schedule row as a rule; None when it says nothing about hours (e.g. only a note)."""
    return _rule(tuple(row.get(name) for name in _RULE_FIELDS))


@lru_cache(maxsize=4096)
def _rule(values: tuple[Any, ...]) -> Rule | None:
    row = dict(zip(_RULE_FIELDS, values, strict=True))
    try:
        opens = parse_time(str(row["opens_at"])) if row.get("opens_at") else None
        closes = parse_time(str(row["closes_at"])) if row.get("closes_at") else None
        valid_from, valid_to = _date(row.get("valid_from")), _date(row.get("valid_to"))
    except (BadTime, ValueError) as exc:
        raise BadSchedule(str(exc)) from None
    byday = str(row.get("byday") or "")
    days = frozenset(DAY_CODES.index(code.strip()[-2:].upper()) for code in byday.split(",")
                     if code.strip()[-2:].upper() in DAY_CODES) or _ALL_DAYS
    closed = bool(row.get("closed"))
    freq = str(row.get("freq") or "").upper()
    exception = closed or (not freq and valid_from is not None)
    if not closed and (opens is None or closes is None):
        return None
    return Rule(days=days, opens=opens, closes=closes, valid_from=valid_from, valid_to=valid_to,
                closed=closed, exception=exception)


def rules_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[Rule]:
    rules = []
    for row in rows:
        try:
            rule = rule_from_row(row)
        except BadSchedule:
            continue
        if rule is not None:
            rules.append(rule)
    return rules


def _all_day(rule: Rule) -> bool:
    return rule.opens == time(0) and (rule.closes == time(0) or rule.closes in _END_OF_DAY)


def is_always_open(rules: Iterable[Rule]) -> bool:
    """24/7: every weekday covered from 00:00 to midnight by an unbounded weekly rule."""
    covered: set[int] = set()
    for rule in rules:
        if not rule.exception and rule.valid_from is None and rule.valid_to is None and _all_day(rule):
            covered |= rule.days
    return covered == set(_ALL_DAYS)


def _intervals(rules: list[Rule], day: date, tz: ZoneInfo) -> list[tuple[datetime, datetime]]:
    exceptions = [rule for rule in rules if rule.exception and rule.covers(day)]
    if exceptions:
        if any(rule.closed for rule in exceptions):
            return []
        chosen = exceptions
    else:
        chosen = [rule for rule in rules if not rule.exception and day.weekday() in rule.days
                  and rule.covers(day)]
    result = []
    for rule in chosen:
        if rule.opens is None or rule.closes is None:
            continue
        start = datetime.combine(day, rule.opens, tzinfo=tz)
        if rule.closes in _END_OF_DAY or rule.closes <= rule.opens:
            end = datetime.combine(day + timedelta(days=1), rule.closes if rule.closes not in _END_OF_DAY
                                   else time(0), tzinfo=tz)
        else:
            end = datetime.combine(day, rule.closes, tzinfo=tz)
        result.append((start.astimezone(UTC), end.astimezone(UTC)))
    return result


@dataclass(frozen=True)
class DayHours:
    """A service's hours on one local day: 24/7, or its openings (none: closed that day), or
    unknown (no hours on file)."""

    always: bool = False
    known: bool = True
    openings: tuple[tuple[datetime, datetime], ...] = ()

    @property
    def closed(self) -> bool:
        return self.known and not self.always and not self.openings


def hours_on(rules: list[Rule], tz: ZoneInfo, day: date, *, always: bool = False) -> DayHours:
    """The openings of `day` (a date in `tz`), as absolute instants, earliest first."""
    always = always or is_always_open(rules)
    if always and not any(rule.exception and rule.covers(day) for rule in rules):
        return DayHours(always=True)
    if not rules:
        return DayHours(known=False)
    return DayHours(openings=tuple(sorted(_intervals(rules, day, tz))))


def state(rules: list[Rule], tz: ZoneInfo, at: datetime, *, always: bool | None = None) -> OpenState:
    always_open = always if always is not None else is_always_open(rules)
    # 24/7, unless a holiday (a closure, or holiday hours) replaces today's hours
    if always_open and not any(rule.exception and rule.covers(at.astimezone(tz).date()) for rule in rules):
        return OpenState(open=True, always=True)
    now = at.astimezone(UTC)
    today = now.astimezone(tz).date()
    intervals = sorted(interval for offset in (-1, 0, 1)
                       for interval in _intervals(rules, today + timedelta(days=offset), tz))
    for start, end in intervals:
        if start <= now < end:
            closes = end
            for next_start, next_end in intervals:  # back-to-back openings read as one
                if next_start <= closes < next_end:
                    closes = next_end
            return OpenState(open=True, closes_at=closes)
    for offset in range(2, _LOOKAHEAD_DAYS + 1):  # the next opening, one day at a time
        upcoming = [start for start, _ in intervals if start > now]
        if upcoming:
            return OpenState(open=False, opens_at=min(upcoming))
        intervals = _intervals(rules, today + timedelta(days=offset), tz)
    return OpenState(open=False)
