"""Postal codes of Canada (any case, with or without the space), the United States (after a
state or "ZIP"), France and Mexico (after a cue or before a capitalised town), Brazil (CEP)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from triage.redaction.spans import Hints, digits_at, match_at, match_at_digits

_CANADA = re.compile(
    r"[ABCEGHJ-NPRSTVXY](?<![\w-][ABCEGHJ-NPRSTVXY])\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])",
    re.IGNORECASE,
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    "ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_US_AFTER_STATE = re.compile(
    rf"(?<=\b(?:{_STATES}) )\d{{5}}(?:-\d{{4}})?\b|(?<=\b(?:{_STATES}), )\d{{5}}(?:-\d{{4}})?\b"
)
_ZIP_PLUS_FOUR = re.compile(r"(?<![\d-])(?<![\d)][ .])\d{5}-\d{4}(?![\d-])(?![ .]\d)")
_CUED = re.compile(
    r"(?<!\w)(?:code postal|postal code|zip(?: code)?|c[oó]digo postal|cod\. postal|c\.\s?p\.|cp\b|cep\b)"
    r"\.?\s*:?\s*"
    r"(?P<code>[A-Za-z0-9]{2,4}[ -]?[A-Za-z0-9]{2,4})",
    re.IGNORECASE,
)
_BEFORE_TOWN = re.compile(r"(?<![\d,.$€+])(?<![\d)][ .\-])\b\d{5}(?=\s+[A-ZÀ-Ý][A-Za-zà-ÿ]+)")
_BRAZIL = re.compile(r"(?<![\d-])(?<![\d)][ .])\d{5}-\d{3}(?![\d-])(?![ .]\d)")


_DIGIT_LED = (_US_AFTER_STATE, _ZIP_PLUS_FOUR, _BRAZIL, _BEFORE_TOWN)
_CUE_WORDS = frozenset(["postal", "zip", "código", "codigo", "cod", "cp", "cep"])


def find_postal_codes(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts:
        return
    # a Canadian code's first digit follows its first letter
    yield from match_at(text, _CANADA, (digit - 1 for digit in hints.digit_starts if digit > 0))
    # the others start with a run of exactly five digits
    five_digits = tuple(
        digit
        for digit in hints.digit_starts
        if digits_at(text, digit, 5) and not digits_at(text, digit + 5, 1)
    )
    yield from match_at_digits(text, replace(hints, digit_starts=five_digits), _DIGIT_LED)
    if not hints.has_any(_CUE_WORDS):
        lowered = text.lower()
        if "c.p" not in lowered and "c. p" not in lowered:
            return
    for match in _CUED.finditer(text):
        if any(ch.isdigit() for ch in match.group("code")):
            yield match.span("code")
