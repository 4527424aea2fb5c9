"""A number under 18 said as an age ("15 ans", "aged 14", "17 tuổi", "14岁") marks a minor.

Durations are not ages: "for 15 years", "il y a 15 ans", "15 years ago" are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.lexicon import Lexicon, MatchMode

ADULT_AGE = 18


def _is_minor_number(word: str) -> bool:
    return word.isdigit() and len(word) <= 2 and 0 < int(word) < ADULT_AGE


def _ends_with(words: Sequence[str], end: int, phrase: str) -> bool:
    parts = phrase.split()
    return end - len(parts) >= 0 and list(words[end - len(parts) : end]) == parts


def _starts_with(words: Sequence[str], start: int, phrase: str) -> bool:
    parts = phrase.split()
    return list(words[start : start + len(parts)]) == parts


def find_minor_age(lexicon: Lexicon, folded_text: str, words: Sequence[str]) -> str | None:
    """The age words that show a minor ("15 ans"), or None."""
    if lexicon.match is MatchMode.substring:
        for age_word in lexicon.age_words:
            for match in re.finditer(rf"(?<!\d)(\d{{1,2}})\s?{re.escape(age_word)}", folded_text):
                if _is_minor_number(match.group(1)):
                    return match.group()
        return None
    for i in (i for i, word in enumerate(words) if word.isdigit() and _is_minor_number(word)):
        word = words[i]
        found: str | None = None
        for age_word in lexicon.age_words:
            if _starts_with(words, i + 1, age_word):
                after = i + 1 + len(age_word.split())
                if not any(_starts_with(words, after, phrase) for phrase in lexicon.duration_after):
                    found = f"{word} {age_word}"
                    break
        if found is None and any(_ends_with(words, i, phrase) for phrase in lexicon.age_before):
            found = f"{words[i - 1]} {word}"
        # Checked last, only for what reads as an age: "depuis 15 ans" is a duration.
        if found is not None and not any(_ends_with(words, i, p) for p in lexicon.duration_before):
            return found
    return None
