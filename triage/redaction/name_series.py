"""Names in a series (issue 11, round 19): a list of people, separated by commas and "and",
in which two of the names are found, or one and the writer ("I", "moi", "yo", "main"): the
other capitalised words of the list are names too, those no list knows ("Estamos Eusebio,
Brayan, Don Tomás y yo", "main, Gurpreet, Lovepreet, Sukhman, Arsh aur 2 bihar wale", "eu,
a Joana (Joaninha) e o Kiame").

Each word of the message is read as one letter (a name found, a capitalised word, an article
or title, "and", "I", anything else) and each gap between two words as another (one space, a
comma, anything else); one pattern then finds the lists. A place, a shop, a word saying where
one is from or a word that opens its sentence before another capitalised word is not taken
("Toronto, Ahmed et Karim", "Estamos Eusebio, ..."). A word taken so is taken wherever else
the message writes it, as written ("A Eusebio le cayó ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from triage.redaction.name_lists import BUSINESS_WORDS, HONORIFICS, folded, is_place_word
from triage.redaction.spans import looked_for

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_COORDINATORS = folded("coordinators")
# the writer among the people listed: "I" in the hotline's Latin-script languages
_WRITER = looked_for(
    ["i", "me", "myself", "moi", "yo", "eu", "io", "ja", "ako", "mwen", "main", "toi", "ben"]
)
# an article or a particle before a name in a list ("a Joana", "o Kiame", "si Rodel", "el Chuy")
_ARTICLES = frozenset(["a", "o", "la", "el", "le", "si", "ang", "kay", "ni", "lui", "pe"])
# one space inside an item; a bracket between a name and its nickname joins them too
_INSIDE = frozenset([" ", " (", ") ", " [", "] "])
_COMMAS = frozenset([", ", ",", "), ", "),", " , "])
_ITEM = r"(?:a )?[NC](?: [NC]){0,3}|p"
_SERIES = re.compile(rf"(?:{_ITEM})(?:(?:,|,y | y )(?:{_ITEM}))+")
_ITEMS = re.compile(_ITEM)
# how a word saying where one is from ends, and no name no list knows ends ("Ghanaian",
# "Chinese", "Française"; not "Sukhman", "Lovepreet": `origin_word` reads "-an" as one)
_ORIGIN_ENDINGS = (
    "ian",
    "ean",
    "can",
    "ese",
    "ish",
    "ais",
    "aise",
    "ois",
    "oise",
    "ien",
    "ienne",
    "ense",
    "aqi",
    "udi",
)


def _shape(finder: NameFinder, k: int) -> str:
    """One letter for token k: N a name found, C a capitalised word, a an article or a
    title, y "and", p "I", x anything else."""
    if k in finder.taken:
        return "N"
    token = finder.tokens[k]
    if token.text in HONORIFICS:
        return "a"
    if token.capitalised:
        return "x" if token.stop or token.shouted or token.marker else "C"
    if token.folded in _COORDINATORS:
        return "y"
    if token.folded in _WRITER:
        return "p"
    return "a" if token.folded in _ARTICLES else "x"


def _gap(finder: NameFinder, k: int) -> str:
    gap = finder.text[finder.ends[k] : finder.starts[k + 1]]
    if gap in _INSIDE:
        return " "
    return "," if gap in _COMMAS else "|"


def _takeable(finder: NameFinder, k: int, gap_after: str) -> bool:
    """A capitalised word of a list that is a name: no place, shop or origin word; one that
    opens its sentence only when a comma follows it ("Eusebio, Brayan y yo")."""
    token = finder.tokens[k]
    origin = token.tier is None and token.folded.endswith(_ORIGIN_ENDINGS)
    if origin or token.folded in BUSINESS_WORDS or finder.is_place(k):
        return False
    return gap_after == "," or not finder.sentence_initial(k)


def take_series(finder: NameFinder) -> None:
    """Claim the capitalised words of a list of people in which names are found."""
    text = finder.text
    beside = sum(
        "," in text[max(0, start - 4) : start] or "," in text[end : end + 2] for start, end in finder.spans
    )
    if beside < 2 and not (beside and not finder.words.isdisjoint(_WRITER)):
        return  # not two names beside a comma, or one and "I": no list of people (a quick look)
    count = len(finder.tokens)
    letters = [_shape(finder, k) + (_gap(finder, k) if k + 1 < count else "|") for k in range(count)]
    shape = "".join(letters)
    for series in _SERIES.finditer(shape):
        if series.start() % 2 or "," not in series.group() or "C" not in series.group():
            continue
        people = sum("N" in item.group() or item.group() == "p" for item in _ITEMS.finditer(series.group()))
        if people < 2:
            continue
        for position in range(series.start(), series.end(), 2):
            k = position // 2
            if shape[position] == "C" and _takeable(finder, k, shape[position + 1]):
                finder.claim(k, k)
                _take_again(finder, k)


def _take_again(finder: NameFinder, k: int) -> None:
    """The word taken at k wherever else the message writes it, as written, as a name after a
    title is ("A Eusebio le cayó químico ... Estamos Eusebio, Brayan, Don Tomás y yo"); not a
    word right after a word of place."""
    written = finder.tokens[k].text
    for i, token in enumerate(finder.tokens):
        if token.text != written or i in finder.taken or finder.is_place(i):
            continue
        if not (i and finder.joined(i - 1, i) and is_place_word(finder.tokens[i - 1])):
            finder.claim(i, i)
