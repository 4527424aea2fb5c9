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
_STREET = re.compile(
    rf"\b[A-ZÄÖÜÅ][a-zäöüßéèëåø]{{2,}}(?:{_TYPES})\s?\d{{1,4}}(?:[-/]\d{{1,4}}|\s?[a-zA-Z]\b)?"
)


def find_glued_streets(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts:
        return
    for match in _STREET.finditer(text):
        yield match.span()
