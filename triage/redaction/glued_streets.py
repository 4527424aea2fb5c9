"""Streets whose type is glued to their name, as German, Dutch and the Nordic languages write
them, with their house number: "Warmoesstraat 112-2", "Hauptstraße 12", "Keizersgracht 45a",
"Drottninggatan 8". The name is capitalised and has at least two letters before the type, so
that "Spring 2025" or "Weg 5" is no street; the number follows, with a letter or a second number
("112-2", "7/3") if written."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints

_TYPES = (
    "straße|strasse|str\\.|gasse|allee|platz|damm|ufer|chaussee|"  # German
    "straat|laan|plein|gracht|kade|singel|dijk|steeg|weg|"  # Dutch (and German "weg")
    "gatan|vägen|vej"  # Swedish, Danish
)
# Or written apart, its type capitalised: "Venloer Str. 218", "Berliner Straße 44" (issue 11,
# tenth round).
_APART = "Straße|Strasse|Str\\.|Gasse|Allee|Platz|Damm|Ufer|Chaussee|Weg|Ring"
_STREET = re.compile(
    rf"\b[A-ZÄÖÜÅ][a-zäöüßéèëåø]{{2,}}(?:{_TYPES}|[ -](?:{_APART}))"
    r"\s?\d{1,4}(?:[-/]\d{1,4}|\s?[a-zA-Z]\b)?"
)


# The types as written, for a look just before each number: the pattern is searched for only in
# a message where one of them, and maybe one space, stands just before a digit run.
_TYPE_ENDINGS = (*_TYPES.replace("\\.", ".").split("|"), "ring")
_LONGEST_TYPE = max(map(len, _TYPE_ENDINGS)) + 1
_LAST_LETTERS = frozenset(ending[-1] for ending in _TYPE_ENDINGS)  # a type ends with one of these


def find_glued_streets(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    for start in hints.digit_starts:
        if (
            start
            and (text[start - 1] in _LAST_LETTERS or text[start - 2 : start - 1] in _LAST_LETTERS)
            and _type_before(text, start)
        ):
            for match in _STREET.finditer(text):
                yield match.span()
            return


def _type_before(text: str, digit: int) -> bool:
    """A street type ends just before `digit`, or one white space before it. (A street's number
    starts a digit run of the message: what stands before it is a letter or a space.)"""
    before = text[max(0, digit - _LONGEST_TYPE) : digit].lower()
    return before.endswith(_TYPE_ENDINGS) or (before[-1:].isspace() and before[:-1].endswith(_TYPE_ENDINGS))
