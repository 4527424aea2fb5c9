"""Small-cell suppression: a count under 10 is never shown, only "<10".

A small count in a narrow slice (one language, one day, one channel) can point at one person.
Every count a report shows (page, JSON, CSV) goes through `shown`; a zero is suppressed too,
so an absent group cannot be told from a small one.

Cells that share out a shown total (the contacts by channel, urgency or language) go through
`shown_parts`: when only one of them is under 10, the total less the others would give it,
so the next smallest is hidden too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

SMALL_CELL = 10
SUPPRESSED: Literal["<10"] = "<10"

Count = int | Literal["<10"]


def shown(count: int) -> Count:
    return SUPPRESSED if count < SMALL_CELL else count


def enough(count: int) -> bool:
    """Whether a figure derived from `count` items (a median) may be shown."""
    return count >= SMALL_CELL


def shown_parts(parts: Mapping[str, int], total: int) -> dict[str, Count]:
    """`shown` for cells whose sum is `total`, with one more cell hidden when exactly one is."""
    hidden = {key for key, count in parts.items() if count < SMALL_CELL}
    if len(hidden) == 1 and total >= SMALL_CELL:
        rest = sorted((count, key) for key, count in parts.items() if key not in hidden)
        hidden |= {key for _, key in rest[:1]}
    return {key: SUPPRESSED if key in hidden else count for key, count in parts.items()}
