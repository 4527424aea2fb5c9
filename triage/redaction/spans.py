"""Found spans and the masking that keeps later detectors off text already claimed."""

from __future__ import annotations

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
