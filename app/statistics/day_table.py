"""Complementary suppression of the contacts table: a count per day and channel, each day's
total, each channel's total for the month and the month's total.

Every count under 10 is hidden ("<10"), but the sums give some back: the month's total less the
days shown is the one day hidden (one caller on a quiet day), a channel's month less its days
shown is its one day hidden, and a sum that leaves 0 to share pins each hidden count of it at 0,
which may then pin the others. `hidden` hides more counts, each time the smallest one shown in
the row or column of a count that can be worked out (never the month's total), until none can:

- by the sums alone: a hidden count is determined by them unless a cycle of hidden counts
  passes through it (alternating rows and columns), along which it can move while every sum
  stays the same; such counts are the bridges of the graph of hidden counts;
- by the sums and the counts' bounds: each hidden count at least 0, narrowed by what each sum
  leaves it (interval propagation, as someone working them out by hand would), until its
  lowest and highest possible values are one.

A linear programme could narrow the bounds further than propagation; no case of that is known
to single out a count here, but it is not excluded.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterator

from app.statistics.suppression import SMALL_CELL

Cell = tuple[int, int]
Bounds = dict[Cell, tuple[float, float]]
_STEPS_PER_SUM = 50  # narrowings at most, per sum with a hidden cell; a month settles in a few
_TRIED = 6  # the smallest cells beside the exposed ones whose hiding is tried at each step


def hidden(table: list[list[int]]) -> set[Cell]:
    """The cells of `table` shown as "<10". Its last row holds the column totals, its last
    column the row totals; the bottom right corner, the grand total, is hidden only under 10."""
    corner = (len(table) - 1, len(table[0]) - 1)
    hide = {cell for cell in _cells(table) if _value(table, cell) < SMALL_CELL}
    exposed = _worked_out(table, hide)
    while exposed:
        beside = sorted(
            (_value(table, cell), cell)
            for cell in _cells(table)
            if any(cell[0] == row or cell[1] == col for row, col in exposed)
            and cell not in hide
            and cell != corner
        )
        if not beside:
            break
        tried = {cell: _worked_out(table, hide | {cell}) for _, cell in beside[:_TRIED]}
        extra = min(tried, key=lambda cell: (len(tried[cell]), _value(table, cell), cell))
        hide.add(extra)
        exposed = tried[extra]
    return hide


def _cells(table: list[list[int]]) -> Iterator[Cell]:
    return ((row, col) for row in range(len(table)) for col in range(len(table[0])))


def _value(table: list[list[int]], cell: Cell) -> int:
    return table[cell[0]][cell[1]]


def _sums(table: list[list[int]]) -> list[tuple[list[Cell], Cell]]:
    """Each sum as (its parts, its total): every row and every column of the table."""
    last_row, last_col = len(table) - 1, len(table[0]) - 1
    rows = [([(r, c) for c in range(last_col)], (r, last_col)) for r in range(last_row + 1)]
    cols = [([(r, c) for r in range(last_row)], (last_row, c)) for c in range(last_col + 1)]
    return rows + cols


def _worked_out(table: list[list[int]], hide: set[Cell]) -> list[Cell]:
    """The hidden counts other than 0 someone could work out: a count the sums determine, or
    one under 10 they narrow to fewer values than "<10" says (0 to 9). A 0 singles out nobody."""
    bounds = _bounds(table, hide)
    pinned = {cell for cell in hide if bounds[cell][0] >= bounds[cell][1]}
    narrowed = {
        cell
        for cell in hide
        if _value(table, cell) < SMALL_CELL and bounds[cell][1] - bounds[cell][0] < SMALL_CELL - 1
    }
    found = pinned | narrowed | _bridges(hide - pinned)
    return sorted(cell for cell in found if _value(table, cell) > 0)


def _bounds(table: list[list[int]], hide: set[Cell]) -> Bounds:
    """Each cell's lowest and highest possible values, by interval propagation over the sums
    (a sum is narrowed again only when one of its cells' bounds changed)."""
    bounds: Bounds = {
        cell: (0.0, math.inf) if cell in hide else (float(_value(table, cell)),) * 2 for cell in _cells(table)
    }
    sums = [(parts, total) for parts, total in _sums(table) if hide.intersection([*parts, total])]
    touching: dict[Cell, list[int]] = {}
    for index, (parts, total) in enumerate(sums):
        for cell in hide.intersection([*parts, total]):
            touching.setdefault(cell, []).append(index)
    waiting = deque(range(len(sums)))
    queued = set(waiting)
    for _ in range(_STEPS_PER_SUM * len(sums)):
        if not waiting:
            break
        index = waiting.popleft()
        queued.discard(index)
        for cell in _narrow(bounds, *sums[index]):
            for other in touching.get(cell, ()):
                if other not in queued:
                    waiting.append(other)
                    queued.add(other)
    return bounds


def _narrow(bounds: Bounds, parts: list[Cell], total: Cell) -> list[Cell]:
    """Narrow the bounds of one sum's cells by the others'; the cells whose bounds changed."""
    lows = [bounds[cell][0] for cell in parts]
    highs = [bounds[cell][1] for cell in parts]
    low = sum(lows)
    unbounded = sum(1 for high in highs if high == math.inf)
    finite_high = sum(high for high in highs if high != math.inf)
    changed = [total] if _clip(bounds, total, low, math.inf if unbounded else finite_high) else []
    total_low, total_high = bounds[total]
    for cell, cell_low, cell_high in zip(parts, lows, highs, strict=True):
        if cell_high != math.inf:
            others_high = math.inf if unbounded else finite_high - cell_high
        else:
            others_high = finite_high if unbounded == 1 else math.inf
        if _clip(bounds, cell, total_low - others_high, total_high - (low - cell_low)):
            changed.append(cell)
    return changed


def _clip(bounds: Bounds, cell: Cell, low: float, high: float) -> bool:
    old_low, old_high = bounds[cell]
    if low <= old_low and high >= old_high:
        return False
    bounds[cell] = (max(old_low, low), min(old_high, high))
    return True


def _bridges(hide: set[Cell]) -> set[Cell]:
    """Hidden cells on no cycle of hidden cells (rows and columns are the graph's nodes)."""
    graph: dict[tuple[str, int], list[tuple[tuple[str, int], Cell]]] = {}
    for row, col in hide:
        graph.setdefault(("row", row), []).append((("col", col), (row, col)))
        graph.setdefault(("col", col), []).append((("row", row), (row, col)))
    order: dict[tuple[str, int], int] = {}
    low: dict[tuple[str, int], int] = {}
    found: set[Cell] = set()

    def visit(node: tuple[str, int], via: Cell | None) -> None:
        order[node] = low[node] = len(order)
        for neighbour, cell in graph[node]:
            if cell == via:
                continue
            if neighbour in order:
                low[node] = min(low[node], order[neighbour])
                continue
            visit(neighbour, cell)
            low[node] = min(low[node], low[neighbour])
            if low[neighbour] > order[node]:
                found.add(cell)

    for node in sorted(graph):
        if node not in order:
            visit(node, None)
    return found
