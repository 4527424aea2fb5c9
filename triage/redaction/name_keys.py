"""The keys a listed first name is looked up under: as written (case folded) and folded, and in
Urdu and Persian letters when it is written in Arabic ones ("فيصل" is also "فیصل", issue 11,
round 23). Not folded in Devanagari, whose folding drops the vowel signs: "रेखा" would be "रखा"
(kept), a common verb."""

from __future__ import annotations

import re

from triage.folding import fold_word, urdu_spellings

_DEVANAGARI = re.compile("[\u0900-\u097f]")


def written_keys(name: str) -> set[str]:
    """The name as written (case folded) and folded."""
    if _DEVANAGARI.search(name):
        return {name.casefold()}
    return {name.casefold(), fold_word(name)}


def name_keys(name: str) -> set[str]:
    """The written keys and the Urdu and Persian spellings."""
    return written_keys(name) | set(urdu_spellings(name))
