"""Numbers that must survive: dates, times, amounts of money, ages, durations, percentages.

They are found before the phone and identity detectors and masked from them, so "2026-12-24",
"23h30", "2 000 $", "$15,000", "15 ans", "16 hours" or "12-hour shifts" are never taken for a
phone or an id number. They are not personal data and are not returned as entities.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from triage import word_lists
from triage.folding import fold_word
from triage.redaction.spans import Hints, finditer_at, looked_for, match_at, unmasked_runs, word_starts


# The words of every language (triage/lexicons/redaction/<lang>.toml, [keep]), each spelling
# listed as written and typed without its accents ("3 ngay" for "3 ngày", "2 anos"); longest
# first, so that of two words one of which starts the other ("dollars", "dollar") the longer
# is found. A form without accents of fewer than three letters is not one: "do" (Vietnamese "đô")
# is the Portuguese "of the" too ("quarto 312 do hotel", issue 11, sixteenth round).
def _longest_first(key: str) -> tuple[str, ...]:
    words = word_lists.words("keep", key)
    folded = (fold_word(word) for word in words if any(ch.isalpha() for ch in word))
    forms = {*words, *(form for form in folded if len(form) > 2)}
    return tuple(sorted(forms, key=lambda word: (-len(word), word)))


MONTH_NAMES = _longest_first("months")
CURRENCY_NAMES = _longest_first("currencies")
UNIT_NAMES = _longest_first("units")
_BEFORE_AMOUNT = _longest_first("currencies_before")
_THOUSANDS = r"k\b"  # "20k": a "k" that ends the word ("20 kg" is a weight)
# not the last group of a longer number ("514 - 200 - 0000 yo" is a phone, not an age)
_NOT_INSIDE_A_NUMBER = r"(?<![\d.,])(?<![\d)][ .\-])(?<!\d [.\-] )(?<!\d[.\-] )(?<!\d [.\-])"
_NUMBER = rf"{_NOT_INSIDE_A_NUMBER}(?:\d{{1,3}}(?:[ ,.\u00a0\u202f]\d{{3}})+|\d+)(?:[.,]\d{{1,2}})?"


def _by_first_letter(words: tuple[str, ...]) -> str:
    """The alternation of `words` ("jan", "juin", "feb") regrouped by first character, in lower
    case ("j(?:an|uin)|f(?:eb)"), for use case-insensitively: the engine then tries one group at a
    place instead of every word. The same words match, and the first that fits still wins: two
    words whose first characters differ never both fit at one place, and each group keeps the
    order of its words."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _first_chars(words: tuple[str, ...]) -> str:
    """A character class of the first characters of `words`, in lower case (for use
    case-insensitively)."""
    return "[" + "".join(sorted({re.escape(word[0].lower()) for word in words})) + "]"


_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
# The first letters of the word lists above (any case): a lookahead that fails at once where no
# word of the list can start, instead of trying each of the dozens of case-insensitive words.
_MONTH_FIRST_CHARS = _first_chars(MONTH_NAMES)
_MONTH_STARTS = f"(?={_MONTH_FIRST_CHARS})"
_CURRENCY_FIRST_CHARS = _first_chars((*CURRENCY_NAMES, "k"))
_UNIT_FIRST_CHARS = _first_chars(UNIT_NAMES)
_CURRENCY_STARTS = f"(?={_CURRENCY_FIRST_CHARS})"
_UNIT_STARTS = f"(?={_UNIT_FIRST_CHARS})"
_MONTHS_GROUPED = _by_first_letter(MONTH_NAMES)
_CURRENCY_GROUPED = f"{_by_first_letter(CURRENCY_NAMES)}|{_THOUSANDS}"
_UNITS_GROUPED = _by_first_letter(UNIT_NAMES)
_DIGIT_LED = (
    # dates: 2026-12-24, 24/12/2026, 12.05.24, 24 décembre 2026
    re.compile(rf"(?<![\d./-])(?:19|20)\d\d[-/.]{_MONTH}[-/.]{_DAY}(?![\d/-]|\.\d)"),
    re.compile(rf"(?<![\d./-]){_DAY}[-/.]{_DAY}[-/.](?:(?:19|20)\d\d|\d\d)(?![\d/-]|\.\d)"),
    re.compile(
        rf"(?<!\d)\d{{1,2}}(?:er|re|st|nd|rd|th|º|°)?\s+(?:de\s+)?(?i:{_MONTH_STARTS}(?:{_MONTHS_GROUPED}))\b\.?"
        rf"(?:\s+(?:de\s+)?\d{{4}})?"
    ),
    re.compile(r"(?<![\d-])(?:19|20)\d{2}\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d-])"),
    # times: 23h30, 23:30, 9h, 11 pm
    re.compile(r"(?<![\d:])\d{1,2}\s?[hH:]\s?\d{2}(?![\d:])"),
    re.compile(r"(?<!\d)\d{1,2}(?::\d{2})?\s?(?i:am|pm|a\.m\.|p\.m\.)"),
    # money: 2 000 $, 1500$, 20.000 đô, 5000 de dolari
    re.compile(rf"{_NUMBER}\s?(?:de\s+)?(?i:{_CURRENCY_STARTS}(?:{_CURRENCY_GROUPED}))"),
    # ages, durations, counts with a unit: 15 ans, 16 hours, 12-hour, 3 semaines, 17 tuổi, 50%;
    # not a letter between dashes in a case number ("21-H-0447", issue 11, sixteenth round)
    re.compile(
        rf"{_NOT_INSIDE_A_NUMBER}\d{{1,3}}(?:[.,]\d{{1,2}})?\s?-?\s?(?i:{_UNIT_STARTS}(?:{_UNITS_GROUPED}))(?!\w|-\d)"
    ),
)
# one pattern tried once at each digit: the first of them that fits, in the order above
_ANY_DIGIT_LED = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _DIGIT_LED))


class _RunShape(NamedTuple):
    """What a pattern of _DIGIT_LED needs from the digit run it starts at: the run's length
    (runs of _LONG_RUN digits or more count as one length), and how the text goes on after the
    run: `next_two` fullmatches the (at most) two characters that follow the run wherever the
    pattern matches."""

    lengths: frozenset[int]
    next_two: re.Pattern[str]


_LONG_RUN = 5  # the length class of every run of five digits or more
_ANY_LENGTH = frozenset(range(1, _LONG_RUN + 1))
_ONE_OR_TWO = frozenset({1, 2})
_YEAR = frozenset({4})
# For each pattern of _DIGIT_LED, in order. Every pattern reads its first digits to the end of
# the run (what it needs next is never a digit), so a run it starts at has one of these lengths,
# and the next two characters are of this form (a case-insensitive part of the pattern is
# case-insensitive here too; "(?s:.)?" is any character or the end of the text).
_RUN_SHAPES = (
    # 2026-12-24: (19|20)dd, [-/.], a month (a digit first)
    _RunShape(_YEAR, re.compile(r"[-/.]\d")),
    # 24/12/2026: a day, [-/.], a day
    _RunShape(_ONE_OR_TWO, re.compile(r"[-/.]\d")),
    # 1er mai, 24° de, 24 décembre: a suffix, spaces (\s+), "de" and spaces maybe, a month
    _RunShape(_ONE_OR_TWO, re.compile(rf"er|re|st|nd|rd|th|[º°]\s|\s(?:[\sd]|(?i:{_MONTH_FIRST_CHARS}))")),
    # 2019-2021, 2019 - 21: a space maybe, [-–/], a space maybe, digits
    _RunShape(_YEAR, re.compile(r"\s[-–/]|[-–/][\s\d]")),
    # 23h30, 23 : 30: a space maybe, [hH:], a space maybe, digits
    _RunShape(_ONE_OR_TWO, re.compile(r"\s[hH:]|[hH:][\s\d]")),
    # 11:30 pm, 11 pm, 11am, 11 a.m.: ":" and digits maybe, a space maybe, am|pm|a.m.|p.m.
    _RunShape(_ONE_OR_TWO, re.compile(r":\d|\s(?i:[ap])|(?i:[ap][m.])")),
    # 2 000 $, 15,000.50, 1500$, 5000 de dolari: thousands ([ ,.\u00a0\u202f] and three digits),
    # cents ([.,] and digits), a space maybe, "de" and spaces maybe, a currency
    _RunShape(
        _ANY_LENGTH,
        re.compile(rf"[,.\s]\d|\s(?:d|(?i:{_CURRENCY_FIRST_CHARS}))|(?i:{_CURRENCY_FIRST_CHARS})(?s:.)?"),
    ),
    # 1.5 hours, 12-hour, 12 - hour, 50%: decimals maybe, a space, a hyphen, a space (each maybe), a unit
    _RunShape(
        frozenset({1, 2, 3}),
        re.compile(rf"[.,]\d|\s[-\s]|-\s|[\s-](?i:{_UNIT_FIRST_CHARS})|(?i:{_UNIT_FIRST_CHARS})(?s:.)?"),
    ),
)


@functools.lru_cache(maxsize=8192)
def _patterns_for_run(length: int, next_two: str) -> re.Pattern[str] | None:
    """_ANY_DIGIT_LED cut down to the patterns that can start at a digit run of this length
    followed by `next_two` (the two characters after the run, fewer at the end of the text);
    None when no pattern can. It finds the same match as _ANY_DIGIT_LED there: an alternation
    takes the first pattern that fits, in order, and the patterns left out cannot fit (see
    _RUN_SHAPES)."""
    length_class = min(length, _LONG_RUN)
    kept = [
        pattern.pattern
        for pattern, shape in zip(_DIGIT_LED, _RUN_SHAPES, strict=True)
        if length_class in shape.lengths and shape.next_two.fullmatch(next_two)
    ]
    return re.compile("|".join(f"(?:{pattern})" for pattern in kept)) if kept else None


# December 24, 2026: a month is a whole word (after \b, before a dot or a space), so this is tried
# only where a month word of the message is written (spans.word_starts)
_MONTH_FIRST = re.compile(
    rf"\b(?i:{_MONTH_STARTS}(?:{_MONTHS_GROUPED}))\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{{4}})?"
)
# $500, €2,000, CAD 300: tried only just before a digit run (see _currency_before)
_CURRENCY_FIRST = re.compile(rf"(?:{'|'.join(map(re.escape, _BEFORE_AMOUNT))})\s?{_NUMBER}")
_LONGEST_BEFORE_AMOUNT = max(map(len, _BEFORE_AMOUNT))
_CURRENCY_SYMBOLS = "".join(sign for sign in _BEFORE_AMOUNT if len(sign) == 1 and not sign.isalpha())
_CURRENCY_LAST_CHARS = frozenset(sign[-1] for sign in _BEFORE_AMOUNT)  # how $, C$, US$, CAD... end
_MONTH_WORDS = looked_for(month.lower() for month in MONTH_NAMES)  # as a message's words: lower case
_CURRENCY_CODES = looked_for(sign.lower() for sign in _BEFORE_AMOUNT if sign.isalpha())


def find_kept_numbers(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of dates, times, money, ages and durations (to mask, not to redact)."""
    if not hints.digit_starts:
        return
    yield from _digit_led(text, hints)
    if hints.has_any(_MONTH_WORDS):
        month_starts = word_starts(text, hints, _MONTH_WORDS)
        yield from (match.span() for match in finditer_at(_MONTH_FIRST, text, month_starts))
    if any(symbol in text for symbol in _CURRENCY_SYMBOLS) or hints.has_any(_CURRENCY_CODES):
        yield from match_at(text, _CURRENCY_FIRST, _currency_before(text, hints))


def _digit_led(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """_ANY_DIGIT_LED at each digit run, skipping runs inside a number already matched
    ("2026-12-24" once, not three times) and runs an earlier detector masked.

    Only the patterns that the run's length and the two characters after it allow are tried
    (`_patterns_for_run`): most runs need one or two of them, or none."""
    covered = -1
    for start, end in unmasked_runs(text, hints):
        if start < covered or (end - start > 2 and text[start] == "0"):
            continue  # "agência 0001 do": a number with leading zeros counts nothing
        pattern = _patterns_for_run(end - start, text[end : end + 2])
        if pattern is None:
            continue
        match = pattern.match(text, start)
        if match is not None:
            covered = max(covered, match.end())
            yield match.span()


def _currency_before(text: str, hints: Hints) -> Iterator[int]:
    """Where _CURRENCY_FIRST can start: a currency of one to three characters that ends just
    before a digit run, or one space before it."""
    for digit in hints.digit_starts:
        last = digit - 1
        if last >= 0 and text[last].isspace():
            last -= 1
        if last >= 0 and text[last] in _CURRENCY_LAST_CHARS:
            yield from range(max(0, last - _LONGEST_BEFORE_AMOUNT + 1), last + 1)
