"""Small-cell suppression: a count under 10 is never shown, only "<10".

A small count in a narrow slice (one language, one day, one channel) can point at one person.
Every count a report shows (page, JSON, CSV) goes through `shown`; a zero is suppressed too,
so an absent group cannot be told from a small one.
"""

from __future__ import annotations

from typing import Literal

SMALL_CELL = 10
SUPPRESSED: Literal["<10"] = "<10"

Count = int | Literal["<10"]


def shown(count: int) -> Count:
    return SUPPRESSED if count < SMALL_CELL else count


def enough(count: int) -> bool:
    """Whether a figure derived from `count` items (a median) may be shown."""
    return count >= SMALL_CELL
