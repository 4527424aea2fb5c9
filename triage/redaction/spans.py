"""Found spans and the masking that keeps later detectors off text already claimed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from triage.codes import PiiType

MASK = "\x1a"  # not a letter, digit or space: words and numbers break on it


@dataclass(frozen=True, slots=True)
class Found:
    type: PiiType
    start: int
    end: int


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every span replaced by MASK characters (same length, same offsets)."""
    if not spans:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        if start < cursor:
            start = cursor
        if end <= start:
            continue
        pieces.append(text[cursor:start])
        pieces.append(MASK * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with spaces or trailing punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.-"):
        end -= 1
    return start, end


_DIGIT_RUN = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Hints:
    """Computed once per message so detectors can skip work: the lower-case words of the
    message, and where its digit runs start (number patterns are tried only there)."""

    words: frozenset[str]
    digit_starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Hints:
        return cls(
            words=frozenset(_WORD.findall(text.lower())),
            digit_starts=tuple(m.start() for m in _DIGIT_RUN.finditer(text)),
        )

    def has_any(self, words: frozenset[str]) -> bool:
        return not self.words.isdisjoint(words)


def match_at_digits(
    text: str, hints: Hints, patterns: tuple[re.Pattern[str], ...]
) -> Iterator[tuple[int, int]]:
    """Spans of `patterns` (which all start with a digit) tried only where a digit run starts."""
    covered = -1
    for start in hints.digit_starts:
        if start < covered:  # inside a number already matched: "2026-12-24" once, not three times
            continue
        for pattern in patterns:
            match = pattern.match(text, start)
            if match is not None:
                covered = max(covered, match.end())
                yield match.span()


def match_at(text: str, pattern: re.Pattern[str], starts: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The spans `pattern.finditer(text)` finds, with `pattern` tried only at `starts`: the same
    answer, without a scan of the whole text, when every place a match can start is among
    `starts` (given in any order, with repeats or extra places) and no match is empty."""
    covered = -1
    for start in sorted(starts):  # a repeated place fails again or is inside the match
        if start < covered:
            continue
        match = pattern.match(text, start)
        if match is not None:
            covered = match.end()
            yield match.span()


_MASKED = re.compile(f"{MASK}+")


def run_starts(text: str, hints: Hints) -> list[int]:
    """Where a digit run of `text` may start: where the message's digit runs start and, when
    earlier detectors masked parts of `text`, just after each masked part (the digits there
    may be the tail of a masked run)."""
    if MASK not in text:
        return list(hints.digit_starts)
    after_masks = [masked.end() for masked in _MASKED.finditer(text) if masked.end() < len(text)]
    return sorted(set(hints.digit_starts).union(after_masks))


def digits_at(text: str, start: int, count: int) -> bool:
    """`count` digits (as the regex \\d means them) start at `start`."""
    piece = text[start : start + count]
    return len(piece) == count and piece.isdecimal()
