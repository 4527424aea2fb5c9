"""Whether weekly hours cover every minute of the week (24/7, directory.schedules.is_always_open):
00:00-00:00 every day, 24-hour shifts from 08:00, or a day row 08:00-20:00 beside a night row
20:00-08:00. Pure; minutes of a week from Monday 00:00, on the wall clock."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import time

_DAY = 1440
_WEEK = 7 * _DAY
_END_OF_DAY = (time(23, 59), time(23, 59, 59))  # a closing time that means midnight
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
