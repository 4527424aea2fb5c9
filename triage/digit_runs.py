r"""Where the numbers of a message's folded text stand, found once for its readers.

Pay (`triage.wages`), hours of work (`triage.hours`), clock times (`triage.shifts`), counts of
months (`triage.danger.durations`) and years (`triage.danger.years`) try their patterns only
where a run of digits starts. A regex search for a digit walks the text in the regex engine,
some 20,000 machine instructions for a message of 300 characters, once for each reader; on a
Latin-1 text (most messages) `bytes.translate` and `bytes.find` find the runs in C for a tenth
of that, and the runs of the last text asked about are remembered: the readers of one message
ask about the same folded text one after the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from triage.folding import latin1

Runs = tuple[tuple[int, int], ...]
# For `bytes.translate` on a Latin-1 text: a digit becomes "0", anything else a space.
LATIN1_DIGITS = bytes(0x30 if 0x30 <= code <= 0x39 else 0x20 for code in range(256))  # \d is 0-9 there

# The last text asked about and its runs (one read and one write: another thread may replace it).
_last: tuple[str, Runs | None] | None = None


def latin1_digit_runs(data: bytes) -> Runs:
    """(start, end) of the digit runs of a Latin-1 text, found with `bytes.find`."""
    marks = data.translate(LATIN1_DIGITS)
    runs = []
    start = marks.find(b"0")
    while start != -1:
        end = marks.find(b" ", start)
        if end == -1:
            runs.append((start, len(marks)))
            break
        runs.append((start, end))
        start = marks.find(b"0", end)
    return tuple(runs)


def digit_runs(text: str) -> Runs | None:
    r"""(start, end) of each run of digits (`\d`) of `text`, in order; None when `text` is not
    Latin-1 (the caller then searches with its own pattern). On Latin-1, `\d` is 0-9."""
    global _last
    last = _last
    if last is not None and last[0] == text:
        return last[1]
    data = latin1(text)
    runs = None if data is None else latin1_digit_runs(data)
    _last = (text, runs)
    return runs


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds when the pattern can only match at `starts` (in
    order): a match at each start not inside the match before it."""
    covered = 0
    for start in starts:
        if start < covered:
            continue
        match = pattern.match(text, start)
        if match is not None:
            covered = match.end()
            yield match
