"""Street addresses and anything else that pins a building.

Three shapes, in French, English, Spanish, Portuguese and Haitian Creole:
- number, street type, name: "7720 boul. Saint-Michel", "1875 chemin Sainte-Foy", "45 rue ontario"
- number, name, street type: "123 Main Street", "12 bloor st w"
- street type, name, number: "calle Hidalgo 123", "Av. Reforma #222", "rua Augusta, 1500"
followed, when present, by an apartment or unit ("apt 4", "app. 12", "depto 3B"). Apartment,
unit, room and post-office-box numbers alone are addresses too. A street named without a number
("rue Sherbrooke") does not pin a building and is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from triage.data_files import data_words
from triage.folding import fold_word
from triage.redaction.spans import Hints, finditer_at, word_starts

_TYPE_BEFORE = (
    r"rue|r\.|avenue|av\.?|ave\.?|boulevard|boul\.?|bd\.?|blvd\.?|chemin|ch\.|route|rte\.?|rang|mont[ée]e|"
    r"c[ôo]te|place|pl\.|all[ée]e|impasse|promenade|croissant|terrasse|carr[ée]|square|cours|quai|voie|"
    r"sentier|autoroute|ruelle|calle|c/|avenida|avda\.?|calzada|callej[oó]n|paseo|carretera|camino|privada|"
    r"cerrada|bulevar|circuito|andador|prolongaci[oó]n|rua|travessa|alameda|estrada|ri|wout|lari"
)
_TYPE_AFTER = (
    r"street|st\.?|avenue|ave\.?|road|rd\.?|drive|dr\.?|lane|ln\.?|court|ct\.?|crescent|cres\.?|way|"
    r"place|pl\.?|boulevard|blvd\.?|highway|hwy\.?|terrace|circle|cir\.?|parkway|pkwy\.?|trail|row|"
    r"square|sq\.?|gardens|grove|heights|sideroad|concession|close|mews|path"
)
_UNIT = (
    r"apt|appt|app|apartment|appartement|apartamento|apto|apatman|unit|unité|unite|suite|ste|depto|dpto|"
    r"departamento|int|interior|chambre|room|rm|habitaci[oó]n|cuarto|quarto|porte|door|local|bureau|"
    r"logement|bloc|block|edificio|b[aâ]timent|building|bldg|floor|[ée]tage|piso|andar"
)
_NUMBER = r"\d{1,6}[A-Za-z]?(?:[-–/]\d{1,5}[A-Za-z]?)?"
_UNIT_ONLY = rf"(?i:{_UNIT})\b\.?\s*(?:#|no\.?|n[°º]|num(?:[ée]ro)?\.?)?\s*\d{{1,5}}[A-Za-z]?\b"
_UNIT_NUMBER = rf"{_UNIT_ONLY}|#\s?\d{{1,5}}[A-Za-z]?\b"

_NUMBER_FIRST = re.compile(
    rf"(?<![\w,.$€-]){_NUMBER},?\s+(?:(?:de la|de l'|du|de)\s+)?(?i:{_TYPE_BEFORE})(?!\w)\.?"
)
# "calle 5 de Mayo 45", "avenida 16 de Septiembre 120": a date names the street
_TYPE_FIRST = re.compile(rf"(?<!\w)(?i:{_TYPE_BEFORE})(?!\w)\.?\s+(?:\d{{1,2}}\s+de\s+)?")
_NUMBER_THEN_WORDS = re.compile(
    rf"(?<![\w,.$€-])(?P<num>{_NUMBER})\s+(?P<words>(?:[^\W\d_][\w'’.-]*\s+){{1,3}}?)"
    rf"(?P<type>(?i:{_TYPE_AFTER}))(?!\w)\.?(?:\s+(?:[NSEW]|North|South|East|West|Ouest|Est|Nord|Sud)\b\.?)?"
)
_UNIT_ALONE = re.compile(rf"(?<!\w){_UNIT_ONLY}")
_PO_BOX = re.compile(
    r"\b(?:p\.?\s?o\.?\s?box|case postale|bo[iî]te postale|casilla|apartado(?: postal)?|apdo\.?)\s*\d{1,6}\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[^\W_][\w'’.-]*")
_AFTER_NAME_NUMBER = re.compile(
    r"(?:\s+(?:sur|norte|nord|sud|este|oeste|est|ouest|poniente|oriente|east|west|north|south)\b\.?)?"
    r",?\s*(?:#|no\.?|n[°º]|n[uú]m\.?|n[uú]mero|numero)?\s*(\d{1,5}[A-Za-z]?)(?!\w)",
    re.IGNORECASE,
)
_FOLLOWING_UNIT = re.compile(rf"\s*,?\s*(?:{_UNIT_NUMBER})")
_BLANKS = re.compile(r"[ \t]+")
_CONNECTORS = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "l",
        "d",
        "del",
        "los",
        "las",
        "da",
        "do",
        "dos",
        "das",
        "the",
        "of",
        "st",
        "ste",
        "saint",
        "sainte",
        "san",
        "santa",
    ]
)
_STOP = frozenset(fold_word(word) for word in data_words("name_stopwords.txt")) - _CONNECTORS


def _name_end(text: str, pos: int, max_words: int = 4) -> int:
    """End of a street name starting at `pos`: up to `max_words` words, connectors inside,
    stopping at a stop word, a digit-led word or punctuation other than a hyphen or apostrophe."""
    end = pos
    words = 0
    cursor = pos
    while words < max_words:
        match = _NAME_WORD.match(text, cursor)
        if match is None:
            break
        word = match.group().rstrip(".")
        folded = fold_word(word)
        if folded in _STOP or word[0].isdigit():
            break
        if folded not in _CONNECTORS:
            end = match.start() + len(word)
            words += 1
        cursor = match.end()
        gap = _BLANKS.match(text, cursor)
        if gap is None:
            break
        cursor = gap.end()
    return end


def _with_unit(text: str, end: int) -> int:
    unit = _FOLLOWING_UNIT.match(text, end)
    return unit.end() if unit else end


# the words of _TYPE_BEFORE as Hints lists them ("r." is the word "r", "c/" the word "c")
_TYPE_BEFORE_WORDS = frozenset(
    [
        "rue",
        "r",
        "avenue",
        "av",
        "ave",
        "boulevard",
        "boul",
        "bd",
        "blvd",
        "chemin",
        "ch",
        "route",
        "rte",
        "rang",
        "montée",
        "montee",
        "côte",
        "cote",
        "place",
        "pl",
        "allée",
        "allee",
        "impasse",
        "promenade",
        "croissant",
        "terrasse",
        "carré",
        "carre",
        "square",
        "cours",
        "quai",
        "voie",
        "sentier",
        "autoroute",
        "ruelle",
        "calle",
        "c",
        "avenida",
        "avda",
        "calzada",
        "callejón",
        "callejon",
        "paseo",
        "carretera",
        "camino",
        "privada",
        "cerrada",
        "bulevar",
        "circuito",
        "andador",
        "prolongación",
        "prolongacion",
        "rua",
        "travessa",
        "alameda",
        "estrada",
        "ri",
        "wout",
        "lari",
    ]
)
# the words of _TYPE_AFTER
_TYPE_AFTER_WORDS = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "drive",
        "dr",
        "lane",
        "ln",
        "court",
        "ct",
        "crescent",
        "cres",
        "way",
        "place",
        "pl",
        "boulevard",
        "blvd",
        "highway",
        "hwy",
        "terrace",
        "circle",
        "cir",
        "parkway",
        "pkwy",
        "trail",
        "row",
        "square",
        "sq",
        "gardens",
        "grove",
        "heights",
        "sideroad",
        "concession",
        "close",
        "mews",
        "path",
    ]
)
_TYPE_WORDS = _TYPE_BEFORE_WORDS | _TYPE_AFTER_WORDS
# what to look for in the text when a street type is not written as its bare word
_TYPE_BEFORE_SPELLED = {"r": "r.", "c": "c/", "ch": "ch.", "pl": "pl."}
_UNIT_WORDS = frozenset(
    [
        "apt",
        "appt",
        "app",
        "apartment",
        "appartement",
        "apartamento",
        "apto",
        "apatman",
        "unit",
        "unité",
        "unite",
        "suite",
        "ste",
        "depto",
        "dpto",
        "departamento",
        "int",
        "interior",
        "chambre",
        "room",
        "rm",
        "habitación",
        "habitacion",
        "cuarto",
        "quarto",
        "porte",
        "door",
        "local",
        "bureau",
        "logement",
        "bloc",
        "block",
        "edificio",
        "bâtiment",
        "batiment",
        "building",
        "bldg",
        "floor",
        "étage",
        "etage",
        "piso",
        "andar",
    ]
)
_BOX_WORDS = frozenset(["box", "postale", "casilla", "apartado", "apdo"])


def _matches_at_digits(pattern: re.Pattern[str], text: str, hints: Hints) -> Iterator[re.Match[str]]:
    for start in hints.digit_starts:
        match = pattern.match(text, start)
        if match is not None:
            yield match


# every word that can lead to an address: the message's words are intersected with it once,
# and the shapes are then chosen on that small set
_ADDRESS_WORDS = _UNIT_WORDS | _BOX_WORDS | _TYPE_WORDS


def find_addresses(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts:
        return
    present = hints.words & _ADDRESS_WORDS
    if not present:
        return
    units = present & _UNIT_WORDS
    if units:
        for unit in finditer_at(_UNIT_ALONE, text, word_starts(text, hints, units)):
            yield unit.span()
    if not present.isdisjoint(_BOX_WORDS):
        yield from (m.span() for m in _PO_BOX.finditer(text))
    types = present & _TYPE_WORDS
    if not types:
        return
    # where the street types that come first are written; None when Hints may miss a word,
    # and then every shape is tried everywhere
    type_starts = word_starts(text, hints, types & _TYPE_BEFORE_WORDS, _TYPE_BEFORE_SPELLED)
    if type_starts is None or type_starts:
        yield from _number_first(text, hints, type_starts)
    if type_starts is None or not types.isdisjoint(_TYPE_AFTER_WORDS):
        yield from _number_then_words(text, hints)
    yield from _type_first(text, type_starts)


def _number_first(text: str, hints: Hints, type_starts: list[int] | None) -> Iterator[tuple[int, int]]:
    """Number, street type, name: "7720 boul. Saint-Michel", "45 rue ontario". Tried at the
    digit runs that can start the number before a street type, or at all of them."""
    digit_starts = hints.digit_starts if type_starts is None else _numbers_before(hints, type_starts)
    for start in digit_starts:
        match = _NUMBER_FIRST.match(text, start)
        if match is None:
            continue
        name_start = match.end()
        while name_start < len(text) and text[name_start] == " ":
            name_start += 1
        end = _name_end(text, name_start)
        if end > name_start:
            yield match.start(), _with_unit(text, end)


def _numbers_before(hints: Hints, type_starts: list[int]) -> list[int]:
    """The digit runs that can start a _NUMBER_FIRST match with a street type at one of
    `type_starts`: only a comma, blanks and "de (la)" come between, and the number ("12",
    "12-14", "7b") holds at most two digit runs, so it starts at one of the last two before."""
    starts: set[int] = set()
    for type_start in type_starts:
        before = bisect_left(hints.digit_starts, type_start)
        starts.update(hints.digit_starts[max(0, before - 2) : before])
    return sorted(starts)


def _number_then_words(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Number, name, street type: "123 Main Street", "12 bloor st w"."""
    for match in _matches_at_digits(_NUMBER_THEN_WORDS, text, hints):
        words = match.group("words").split()
        if any(fold_word(w.rstrip(".")) in _STOP for w in words):
            continue
        yield match.start(), _with_unit(text, match.end())


def _type_first(text: str, type_starts: list[int] | None) -> Iterator[tuple[int, int]]:
    """Street type, name, number: "calle Hidalgo 123", "rua Augusta, 1500"; _TYPE_FIRST is
    tried only where a street type is written (or everywhere)."""
    for match in finditer_at(_TYPE_FIRST, text, type_starts):
        end = _name_end(text, match.end())
        if end == match.end():
            continue
        number = _AFTER_NAME_NUMBER.match(text, end)
        if number is not None:
            yield match.start(), _with_unit(text, number.end())
