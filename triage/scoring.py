"""Keyword scoring of urgency and language: the first layer of the core.

A small built-in lexicon in French, English and Spanish. Issue 3 replaces it with
lexicon files per language; the function signatures stay.
"""

from __future__ import annotations

import re
import unicodedata

from triage.codes import Urgency

_EMERGENCY = (
    "enferme", "enfermee", "locked in", "locked up", "me va a matar", "va me tuer",
    "kill me", "outside the door", "devant la porte", "help me now", "aidez-moi",
    "au secours", "ayuda", "suicide", "me suicider", "hurt me", "me frappe",
)
_HIGH = (
    "passport", "passeport", "pasaporte", "not paid", "pas paye", "no me pagan",
    "forced", "force", "forcee", "obligee", "obligada", "debt", "dette", "deuda",
    "15 ans", "16 ans", "17 ans", "15 years", "16 years", "17 years", "pimp", "proxenete",
)
_LOW = ("test", "qu'est-ce que la traite", "what is human trafficking", "information")

_STOPWORDS = {
    "fr": {"je", "le", "la", "les", "est", "et", "pas", "une", "que", "mon", "ma", "suis"},
    "en": {"the", "i", "is", "and", "my", "not", "you", "are", "me", "to", "a", "of"},
    "es": {"el", "la", "los", "es", "y", "no", "mi", "que", "una", "estoy", "por", "me"},
}


def fold(text: str) -> str:
    """Lower case without accents, so 'Enfermée' matches 'enfermee'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _contains(folded: str, phrase: str) -> bool:
    """Whole words only: 'force' must not match 'enforcement'."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded) is not None


def score_urgency(text: str) -> tuple[Urgency, tuple[str, ...]]:
    folded = fold(text)
    for level, words in ((Urgency.emergency, _EMERGENCY), (Urgency.high, _HIGH)):
        hits = [w for w in words if _contains(folded, w)]
        if hits:
            return level, tuple(f"'{w}' -> {level.value}" for w in hits[:3])
    if len(folded.split()) <= 12 and any(_contains(folded, w) for w in _LOW):
        return Urgency.low, ("information request -> low",)
    return Urgency.standard, ()


def detect_language(text: str, languages: tuple[str, ...] = ("fr", "en", "es")) -> str:
    words = re.findall(r"\w+", fold(text))
    best, best_score = "und", 0
    for lang in languages:
        score = sum(1 for word in words if word in _STOPWORDS.get(lang, set()))
        if score > best_score:
            best, best_score = lang, score
    return best
