"""Tell the language of a message among the hotline's languages only.

The writing system decides first (Han, Arabic, Devanagari, Cyrillic); within the Latin
alphabet the lexicons' marker words and distinctive letters decide. Nothing is loaded
beyond the lexicons, so a process pays a few kilobytes, not a model of every language.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from triage.lexicon import Lexicon

UNDETERMINED = "und"

# Ukrainian letters Russian does not use, and the reverse.
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэъё")


def _script(ch: str) -> str | None:
    code = ord(ch)
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFDFF:
        return "arabic"
    if 0x0900 <= code <= 0x097F:
        return "devanagari"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if ch.isalpha():
        return "latin" if code < 0x0250 or 0x1E00 <= code <= 0x1EFF else "other"
    return None


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
    counts: dict[str, int] = {}
    for ch in text:
        script = _script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
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
            score[code] += sum(1 for w in words if w in lexicons[code].markers)
    ranked = sorted((c for c in score if c in languages), key=lambda c: -score[c])
    return ranked[0] if ranked else UNDETERMINED


def _latin(
    text: str, words: Sequence[str], lexicons: Mapping[str, Lexicon], languages: Collection[str]
) -> Guess:
    lowered = text.casefold()
    scores: dict[str, float] = {}
    for code in languages:
        lexicon = lexicons.get(code)
        if lexicon is None or code in _SCRIPT_LANGUAGE.values() or code in ("ru", "uk"):
            continue
        markers = sum(1 for w in words if w in lexicon.markers)
        letters = sum(1 for ch in lowered if ch in lexicon.letters)
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
