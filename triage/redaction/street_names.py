"""Whether the words after a street type name a street ("rua das flores", "شارع الحرية",
"rue Sherbrooke"), or are everyday words after a word that also means "the street" ("sair pra
rua hj pra trabalhar": go out to the street today to work)."""

from __future__ import annotations

import re

from triage import word_lists
from triage.folding import fold_word

# Street types that are never a common word, so a name after them in lower case is a street
# ("rua das flores"); after the others ("place", "cours", "route") only a capital says so.
_ALWAYS_STREETS = frozenset(fold_word(word) for word in word_lists.words("addresses", "always_streets"))
_CONNECTORS = frozenset(fold_word(word) for word in word_lists.words("addresses", "connectors"))
# issue 11, round 22: a business's last word ("Desh Rang Radio") or a number word alone ("Square
# One", a mall) after a street type names no street
_BUSINESS = frozenset(fold_word(word) for word in word_lists.words("names", "business_words"))
_NUMBER_NAMES = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])


def names_a_street(text: str, match: re.Match[str], end: int) -> bool:
    """The words after a street type name a street: a capital or a script without
    capitals starts them, or the type is never a common word and the name is more than one
    short word ("rua das flores", not "rua bat": Vietnamese "rửa bát" typed without tones)."""
    words = text[match.end() : end].split()
    lone_number = len(words) == 1 and fold_word(words[0]) in _NUMBER_NAMES
    if words and (fold_word(words[-1]) in _BUSINESS or lone_number):
        return False
    typed = fold_word(match.group().strip().rstrip("./").split()[0]) if match.group().strip() else ""
    first = text[match.end() : match.end() + 1]
    if first.isupper() or (first.isalpha() and first.lower() == first.upper()):
        return True
    name = text[match.end() : end]  # not "pra rua hj pra trabalhar": a first word of two letters
    first_word = name.split()[0] if name.strip() else ""
    return (
        typed in _ALWAYS_STREETS
        and (len(name) >= 5 or " " in name)
        and (len(first_word) > 2 or fold_word(first_word) in _CONNECTORS)
    )
