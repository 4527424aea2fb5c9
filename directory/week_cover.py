"""Whether weekly hours cover every minute of the week (24/7: is_always_open, also read through
directory.schedules): 00:00-00:00 every day, 24-hour shifts from 08:00, or a day row 08:00-20:00
beside a night row 20:00-08:00. Pure; minutes of a week from Monday 00:00, on the wall clock.

The weekly rows looked at are those that hold every week on their days for ever: unbounded ones,
or, asked from a day `first` on, rows valid from a day not after it and without end: a shelter 24/7
since `valid_from` 2020-01-01 (as HSDS 3 exports often write) is 24/7 (it was read "open until" the
400 days' horizon, and never flagged). Rows with a `valid_to` never are: the end of the opening is
told instead (a winter season's last night). Unbounded rows and rows valid from a day are never
mixed (the latter win on their days)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, time
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from directory.schedules import Rule

_DAY = 1440
_WEEK = 7 * _DAY
_END_OF_DAY = (time(23, 59), time(23, 59, 59))  # a closing time that means midnight
_MIDNIGHT = time(0)
_ALL_DAYS = frozenset(range(7))
Span = tuple[int, int]


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def week_spans(days: Iterable[int], opens: time, closes: time) -> list[Span]:
    """A weekly row's openings (days 0 = Monday) as minutes of the week; an opening that closes at
    or before it opens ends the next day (00:00-00:00 is 24 h), its end past the week's wrap."""
    length = (_minutes(closes) - _minutes(opens)) % _DAY or _DAY
    if closes in _END_OF_DAY:
        length = _DAY - _minutes(opens)
    return [(day * _DAY + _minutes(opens), day * _DAY + _minutes(opens) + length) for day in days]


def covers_the_week(spans: Iterable[Span]) -> bool:
    unwrapped = sorted(
        piece
        for start, end in spans
        for piece in ([(start, min(end, _WEEK))] + ([(0, end - _WEEK)] if end > _WEEK else []))
    )
    reached = 0
    for start, end in unwrapped:
        if start > reached:
            return False
        reached = max(reached, end)
    return reached >= _WEEK


def held(rule: Rule, first: date | None = None) -> bool:
    """Every week on its days from `first` on, for ever: an unbounded weekly row, or one valid
    from a day not after `first` and without end (no other recurrence, no holiday, not dated). Days
    taken out by `exdate` are dated exceptions, as a dated closure is: a 24/7 line without 25
    December (`exdate`) is held, and closed, not "24/7", around that day (skips)."""
    if rule.holidays is not None or rule.annual or rule.exception or not _weekly(rule):
        return False
    if rule.valid_from is None and rule.valid_to is None:
        return True
    return (
        first is not None
        and rule.valid_from is not None
        and rule.valid_from <= first
        and rule.valid_to is None
    )


def _weekly(rule: Rule) -> bool:
    """No recurrence but the weekly days, `exdate` aside."""
    rec = rule.recurrence
    return rec is None or (bool(rec.exdates) and replace(rec, exdates=()).weekly_days is not None)


def skips(rule: Rule, days: Iterable[date]) -> bool:
    """The rule's `exdate` takes out one of `days`."""
    return rule.recurrence is not None and any(day in rule.recurrence.exdates for day in days)


def is_always_open(rules: Iterable[Rule], first: date | None = None) -> bool:
    """24/7: the weekly rules held from `first` on (see the module) together cover every minute
    of the week (00:00-00:00 every day; 24-hour shifts from 08:00; a day row and a night row), all
    unbounded or all valid from a day, and nothing but dated exceptions besides (a closure or
    holiday hours are looked at on their dates)."""
    weekly: list[tuple[frozenset[int], time, time]] = []
    days: set[int] = set()
    kinds = set()
    for rule in rules:
        if rule.exception:
            continue
        if not held(rule, first) or rule.closed:
            return False
        weekly.append((rule.days, rule.opens or _MIDNIGHT, rule.closes or _MIDNIGHT))
        days |= rule.days
        kinds.add(rule.valid_from is None)
    # an opening lasts 24 h at most: a day on which none begins is not covered
    return days == _ALL_DAYS and len(kinds) == 1 and _covers(tuple(weekly))


@lru_cache(maxsize=4096)
def _covers(weekly: tuple[tuple[frozenset[int], time, time], ...]) -> bool:
    return covers_the_week(
        [span for days, opens, closes in weekly for span in week_spans(days, opens, closes)]
    )
