"""Tell the language of a message among the hotline's languages only.

The writing system decides first (Han, Arabic, Devanagari, Cyrillic); within the Latin
alphabet the lexicons' marker words and distinctive letters decide. Nothing is loaded
beyond the lexicons, so a process pays a few kilobytes, not a model of every language.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from triage.lexicon import Lexicon

UNDETERMINED = "und"

# Ukrainian letters Russian does not use, and the reverse.
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэъё")


_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("han", re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")),
    ("arabic", re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("devanagari", re.compile(r"[\u0900-\u097F]")),
    ("cyrillic", re.compile(r"[\u0400-\u04FF]")),
    ("latin", re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")),
)
_ANY_LETTER = re.compile(r"[^\W\d_]")


_NOT_LATIN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


def _script_counts(text: str) -> dict[str, int]:
    if text.isascii() or _NOT_LATIN.search(text) is None:
        # Latin letters only (the usual case): one pass, and the count does not matter.
        return {"latin": 1} if _SCRIPTS[-1][1].search(text) else {}
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    counted = sum(counts.values())
    others = len(_ANY_LETTER.findall(text)) - counted
    if others > 0:
        counts["other"] = others
    return {name: count for name, count in counts.items() if count}


_SCRIPT_LANGUAGE = {"han": "zh", "arabic": "ar", "devanagari": "hi"}


@dataclass(frozen=True, slots=True)
class Guess:
    """The best language and, when the text mixes two, the runner-up."""

    language: str
    runner_up: str | None = None


def detect(
    text: str,
    words: Sequence[str],
    lexicons: Mapping[str, Lexicon],
    languages: Collection[str],
) -> Guess:
    """The language of `text` (raw) whose folded words are `words`, among `languages`."""
    counts = _script_counts(text)
    if not counts:
        return Guess(UNDETERMINED)
    main = max(counts, key=lambda s: counts[s])
    if main in _SCRIPT_LANGUAGE:
        language = _SCRIPT_LANGUAGE[main]
        return Guess(language if language in languages else UNDETERMINED)
    if main == "cyrillic":
        return Guess(_cyrillic(text, words, lexicons, languages))
    if main != "latin":
        return Guess(UNDETERMINED)
    return _latin(text, words, lexicons, languages)


def _cyrillic(
    text: str, words: Sequence[str], lexicons: Mapping[str, Lexicon], languages: Collection[str]
) -> str:
    lowered = set(text.casefold())
    score = {"uk": 3 * len(lowered & _UKRAINIAN_ONLY), "ru": 3 * len(lowered & _RUSSIAN_ONLY)}
    for code in score:
        if code in lexicons:
            score[code] += len(lexicons[code].markers.intersection(words))
    ranked = sorted((c for c in score if c in languages), key=lambda c: -score[c])
    return ranked[0] if ranked else UNDETERMINED


def _latin(
    text: str, words: Sequence[str], lexicons: Mapping[str, Lexicon], languages: Collection[str]
) -> Guess:
    lowered = text.casefold()
    present = frozenset(lowered)
    scores: dict[str, float] = {}
    for code in languages:
        lexicon = lexicons.get(code)
        if lexicon is None or code in _SCRIPT_LANGUAGE.values() or code in ("ru", "uk"):
            continue
        markers = len(lexicon.markers.intersection(words))
        letters = sum(lowered.count(ch) for ch in lexicon.letters & present)
        score = 2.0 * markers + 1.5 * min(letters, 6)
        if score > 0:
            scores[code] = score
    if not scores:
        return Guess(UNDETERMINED)
    ranked = sorted(scores, key=lambda c: (-scores[c], _order(languages, c)))
    best = ranked[0]
    runner_up = ranked[1] if len(ranked) > 1 and scores[ranked[1]] >= 0.5 * scores[best] else None
    return Guess(best, runner_up)


def _order(languages: Collection[str], code: str) -> int:
    return list(languages).index(code) if code in languages else len(languages)
