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

from triage.danger.finder import Found

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


# "قبل 7 سنوات" (7 years ago) with the number written as digits, in Arabic.
_AGO = re.compile(r"قبل\s*\d{1,2}\s*(?:سن|شه|اشه|أشه)")


def past_years(text: str) -> list[Found[str]]:
    """Words of the past: the years before `LAST_PAST_YEAR` + 1 in folded `text`, not after
    a word of "since", and "N years ago" in Arabic digits."""
    found: list[Found[str]] = []
    for match in _YEAR.finditer(text):
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
