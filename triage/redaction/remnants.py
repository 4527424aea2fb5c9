"""Digits left beside a redacted number: "casa 34 10 1000" is an address ("casa 34") to the
address detector, and the phone detector then sees only "10 1000", too short for a number;
"passeport (11) 96123-4000" leaves the "(11)" of a phone taken as a passport number. A group
of digits (or after the span, a short group of capitals and digits: "... 9 ZZ4") that touches
a redacted span holding digits, with only separators between, joins that span when the two
together have at least 7 digits (a number's length): nothing of the number stays readable.
Digits another layer kept (dates, times, amounts, ages) are masked in `claimed` and never join.
Two capitals alone after an identity number (a health card's version code) join it too, and
number words said right before a phone ("восемь 916 123 45 67") join the phone, and a unit
right after an address another detector found ("... St-Denis #3", "..., app. 4") joins it.
"""

from __future__ import annotations

import re

from triage.codes import PiiType
from triage.redaction.address_heads import with_streets_before
from triage.redaction.address_tails import with_tail
from triage.redaction.number_words import spelled_start
from triage.redaction.spans import MASK, Found

_NUMBERS = (PiiType.ID_NUMBER, PiiType.ADDRESS, PiiType.PAYMENT, PiiType.PHONE)
# Read for every span found, as names of this module: an Enum member read off its class
# (`PiiType.PHONE`) costs a slow hook in Python 3.11 (see `triage.term_pieces`).
_PHONE, _ADDRESS, _ID_NUMBER = PiiType.PHONE, PiiType.ADDRESS, PiiType.ID_NUMBER
# a group of digits, or a short group of capitals and digits closing a number ("... 9 ZZ4", the
# check letters of a citizen card)
_AFTER = re.compile(r"(?:[ \t().\-/]{1,3}(?:\d{2,}|[A-Z]{1,3}\d{1,2}(?![\w])|\d[A-Z]{1,3}(?![\w]))){1,3}\)?")
_BEFORE = re.compile(
    r"\(?\+?\d{2,}(?:[ \t().\-/]{1,3}\d{2,}){0,2}[ \t().\-/]{1,3}\Z"
    # issue 11, round 20: or an area code alone at the end of the line before ("(514)\n555-0133")
    r"|(?<![\w(])(?:\(\d{3}\)|\d{3})[ \t]*\n[ \t]*\Z"
)
# What `_BEFORE` allows after its last digit (a superset: the search says the rest).
_SEPARATORS = " \t().-/\n"
_MIN_DIGITS = 7
# the version code of a health card after its number: "5584 486 674 YM" (two capitals alone)
_VERSION_CODE = re.compile(r"[ \t\-]{1,2}(?!OK|AM|PM|ID|US|UK)[A-Z]{2}(?![\w'’-])")


def absorb(text: str, claimed: str, found: list[Found]) -> list[Found]:
    """`found` with each number-bearing span stretched over the digit groups it touches."""
    if not any(kind in _NUMBERS for _, _, kind in found):
        return found
    stretched: list[Found] = []
    for start, end, kind in found:
        if kind in _NUMBERS and any(map(str.isdigit, text[start:end])):
            start, end = _stretch(text, claimed, start, end)
        if kind is _PHONE and start > 0:
            start = _with_words_before(text, claimed, start)
        if kind is _ADDRESS:
            start, end = with_streets_before(text, claimed, start), with_tail(text, claimed, end)
        if kind is _ID_NUMBER and (version := _VERSION_CODE.match(text, end)) is not None:
            end = version.end()
        stretched.append((start, end, kind))
    return stretched


def _with_words_before(text: str, claimed: str, start: int) -> int:
    words = spelled_start(text, start)
    return start if MASK in claimed[words:start] else words


def _stretch(text: str, claimed: str, start: int, end: int) -> tuple[int, int]:
    new_start, new_end = start, end
    after = _AFTER.match(text, end)
    if after and MASK not in claimed[end : after.end()]:
        new_end = after.end()
    window = max(0, start - 24)
    before = _BEFORE.search(text, window, start) if digit_last(text, window, start) else None
    if before and before.end() == start and MASK not in claimed[before.start() : start]:
        new_start = before.start()
    if (new_start, new_end) == (start, end):
        return start, end
    if sum(map(str.isdigit, text[new_start:new_end])) < _MIN_DIGITS:
        return start, end
    return new_start, new_end


def digit_last(text: str, window: int, start: int) -> bool:
    """Whether `text[window:start]` ends with a digit and then only separators (a bracket, a line
    break), as each branch of `_BEFORE` does: a span after a word (most spans) is not searched
    for digits before it at each of the 24 places before it."""
    return text[window:start].rstrip(_SEPARATORS)[-1:].isdigit()
