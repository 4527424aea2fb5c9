"""Pattern-based redaction: the first layer of the anonymising core.

Covers e-mails, IP addresses, long digit runs (phones, cards, id numbers) and social
handles. The full core of issue 3 (phonenumbers validation, names, addresses, words
for digits, checksums) replaces this module's inside, not `redact`'s signature.
"""

from __future__ import annotations

import re

from triage.codes import PiiType
from triage.result import Entity

_PATTERNS: tuple[tuple[PiiType, re.Pattern[str]], ...] = (
    (PiiType.EMAIL, re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)),
    (PiiType.IP, re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")),
    (PiiType.HANDLE, re.compile(
        r"(?:https?://)?(?:www\.)?(?:instagram|facebook|tiktok|twitter|x|t)\.(?:com|me)/[\w.]+"
        r"|(?<![\w@])@[A-Za-z_][\w.]{2,}"
    )),
    # 16-19 digits in groups: payment cards.
    (PiiType.PAYMENT, re.compile(r"\b(?:\d[ -]?){15,18}\d\b")),
    # A phone: optional +country, then 7 to 14 digits split by spaces, dots, dashes, brackets.
    (PiiType.PHONE, re.compile(r"(?<![\w])\+?\(?\d(?:[\s().-]{0,2}\d){6,14}(?![\w])")),
)


def redact(text: str) -> tuple[str, tuple[Entity, ...]]:
    """Replace personal data with `[TYPE]` placeholders; return the entities found."""
    spans: list[Entity] = []
    taken = [False] * len(text)
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            for i in range(start, end):
                taken[i] = True
            spans.append(Entity(type=kind, start=start, end=end))
    spans.sort(key=lambda entity: entity.start)
    pieces: list[str] = []
    cursor = 0
    for entity in spans:
        pieces.append(text[cursor : entity.start])
        pieces.append(f"[{entity.type.value}]")
        cursor = entity.end
    pieces.append(text[cursor:])
    return "".join(pieces), tuple(spans)
