"""Vietnamese full names, which start with a family name from a short list: "Trần Thị Bích",
"Võ Minh Tuấn", "Lê Văn Tám" (capitalised syllables after it), and, typed in lower case
without tones, "tran thi bich" (a middle name "thị"/"văn" says it is a name); and given names
after a kin word written with its tone mark ("anh Khoa", "chị Huệ")."""

from __future__ import annotations

from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING

from triage import word_lists
from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

FAMILY_NAMES = looked_for(word.casefold() for word in word_lists.words("names", "family_names"))
_MIDDLE_NAMES = frozenset(word.casefold() for word in word_lists.words("names", "middle_names"))
_KIN_TITLES = looked_for(word.casefold() for word in word_lists.words("names", "kin_titles"))
_SYLLABLE = 7  # letters in the longest Vietnamese syllable ("Nguyễn", "nghiêng")


def take_family_names(finder: NameFinder) -> None:
    """Claim the full names that start with a listed family name and the names after a kin
    word (see the module docstring)."""
    take_kin_names(finder)
    present = finder.words & FAMILY_NAMES
    if not present:
        return
    tokens = finder.tokens
    # the tokens written as one of them, found in C loops
    written = map(str.casefold, map(attrgetter("text"), tokens))
    for i in compress(count(), map(present.__contains__, written)):
        token = tokens[i]
        if i in finder.taken:
            continue
        last = i
        if token.capitalised:
            while last - i < 3 and _syllable_at(finder, last + 1, capitalised=True):
                last += 1
        elif (
            token.text.islower()
            and _syllable_at(finder, i + 1, capitalised=False)
            and tokens[i + 1].text.casefold() in _MIDDLE_NAMES
            and _syllable_at(finder, i + 2, capitalised=False)
        ):
            last = i + 2
        if last > i:
            finder.claim(i, last)


def take_kin_names(finder: NameFinder) -> None:
    """Capitalised syllables after a kin word or title written as listed ("anh Khoa nói")."""
    present = finder.words & _KIN_TITLES
    if not present:
        return
    tokens = finder.tokens
    written = map(str.casefold, map(attrgetter("text"), tokens))
    for i in compress(count(), map(present.__contains__, written)):
        last = i
        while last - i < 3 and _syllable_at(finder, last + 1, capitalised=True):
            last += 1
        if last > i:
            finder.claim(i + 1, last)


def _syllable_at(finder: NameFinder, j: int, *, capitalised: bool) -> bool:
    """Token j is one syllable of a name, right after token j - 1: capitalised (or in lower
    case), short, no stop word, place or acronym."""
    if j >= len(finder.tokens) or j in finder.taken or not finder.joined(j - 1, j):
        return False
    token = finder.tokens[j]
    if len(token.text) > _SYLLABLE or token.shouted or finder.is_place(j):
        return False
    if capitalised:
        return token.capitalised and not (token.stop and token.text.casefold() not in _MIDDLE_NAMES)
    return token.text.islower() and (token.text.casefold() in _MIDDLE_NAMES or not token.stop)
