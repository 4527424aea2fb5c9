"""Phone numbers in digits, in any national or international format.

Candidates come from a permissive pattern: digit groups split by spaces, dots, dashes,
slashes, tabs or brackets (or commas, in two shapes: "514, 555, 0123"; or a double slash,
"514 // 555 // 0123"), with an optional "+" or "00"
prefix ("+1 902 555 0148", "(418) 555 0177", "807.555.0124", "06 12 34 56 78",
"0033 6 12 34 56 78", "+52 1 222 123 4567", "5145550148").
An extension after a phone ("ext. 221", "poste 3307", "máy lẻ 3") is part of it.
Dates, times, amounts, ages and durations were masked before (keep.py), so they are never
candidates.

Every candidate of 7 to 15 digits is redacted: a run of 7 or more digits that is not a date,
an amount or an age is far more likely to be a phone (perhaps mistyped, or local without its
area code) or an account, card or case number than anything an operator needs, and leaking it
costs more than hiding it. `phonenumbers` decides what it is when the writing does not: a bare
run of digits ("5145550148", "12345678") is a PHONE if it is a valid Canadian/US, French or
Mexican number, or, with a country code, a valid international one; otherwise an ID_NUMBER.
A run written like a phone (a "+" or "00" prefix, brackets, spaces, dots, dashes) is a PHONE
without the (slow) parse; 16 digits or more, which no phone has, is PAYMENT. Luhn-valid 9-digit
runs were already taken as SIN by identity_numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from triage import word_lists
from triage.codes import PiiType
from triage.redaction.spans import Hints, digit_runs, looked_for, match_at

# Past Latin-1, a letter of a script written without spaces (Chinese, Japanese kana, Korean)
# may touch the number: "电话6475550104", "번호는 4165550199입니다"; no other letter or digit may.
_UNSPACED = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_BODY = (
    r"(?:\+\s?|00(?=\s?[1-9]))?"
    r"(?:\(\s?\d{1,5}\s?\)|\d)"
    # issue 11, sixteenth round: groups split by tabs or by a double slash between spaces
    # ("514\t555\t0123", "514 // 555 // 0123"); round 18: by dots said as pauses, with a space
    # ("450... 555... 01... 38", "450… 555")
    # round 23: never across to a word that starts with digits ("0347\n3afak", Arabizi; "3pm")
    r"(?:\d|(?:[ \t.\-/\u00a0\u2010-\u2013\u2026]{1,3}|[ \t]//[ \t]|\.{3}[ \t])"
    rf"(?=\(|\d++(?![^\W\d_{_UNSPACED}]))"
    r"|\s?\(\s?\d{1,5}\s?\)\s?)*+"
)
_CANDIDATE = re.compile(rf"(?<![\w+\-,/])(?<!\d\.){_BODY}(?![\w])")
_CANDIDATE_UNSPACED = re.compile(rf"(?<![^\W{_UNSPACED}])(?<![+\-,/])(?<!\d\.){_BODY}(?![^\W{_UNSPACED}])")
_REGIONS = ("CA", "FR", "MX")
# issue 11, fifteenth round: a phone with its groups split by commas to slip past a filter, in
# the shapes of a North American number ("514, 555, 0123", "٥١٤،٥٥٥،٠١٢٣") and a Chinese mobile
# ("138，0013，8000"); no amount has a last group of four digits after groups of three (amounts
# were masked before)
_COMMA = r" ?[,，、،] ?"
_COMMA_SPLIT = re.compile(
    rf"(?<![\d,.])(?:\(\d{{3}}\)|\d{{3}}){_COMMA}\d{{3,4}}{_COMMA}\d{{4}}(?![\d,]|\.\d)"
)


# issue 11, sixteenth round: an extension after a phone is part of it ("514-555-0140, ext. 221",
# "416-555-0120 máy lẻ 3", "poste 3307", "x221", "#221"); the words are listed per language, [phones]
_EXTENSION_WORDS = "|".join(
    re.escape(word).replace(r"\ ", r"[ \t]+")
    for word in sorted(word_lists.words("phones", "extensions"), key=len, reverse=True)
)
_EXTENSION = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?i:{_EXTENSION_WORDS})(?![^\W\d])\.?[ \t]*[:#]?|#)[ \t]*\d{{1,6}}(?![\d/.,:-]\d|\w)"
)


# issue 11, round 20: a phone whose groups are split by a word or by dots said as a pause, in the
# shape of a North American number or a Philippine mobile ("647 555, then 0143", "514 555 ... 0147",
# "0917 tapos 555 1234"); the words are listed per language, [phones] between_groups. Dates,
# amounts and ages were masked before, so three groups of exactly these lengths are a number.
_BETWEEN_WORDS = "|".join(
    re.escape(word).replace(r"\ ", r"[ \t]+")
    for word in sorted(word_lists.words("phones", "between_groups"), key=len, reverse=True)
)
_SPLIT = rf"[ \t]*,?[ \t]*(?:(?i:{_BETWEEN_WORDS})(?!\w)|\.{{2,3}}|\u2026)[ \t]*[,:]?[ \t]*"
_PLAIN = r"[ \t.\-]{1,2}"
_WORD_SPLIT = re.compile(
    rf"(?<![\w+\-,/.])(?:\(\d{{3}}\)|\d{{3,4}})(?:{_SPLIT}|{_PLAIN})\d{{3}}(?:{_SPLIT}|{_PLAIN})\d{{4}}(?![\w]|[.,]\d)"
)


def _word_split_phones(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """Phones split by a word or a pause (`_WORD_SPLIT`) starting at `starts`; only those with
    a word or dots between two groups (the others are plain candidates)."""
    return [span for span in match_at(text, _WORD_SPLIT, starts) if _SAID.search(text, *span)]


# the first word of each, as Hints lists a message's words: a message with none (and no dots)
# has no phone split so
_BETWEEN_FIRST = looked_for(word.split()[0].lower() for word in word_lists.words("phones", "between_groups"))
_SAID = re.compile(r"[^\W\d_]|\.\.|\u2026")


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
    try:  # a country code written without its "+": 33612345678, 5215512345678
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + candidate, None))
    except phonenumbers.NumberParseException:
        return False


def classify_digit_run(candidate: str) -> PiiType | None:
    """PHONE, ID_NUMBER, PAYMENT, or None for fewer than 7 digits (kept)."""
    if len(candidate) < 7:
        return None
    digits = sum(map(str.isdigit, candidate))
    if digits < 7:
        return None
    if digits > 15:
        return PiiType.PAYMENT
    if not candidate.isdigit():
        # written like a phone (prefix, brackets, separators): a phone whether or not it is valid
        return PiiType.PHONE
    # a bare run of digits: a phone only if phonenumbers says so, else an account or case number
    return PiiType.PHONE if _is_valid_phone(candidate) else PiiType.ID_NUMBER


def find_phones(text: str, hints: Hints) -> Iterator[tuple[PiiType, int, int]]:
    if not hints.digit_starts:
        return
    starts = _candidate_starts(text, hints)
    if not starts:  # every digit run masked by earlier detectors: most messages by now
        return
    found = -1  # where the last phone found ends
    said = ".." in text or "\u2026" in text or hints.has_any(_BETWEEN_FIRST) or not hints.latin1
    split = _word_split_phones(text, starts) if said else []
    for start, end in split:
        found = end
        yield PiiType.PHONE, start, end
    for start, end in match_at(text, _CANDIDATE if hints.latin1 else _CANDIDATE_UNSPACED, starts):
        if split and any(low <= start < high for low, high in split):
            continue
        kind = classify_digit_run(text[start:end])
        if kind is not None:
            while end > start and text[end - 1] in " \t.-/\u00a0":
                end -= 1
            if kind is PiiType.PHONE:
                extension = _EXTENSION.match(text, end)
                end = extension.end() if extension else end
            found = end
            yield kind, start, end
    if found < 0 and any(comma in text for comma in ",，、،"):
        for start, end in match_at(text, _COMMA_SPLIT, starts):
            yield PiiType.PHONE, start, end


def _candidate_starts(text: str, hints: Hints) -> list[int]:
    """A candidate starts with its first digit run, or a "+" or "(" at most four characters
    before it ("+ ( 418) 555 0177")."""
    starts = [start for start, _ in digit_runs(text, hints)]
    if "+" not in text and "(" not in text:
        return starts
    before = [start for digit in starts for start in range(max(0, digit - 4), digit) if text[start] in "+("]
    return starts + before
