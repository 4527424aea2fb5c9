"""A month's statistics cannot give back a count under 10 by subtracting the counts it shows.

The report shows a table: contacts per day and channel, each day's total, each channel's total
for the month and the month's total. Every count under 10 read "<10", but the sums were shown
beside them: in a month of 12 contacts a day and one caller on a quiet day, the month's total
less the 29 days shown was 1, and the web chat's month less its days shown was that same 1.
The attacker here works a report out as anyone would by hand: in any row or column whose
total is known, one unknown count is the total less the others, and each count found is used
again, until nothing more comes out; and, with bounds, a hidden count is at least 0.
"""

from __future__ import annotations

import random
from datetime import date
from zoneinfo import ZoneInfo

import pytest

from app.domain import ChannelKind
from app.statistics import report
from app.statistics.day_table import hidden
from app.statistics.period import Period
from app.statistics.queries import FirstAnswer, RawCounts
from app.statistics.suppression import SUPPRESSED

pytestmark = pytest.mark.pure

NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30), ZoneInfo("UTC"))
CHANNELS = [kind.value for kind in ChannelKind]
QUIET_DAY = date(2026, 11, 17)


def _report(per_day: dict[tuple[date, str], int]) -> report.StatsRead:
    total = sum(per_day.values())
    raw = RawCounts(
        per_day=per_day,
        urgency={"standard": total},
        languages={"fr": total},
        needs={},
        first_answer=FirstAnswer(0, None, None),
        abandoned=0,
    )
    return report.build(raw, period=NOVEMBER, referrals=None, languages=("fr",))


def _shown_table(stats: report.StatsRead) -> list[list[int | None]]:
    """The table as the report shows it, None for "<10"; totals in the last row and column."""

    def read(value: int | str) -> int | None:
        return None if value == SUPPRESSED else int(value)

    rows = [[*(read(day.by_channel[ch]) for ch in CHANNELS), read(day.total)] for day in stats.days]
    return [*rows, [*(read(stats.by_channel[ch]) for ch in CHANNELS), read(stats.total)]]


def _worked_out(table: list[list[int | None]]) -> dict[tuple[int, int], int]:
    """Every hidden count the sums give back, one unknown in a row or column at a time."""
    known = {(r, c): v for r, row in enumerate(table) for c, v in enumerate(row) if v is not None}
    last_row, last_col = len(table) - 1, len(table[0]) - 1
    lines = [([(r, c) for c in range(last_col)], (r, last_col)) for r in range(last_row + 1)]
    lines += [([(r, c) for r in range(last_row)], (last_row, c)) for c in range(last_col + 1)]
    found: dict[tuple[int, int], int] = {}
    progress = True
    while progress:
        progress = False
        for parts, total in lines:
            unknown = [cell for cell in [*parts, total] if cell not in known]
            if len(unknown) != 1:
                continue
            (cell,) = unknown
            parts_sum = sum(known[p] for p in parts if p != cell)
            value = parts_sum if cell == total else known[total] - parts_sum
            known[cell] = found[cell] = value
            progress = True
        # The hidden counts of a line whose total the others reach are 0.
        for parts, total in lines:
            unknown = [p for p in parts if p not in known]
            if total in known and unknown and known[total] == sum(known[p] for p in parts if p in known):
                known.update(dict.fromkeys(unknown, 0))
                found.update(dict.fromkeys(unknown, 0))
                progress = True
    return found


def _singled_out(stats: report.StatsRead) -> dict[tuple[int, int], int]:
    return {cell: value for cell, value in _worked_out(_shown_table(stats)).items() if 0 < value < 10}


def test_one_caller_on_a_quiet_day_stays_hidden() -> None:
    per_day = {(day, "webchat"): 12 for day in NOVEMBER.days()}
    per_day[(QUIET_DAY, "webchat")] = 1
    stats = _report(per_day)
    # Before: the quiet day alone read "<10", and the month's 349 less the 29 days of 12 was 1.
    assert stats.total == 349
    assert _singled_out(stats) == {}
    quiet = next(day for day in stats.days if day.day == QUIET_DAY)
    assert quiet.total == SUPPRESSED and quiet.by_channel["webchat"] == SUPPRESSED
    shown_days = [day.total for day in stats.days if day.total != SUPPRESSED]
    assert len(shown_days) >= 27  # a few more days hidden, not the whole month


def test_a_lone_small_channel_of_a_day_stays_hidden() -> None:
    per_day = {(day, ch): 15 for day in NOVEMBER.days() for ch in CHANNELS}
    per_day[(QUIET_DAY, "telegram")] = 2
    stats = _report(per_day)
    # Before: that day's total less its four other channels, or Telegram's month less its other
    # days, was 2.
    assert _singled_out(stats) == {}


def test_a_busy_month_of_small_counts_gives_nothing_back() -> None:
    chance = random.Random(20)
    per_day = {
        (day, ch): chance.choice([0, 0, 1, 3, 8, 12, 25, 40]) for day in NOVEMBER.days() for ch in CHANNELS
    }
    assert _singled_out(_report(per_day)) == {}


def test_only_what_must_be_hidden_is_hidden_when_nothing_is_small() -> None:
    table = [[12, 30, 42], [11, 10, 21], [23, 40, 63]]
    assert hidden(table) == set()
