"""Québec health card numbers (RAMQ) written in lower case: "trem 8501 1234", "trem85011234"
(issue 11, sixteenth round; in capitals they are found with the other codes, identity_numbers.py).

Four letters (three of the family name, one of the first name), then eight digits: the birth
year, the month (plus 50 for a woman), the day, and two more. In lower case the four letters
could be any word, so the digits must read as such a birth date: "dial 1234 5678" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints, digit_runs, match_at

_RAMQ_LOWER = re.compile(
    r"\b[A-Za-z][a-z]{3}[ -]?\d\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])[ -]?(?:0[1-9]|[12]\d|3[01])\d\d\b"
)


def find_lower_case_health_cards(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Tried at the four letters before a run of four or eight digits (a space or a dash between
    them or not)."""
    starts = []
    for digit, end in digit_runs(text, hints):
        if end - digit in (4, 8) and digit >= 4:
            gap = 1 if text[digit - 1] in " -" else 0
            if digit - gap >= 4 and text[digit - gap - 1].islower():
                starts.append(digit - gap - 4)
    if starts:
        yield from match_at(text, _RAMQ_LOWER, starts)
