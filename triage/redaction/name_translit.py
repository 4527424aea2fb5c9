"""First names declined in Russian or Ukrainian written in Latin letters (issue 11, round 19):
"test ot Viktora iz russkoy obshchiny" (from Viktor), "zabral pasport u Olega", "skazhite
Ivanu". The lists hold the nominative ("Viktor"); Cyrillic forms are read in name_lists.py.

Read only in a message written so (two of its small words: "ya", "eto", "menya", "chto"...),
and only a capitalised word no list knows whose stem, once its case ending is taken off, is a
listed first name of four letters or more ending in a consonant: "Viktora", "Olegom"; not
"Montana" nor "Edmontona" (no listed name under them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from triage.redaction.name_lists import TIERS
from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

# small words of Russian and Ukrainian in Latin letters, none another lexicon language's word
TRANSLIT_WORDS = looked_for(
    [
        "ya",
        "eto",
        "menya",
        "mne",
        "chto",
        "kak",
        "pozhaluysta",
        "pomogite",
        "nas",
        "nam",
        "rabotaem",
        "zhivem",
        "skazal",
        "shcho",
        "mene",
        "yoho",
        "vin",
        "vona",
        "iz",
        "ot",
        "dlya",
        "tolko",
        "uzhe",
    ]
)
# case endings, longest first: genitive and accusative -a, dative -u, instrumental -om/-em
_ENDINGS = ("ovi", "om", "em", "a", "u", "e")
_VOWELS = frozenset("aeiouy")


def _declined_name(folded: str) -> bool:
    for ending in _ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 4 and stem[-1] not in _VOWELS:
            return TIERS.get(stem) == "any"
    return False


def take_translit_declined(finder: NameFinder) -> None:
    """Claim the capitalised, unlisted words that are a listed first name declined."""
    for i, token in enumerate(finder.tokens):
        if not token.capitalised or token.tier is not None or token.stop or i in finder.taken:
            continue
        if token.text.isascii() and _declined_name(token.folded) and not finder.is_place(i):
            finder.claim(i, i)
