"""A year gone by places a danger in the past, in any language (Issue 11, sixth round).

"2017 में दुबई में मुझे बंद रखा गया", "2013年我在澳门被关", "Năm 2019 tôi bị nhốt", "in 2018 they
locked me": a year number names a time over, whatever the tense of the verb (Vietnamese and
Chinese verbs have none). Not after a word of "since" ("since 2022", "depuis 2021", "desde
2023", "2022年以来", "2021 से"): a situation that started then goes on. The years counted are
those at least two years before this code was written (2026): a message of 2026 naming 2025
may well speak of a situation still going on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from triage.danger.durations import times_ago
from triage.danger.escapes import sentence_of
from triage.danger.finder import Found
from triage.digit_runs import digit_runs

_YEAR_DIGITS = 4
LAST_PAST_YEAR = 2024
FIRST_YEAR = 1990
# A year not inside a longer number; its first digit is written first, so the search skips from
# one "1" or "2" to the next ("(?<![\d.,/:$-])(19\d\d|20[0-2]\d)", tried at every character).
_YEAR = re.compile(r"(1(?<![\d.,/:$-]1)9\d\d|2(?<![\d.,/:$-]2)0[0-2]\d)(?![\d]|[.,/:-]\d)")
# An amount, not a year: "2000 dollars", "1998$", "2010 元".
_AMOUNT_AFTER = re.compile(
    r"\s*(?:\$|€|£|usd|cad|dollar|dolar|euro|peso|reai|real|lei|ron|руб|грн|гривен|доллар|دولار|"
    r"元|块|塊|rupee|rupay|रुपय|k\b|mil\b|hours|heures|horas|h\b|km|kg)"
)
# A word of "since" just before the year, or just after it (Hindi, Chinese).
_SINCE_BEFORE = re.compile(
    r"(?:since|depuis|desde|din|dupa|с|со|з|із|від|mula|simula|tu|từ|kể từ|ke tu|منذ|من|从|從|自|since the|"
    r"starting|from)\s*$"
)
_SINCE_AFTER = re.compile(r"\s*(?:年)?\s*(?:स(?:\s|$)|se\b|以来|以來|起|开始|開始|до сих пор)")


# Arabic-Indic, Persian and Devanagari digits read as ASCII ones, one character for one, so the
# spans found stay those of the text ("سنة ٢٠٢٤", Issue 11, round 14).
_DIGITS = str.maketrans(
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
    "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f",
    "0123456789" * 3,
)
# Any of those digits: a text with none (most, and every ASCII one) is read as it is, without the
# character-by-character pass a translation by table costs (some 20 us a message of 300 characters).
_OTHER_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]")

# "قبل 7 سنوات" (7 years ago) with the number written as digits, in Arabic.
_AGO = re.compile(r"قبل\s*\d{1,2}\s*(?:سن|شه|اشه|أشه)")


def past_years(text: str) -> list[Found[str]]:
    """Words of the past: the years before `LAST_PAST_YEAR` + 1 in folded `text`, not after
    a word of "since", and "N years ago" in Arabic; digits of any of the scripts above count."""
    if not text.isascii() and _OTHER_DIGIT.search(text):
        text = text.translate(_DIGITS)
    found: list[Found[str]] = []
    for match in _years(text):
        year = int(match.group(1))
        if not FIRST_YEAR <= year <= LAST_PAST_YEAR or year == 2000 or _AMOUNT_AFTER.match(text, match.end()):
            continue
        if _SINCE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _SINCE_AFTER.match(text, match.end()):
            continue
        found.append(Found(match.start(), match.end(), "past"))
    found.extend(Found(m.start(), m.end(), "past") for m in _AGO.finditer(text))
    return found


def _years(text: str) -> list[re.Match[str]]:
    """What `_YEAR.finditer(text)` finds: on a Latin-1 text, tried only at its runs of four digits
    (`triage.digit_runs`: a year is one, with no digit before or after it)."""
    runs = digit_runs(text)
    if runs is None:
        return list(_YEAR.finditer(text))
    matched = (_YEAR.match(text, start) for start, end in runs if end - start == _YEAR_DIGITS)
    return [match for match in matched if match is not None]


# Words a sentence may hold, its year included, and still only say when the one before it was.
_BACK_WORDS = 6
# Its first word points back at what was just told (folded): "ça, c'était en 2019", "that was in
# 2018", "eso fue en 2017", "это было в 2019", "那是2019年", "đó là năm 2019", "sa te an 2019".
_POINTS_BACK = re.compile(
    r"\s*(?:ca|cela|that|this|it|eso|esto|isso|isto|asta|aceea|это|то|це|那|这|那是|这是|do|iyon|yun|sa|"
    r"هذا|هاد|هيدا|كان|यह|वो|ye|yeh|wo)(?![^\W\d_])"
)


def told_back(text: str, ends: Sequence[int], years: Sequence[Found[str]]) -> list[Found[str]]:
    """A short sentence that only dates what was just told ("...ça, c'était en 2019.", "That was
    in 2018."): a word of the past on the end of the sentence before it (Issue 11, round 14).
    `ends`: the folded offsets where sentences end; `years`: `past_years(text)`."""
    found: list[Found[str]] = []
    for year in years:
        number = bisect_left(ends, year.start)
        start = ends[number - 1] + 1 if number else 0
        end = ends[number] if number < len(ends) else len(text)
        if len(text[start:end].split()) > _BACK_WORDS or not _POINTS_BACK.match(text, start):
            continue
        before = [e for e in ends[:number] if any(ch.isalpha() for ch in text[e - 1 : e])]
        if before:  # the end of the last sentence before it that has words ("clients... ça")
            found.append(Found(before[-1], before[-1] + 1, "past"))
    return found


def dated_years(text: str, ends: Sequence[int]) -> list[Found[str]]:
    """`past_years`, and the sentences a short sentence after them dates (`told_back`)."""
    years = past_years(text)
    return years + told_back(text, ends, years)


def dated_sentences(text: str, ends: Sequence[int], years: Sequence[Found[str]]) -> set[int]:
    """The sentences where a time gone by outweighs a cue's tense: a year (`years`, "il y a 4
    ans") or weeks or months ago ("2 тижні тому"; only there: "I came 3 months ago, he keeps my
    passport" goes on; Issue 11, round 16)."""
    return {sentence_of(ends, f.start) for f in [*years, *times_ago(text)]}
