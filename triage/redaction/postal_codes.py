"""Postal codes of Canada (any case, with or without the space), the United States (after a
state or "ZIP"), France and Mexico (after a cue or before a capitalised town), Brazil (CEP),
and any country's after the word for it in the writer's language ("индекс 119019", "邮编
100020", "우편번호 06236", "पिन कोड 110024", "kod pocztowy 00-828", "CAP 20121")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.latin1_tables import lower_case
from triage.redaction.spans import Hints, looked_for, match_at, match_each_at, unmasked_runs

# issue 11, fifteenth round: typed to slip by a filter, "H2X  1Y4", "H2X.1Y4", "H2X - 1Y4" and
# one character at a time, "H 2 X 1 Y 4"
_CANADA = re.compile(
    r"[ABCEGHJ-NPRSTVXY](?<![\w-][ABCEGHJ-NPRSTVXY])(?: ?\d ?[ABCEGHJ-NPRSTV-Z] ?\d ?[ABCEGHJ-NPRSTV-Z] ?\d"
    r"|\d[ABCEGHJ-NPRSTV-Z](?:[ .\-/]| ?- ?|  )?\d[ABCEGHJ-NPRSTV-Z]\d)(?![\w-])",
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


# issue 11, nineteenth round: the word for a postal code in other languages, then the code
_NAMED_CODE = re.compile(
    r"(?:(?i:индекс|індекс|postleitzahl|plz|postcode|post code|pin ?code|cod po[sș]tal|kod pocztowy|"
    r"posta kodu|m[ãa] b[ưu]u (?:ch[íi]nh|đi[ệe]n)|c\.a\.p\.)|CAP|邮编|郵編|邮政编码|郵遞區號|우편번호|"
    r"पिन ?कोड|पिनकोड|کد ?پستی|الرمز البريدي)[ \t]*[:：]?[ \t]*\Z"
)
_CODE_AFTER_NAME = re.compile(r"(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{10}|\d{4,6})(?![\w-])")


def _named_codes(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    for start, end in hints.digit_runs:
        if not (4 <= end - start <= 10 or text[end : end + 1] == "-"):
            continue
        if _NAMED_CODE.search(text, max(0, start - 26), start) is not None:
            code = _CODE_AFTER_NAME.match(text, start)
            if code is not None:
                yield code.span()


_DIGIT_LED = (_US_AFTER_STATE, _ZIP_PLUS_FOUR, _BRAZIL, _BEFORE_TOWN)
_CUE_WORDS = looked_for(["postal", "zip", "código", "codigo", "cod", "cp", "cep"])


# what _CANADA's first letter can be, case-insensitively ("ſ" and the Kelvin sign "K" fold to
# "s" and "k")
_CANADA_FIRST = frozenset("ABCEGHJKLMNPRSTVXYabceghjklmnprstvxy\u017f\u212a")


def _canada_start(text: str, digit: int) -> int:
    """Where a Canadian code whose first digit is at `digit` starts ("H2X", "H 2 X"), or -1."""
    if digit > 0 and text[digit - 1] in _CANADA_FIRST:
        return digit - 1
    if digit > 1 and text[digit - 1] == " " and text[digit - 2] in _CANADA_FIRST:
        return digit - 2
    return -1


def find_postal_codes(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts:
        return
    yield from _named_codes(text, hints)
    runs = unmasked_runs(text, hints)
    # a Canadian code's first digit follows its first letter
    canada_starts = [at for at in (_canada_start(text, start) for start, _ in runs) if at >= 0]
    if canada_starts:
        yield from match_at(text, _CANADA, canada_starts)
    # the others start with a run of exactly five digits
    five_digits = [start for start, end in runs if end - start == 5]
    if five_digits:
        yield from match_each_at(text, five_digits, _DIGIT_LED)
    if not hints.has_any(_CUE_WORDS):
        if "." not in text:
            return
        lowered = lower_case(text)
        if "c.p" not in lowered and "c. p" not in lowered:
            return
    for match in _CUED.finditer(text):
        if any(ch.isdigit() for ch in match.group("code")):
            yield match.span("code")
