"""Where a writer comes from, said with a verb of origin and "from" ("soy de Rosario", "vengo de
Mendoza", "je suis de Rosario", "I'm from Jordan", "taga Cebu ako", "я из Ростова"): the
capitalised words after one are a place, not a name, though a first name or a family name be
spelt so (issue 11, round 23: "Hola, soy de Mendoza" hid the town as a person, and the gazetteer
does not hold every town of the callers' countries). The phrases are listed per language,
[names] origin_phrases."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from triage import word_lists
from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_PHRASES = sorted(word_lists.words("names", "origin_phrases"), key=len, reverse=True)
_ORIGIN = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _PHRASES) + r")\s+(?=\w)"
)
# the first word of each phrase, as Hints lists words ("i" of "i'm from"): a message with none
# is not scanned
_FIRST_WORDS = looked_for(re.findall(r"\w+", phrase.casefold())[0] for phrase in _PHRASES)
_LONGEST_PLACE = 3  # words


def after_origins(finder: NameFinder) -> list[int]:
    """The capitalised tokens (up to three in a row) right after each phrase of origin."""
    if finder.words.isdisjoint(_FIRST_WORDS):
        return []
    found: list[int] = []
    for match in _ORIGIN.finditer(finder.text):
        i = bisect_left(finder.starts, match.end())
        for k in range(i, min(i + _LONGEST_PLACE, len(finder.tokens))):
            if not finder.tokens[k].capitalised or (k > i and not finder.joined(k - 1, k)):
                break
            found.append(k)
    return found
