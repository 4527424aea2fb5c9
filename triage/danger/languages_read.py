"""The languages a message's danger cues are read in beyond those told: the siblings of the
languages chosen, and languages written in Latin letters whose marker words it has."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from triage.danger.cues import latin_markers, load_cues
from triage.tokens import Tokens

# Romanised words that show a language written in Latin letters ("mujhe", "nahi").
LATIN_MARKERS_NEEDED = 2


# The last message's answer: the danger reading and the concepts (`triage.danger.concepts`)
# ask the same question of the same message, one after the other.
_last: tuple[Tokens, tuple[tuple[str, bool], ...], tuple[tuple[str, bool], ...]] | None = None


def more_codes(tokens: Tokens, codes: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The languages read too: the siblings of those chosen, and those read in Latin letters
    whose marker words the message has."""
    global _last
    key = tuple(codes)
    last = _last  # one read: another thread may replace it
    if last is not None and last[0] is tokens and last[1] == key:
        return list(last[2])
    more = _more_codes(tokens, codes)
    _last = (tokens, key, tuple(more))
    return more


def _more_codes(tokens: Tokens, codes: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    chosen = {code for code, _ in codes}
    cues = load_cues()
    more = [
        (sibling, substring)
        for code, substring in codes
        if code in cues
        for sibling in cues[code].siblings
        if sibling in cues and sibling not in chosen
    ]
    counts = _marker_counts(tokens.unique)
    # Only the languages with a marker word here, and Arabic (its digits count too), in the
    # order of `latin_markers`: most messages hold the markers of one or two languages of 19.
    rank = _marker_rank(latin_markers())
    for code in sorted(counts.keys() - chosen | ({_ARABIC} & rank.keys()) - chosen, key=rank.__getitem__):
        found = counts.get(code, 0)
        if code == _ARABIC and found < LATIN_MARKERS_NEEDED:
            found += _arabizi(tokens)
        if found >= LATIN_MARKERS_NEEDED:
            more.append((code, False))
    return list(dict.fromkeys(more))


# Read in Latin letters by its words and by its digits inside words too (`_arabizi`).
_ARABIC = "ar"


@lru_cache(maxsize=4)
def _marker_rank(markers: tuple[tuple[str, frozenset[str]], ...]) -> dict[str, int]:
    """Each language read in Latin letters and its place in `markers`."""
    return {code: n for n, (code, _) in enumerate(markers)}


def _marker_counts(unique: frozenset[str]) -> dict[str, int]:
    """How many of its marker words the message has, for each language that has one: one
    look-up a word of the message that is a marker of some language, not one per language."""
    languages_of = _languages_of_markers(latin_markers())
    counts: dict[str, int] = {}
    for word in languages_of.keys() & unique:
        for code in languages_of[word]:
            counts[code] = counts.get(code, 0) + 1
    return counts


@lru_cache(maxsize=4)
def _languages_of_markers(markers: tuple[tuple[str, frozenset[str]], ...]) -> dict[str, tuple[str, ...]]:
    """Each marker word and the languages it marks."""
    languages_of: dict[str, list[str]] = {}
    for code, words in markers:
        for word in words:
            languages_of.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in languages_of.items()}


def _arabizi(tokens: Tokens) -> int:
    """How many words are Arabic written in Latin letters and digits (each needs a digit). Each
    such word has a letter beside one of its digits: a message with none (one search) has none."""
    if _LETTER_BY_DIGIT.search(tokens.folded.text) is None:
        return 0
    return sum(1 for word in tokens.unique if not word.isalpha() and _ARABIZI.match(word))


# Arabic in Latin letters writes its own sounds with digits inside words ("mjro7", "l7did",
# "ma3ndich", "lwra9"): each such word counts as a marker of Arabic.
# Issue 11, tenth round: 5 for kha too ("5alas", "ma5adtsh"), first only before a vowel ("5 mins"
# and "5pm" are no Arabic).
_ARABIZI = re.compile(r"^[a-z]*[a-z][23579][a-z]*$|^[379][a-z]{3,}$|^5[aeiou][a-z]{2,}$")
# What every word `_ARABIZI` takes has: a letter and one of its digits side by side. (The digit
# first, then the letter around it: the search skips from digit to digit.)
_LETTER_BY_DIGIT = re.compile(r"[23579](?:(?<=[a-z][23579])|(?=[a-z]))")
