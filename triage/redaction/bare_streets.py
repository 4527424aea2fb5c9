"""A house number and a street's name written without the street's type, which Montreal and
Toronto say often: "au 3400 Jean-Talon", "at 220 Dundas", "по адресу Шевченка 15".

Three shapes:
- "au", "du", "at", "on", then a number of two to five digits (not a year) and one to three
  capitalised words (hyphenated ones whole), with a direction after them when written with its
  capital ("au 3400 Jean-Talon Est");
- after an address label ("adresse", "address", "dirección", "endereço", "адрес", "по адресу",
  "indirizzo", "alamat", "العنوان"), and a few linking words ("is", "c'est", ":"), a run of
  capitalised words and numbers that holds both ("Шевченка 15", "Rosewood 88, unit 3"), up
  to its last number's part (a town after a comma stays).
- Vietnamese "số" and a house's number before its lane or street ("số 12 ngõ 45").
Stop words (months, days, "Eleven"...) are no street name; digits a detector before kept (an
amount, an age) are masked and never start one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage import word_lists
from triage.data_files import data_words
from triage.folding import fold_word
from triage.redaction.spans import Hints, looked_for

_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_WORD = rf"[{_CAPITAL}][\w'’]*(?:-[\w'’]+)*"
_DIRECTION = r"(?:[ \t]+(?:Est|Ouest|Nord|Sud|East|West|North|South|[NSEOW]\.?)(?![\w'’-]))?"
_PREPOSITIONS = frozenset({"au", "du", "at", "on"})
# the preposition, matched on the few characters before a digit run
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?i:au|du|at|on)[ \t]+$")
_NUMBER_THEN_NAME = re.compile(
    rf"(?P<number>\d{{2,5}}[A-Za-z]?)(?![\w'’,.:/-]\d)[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}}){_DIRECTION}"
)
_LABELS = (
    "adresse",
    "address",
    "dirección",
    "direccion",
    "endereço",
    "endereco",
    "адрес",
    "адресу",
    "адреса",
    "адресою",
    "indirizzo",
    "alamat",
    "العنوان",
    "عنوان",
)
_LABEL_WORDS = looked_for((*_LABELS, *_PREPOSITIONS))
_LINK = r"(?:[ \t]*(?:[:\-—–]|is|est|es|é|c'est|it's|its|era|was|:))*[ \t]*"
_PIECE = rf"(?:\d{{1,6}}[A-Za-z]?(?:[-/]\d{{1,5}}[A-Za-z]?)?|{_WORD}|#[ \t]?\d{{1,5}})"
_AFTER_LABEL = re.compile(
    rf"(?<!\w)(?i:{'|'.join(map(re.escape, _LABELS))}){_LINK}"
    rf"(?P<run>{_PIECE}(?:[ \t]*,?[ \t]*{_PIECE}){{1,5}})"
)
_STOP = frozenset(
    fold_word(word) for word in (*data_words("name_stopwords.txt"), *word_lists.words("names", "not_names"))
)


_DIRECTIONS = frozenset({"est", "ouest", "nord", "sud", "east", "west", "north", "south"})


def _street_name(words: list[str]) -> bool:
    """No word a stop word, but for a direction after the first ("Jean-Talon Est")."""
    return all(
        fold_word(word) not in _STOP or (i > 0 and fold_word(word) in _DIRECTIONS)
        for i, word in enumerate(words)
    )


def _before_town(text: str, start: int, end: int) -> int:
    """End of the run without the comma-separated parts after its last number ("214 Elgin St,
    Ottawa": the town stays)."""
    parts = text[start:end].split(",")
    while len(parts) > 1 and not any(ch.isdigit() for ch in parts[-1]):
        parts.pop()
    return start + len(",".join(parts).rstrip(" \t"))


def _is_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")


# Vietnamese: "số" (number) and the house's number before the lane or street it is on ("số 12
# ngõ 45", "nhà số 7, hẻm 123"); the lane after it is found as a unit and joins it
_VI_HOUSE = re.compile(
    r"(?<!\w)(?:[Nn]hà )?[Ss]ố \d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)*"
    r"(?=,? (?:ngõ|ngách|hẻm|kiệt|đường|phố)(?!\w))"
)


def find_bare_streets(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of house numbers with a street's name and no street type (module docstring)."""
    if not hints.digit_starts:
        return
    if not hints.latin1 and "ố " in text:
        yield from (match.span() for match in _VI_HOUSE.finditer(text))
    if hints.words.isdisjoint(_LABEL_WORDS):
        return
    present = hints.words & _LABEL_WORDS
    for start in hints.digit_starts if not present.isdisjoint(_PREPOSITIONS) else ():
        if _PREPOSITION_BEFORE.search(text, max(0, start - 6), start) is None:
            continue
        match = _NUMBER_THEN_NAME.match(text, start)
        if match is None or _is_year(match.group("number")):
            continue
        if not _street_name(re.split(r"[ \t-]+", match.group("name"))):
            continue
        yield match.start("number"), match.end()
    for match in _AFTER_LABEL.finditer(text) if not present <= _PREPOSITIONS else ():
        pieces = re.findall(_PIECE, match.group("run"))
        names = [piece for piece in pieces if not piece[0].isdigit() and piece[0] != "#"]
        if len(names) < len(pieces) and names and _street_name(names):
            yield match.start("run"), _before_town(text, *match.span("run"))
