"""A street named before its type, then its door number, the order of Europe and of addresses
typed in another alphabet (issue 11, thirteenth round): "Bloor St W 210", "Queen St E 455 kv
1203", "Main Street 45". The name starts with a capital; amounts, durations and times after a
street ("Main Street 45 minutes") were masked by keep.py before, so they are never a number."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.addresses import TYPE_AFTER, TYPE_AFTER_WORDS
from triage.redaction.spans import Hints

_STREET_THEN_NUMBER = re.compile(
    rf"(?<![\w'’-])(?:[A-ZÀ-Ý][\w'’.-]+[ \t]+){{1,3}}(?i:{TYPE_AFTER})(?!\w)\.?"
    r"(?:[ \t]+(?:[NS][EW]|[NSEW]|North|South|East|West|Ouest|Est|Nord|Sud)\b\.?)?"
    # the number may carry the Korean or Chinese word for a lot or a door ("Finch Ave 4520번지")
    r",?[ \t]+\d{1,5}[A-Za-z]?(?:번지|번|호|号|號)?(?![\w,.:/–-]?\d)(?![\w%$€])"
)


def find_streets_then_numbers(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of a street, its type, maybe a direction, then its door number."""
    if hints.digit_starts and not hints.words.isdisjoint(TYPE_AFTER_WORDS):
        yield from (match.span() for match in _STREET_THEN_NUMBER.finditer(text))
