"""Phone numbers in digits, in any national or international format.

Candidates come from a permissive pattern: digit groups split by spaces, dots, dashes,
slashes or brackets, with an optional "+" or "00" prefix ("+1 902 555 0148", "(418) 555 0177",
"807.555.0124", "06 12 34 56 78", "0033 6 12 34 56 78", "+52 1 222 123 4567", "5145550148").
Dates, times, amounts, ages and durations were masked before (keep.py), so they are never
candidates.

A candidate with 7 to 15 digits is checked with `phonenumbers`: as written when it starts with
"+" or "00", else as a Canadian/US, French, Mexican, then other national number. A valid number
is a PHONE. When it is not valid it is still redacted: a run of 7 or more digits that is not a
date, an amount or an age is far more likely to be a mistyped phone, a local number without its
area code, or an account, card or case number than anything an operator needs, and leaking it
costs more than hiding it. The phonenumbers check decides the type: valid numbers and
phone-shaped runs (prefix, brackets, separators) are PHONE, a bare invalid run of digits is
ID_NUMBER, 16 digits or more (no phone has them) PAYMENT. Luhn-valid 9-digit runs were
already taken as SIN by identity_numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from triage.codes import PiiType
from triage.redaction.spans import Hints

_CANDIDATE = re.compile(
    r"(?<![\w+\-.,/])"
    r"(?:\+\s?|00(?=\s?[1-9]))?"
    r"(?:\(\s?\d{1,5}\s?\)|\d)"
    r"(?:\d|[ .\-/\u00a0\u2010-\u2013]{1,3}(?=[\d(])|\s?\(\s?\d{1,5}\s?\)\s?)*+"
    r"(?![\w])"
)
_REGIONS = ("CA", "FR", "MX", "GB", "DE", "ES", "BR", "PH", "IN", "CN", "HT", "CO")


def _is_valid_phone(candidate: str) -> bool:
    international = candidate.lstrip().startswith(("+", "00"))
    if international:
        written = "+" + candidate.lstrip().lstrip("+").removeprefix("00")
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(written, None))
        except phonenumbers.NumberParseException:
            return False
    for region in _REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(candidate, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def classify_digit_run(candidate: str) -> PiiType | None:
    """PHONE, ID_NUMBER, PAYMENT, or None for fewer than 7 digits (kept)."""
    digits = sum(ch.isdigit() for ch in candidate)
    if digits < 7:
        return None
    if digits > 15:
        return PiiType.PAYMENT
    if _is_valid_phone(candidate):
        return PiiType.PHONE
    # Not a valid number: phone-shaped (prefix, brackets or separators) stays PHONE, a bare run
    # of digits is more likely an account or case number.
    if candidate.isdigit():
        return PiiType.ID_NUMBER
    return PiiType.PHONE


def find_phones(text: str, hints: Hints) -> Iterator[tuple[PiiType, int, int]]:
    if not hints.digit_starts:
        return
    for match in _CANDIDATE.finditer(text):
        kind = classify_digit_run(match.group())
        if kind is not None:
            start, end = match.span()
            while end > start and text[end - 1] in " .-/\u00a0":
                end -= 1
            yield kind, start, end
