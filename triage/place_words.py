"""One-word place names, the words the lexicon matcher never reads as a typo."""

from __future__ import annotations

from functools import lru_cache

from triage.data_files import data_lines
from triage.folding import fold_plain

# Shorter words are never matched with a typo anyway (typos.TYPO_MIN_LENGTH - 1).
MIN_LENGTH = 5


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """One-word place names (triage/data/places.txt), folded: a word spelled as a place is
    that place, never a typo of a lexicon word ("Mexico" is not "medico")."""
    words: set[str] = set()
    for line in data_lines("places.txt"):
        _, canonical, variants = [*line.split("\t"), "", ""][:3]
        for name in (canonical, *variants.split("|")):
            folded = fold_plain(name.lstrip("!")).strip()
            if folded and " " not in folded and len(folded) >= MIN_LENGTH:
                words.add(folded)
    return frozenset(words)
