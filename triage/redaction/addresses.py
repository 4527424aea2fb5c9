"""Street addresses and anything else that pins a building.

Three shapes, in French, English, Spanish, Portuguese and Haitian Creole:
- number, street type, name: "7720 boul. Saint-Michel", "1875 chemin Sainte-Foy", "45 rue ontario"
- number, name, street type: "123 Main Street", "12 bloor st w"
- street type, name, number: "calle Hidalgo 123", "Av. Reforma #222", "rua Augusta, 1500"
followed, when present, by an apartment or unit ("apt 4", "app. 12", "depto 3B"). Apartment,
unit, room and post-office-box numbers alone are addresses too. A street named without a number
is an address too when its type comes first and its name is a name (a capital, or a script
without capitals, or after a type that is never a common word): "rue Sherbrooke", "rua das
flores", "ул. Шербрук", "شارع Saint-Denis"; "dans la rue" and "des cours de français" are not.
A Latin street name before 街, 路 or 大道 ("住在Bloor街", "Bayview大道3500号") is one too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from triage import word_lists
from triage.data_files import data_words
from triage.folding import fold_word
from triage.redaction.script_units import find_devanagari_units, find_glued_units
from triage.redaction.spans import (
    Hints,
    finditer_at,
    looked_for,
    word_starts,
)
from triage.redaction.street_names import names_a_street
from triage.redaction.unspaced_scripts import UNSPACED_LETTERS, UNSPACED_SCRIPT


def _forms(word: str) -> tuple[str, ...]:
    """A listed word as written (lower case) and without its accents, when they differ."""
    lower, folded = word.lower(), fold_word(word)
    return (lower,) if lower == folded else (lower, folded)


def _alternation(entries: Iterable[tuple[str, tuple[str, ...]]]) -> str:
    """Street types for a case-insensitive pattern: each word with and without accents, each
    abbreviation with an optional final dot, or as written when it ends with a dot or a sign."""
    alternatives = []
    for word, abbreviations in entries:
        alternatives += [re.escape(form) for form in _forms(word)]
        for abbreviation in abbreviations:
            optional_dot = r"\.?" if abbreviation[-1].isalpha() else ""
            alternatives.append(re.escape(abbreviation.lower()) + optional_dot)
    return "|".join(alternatives)


def _hint_words(entries: Iterable[tuple[str, tuple[str, ...]]]) -> tuple[frozenset[str], dict[str, str]]:
    """The words Hints lists for these street types (lower case, as written and folded; the
    letters of an abbreviation: "r." is the word "r", "c/" the word "c"), and what to look for
    in the text for an abbreviation written with a sign ("r" -> "r.")."""
    words: set[str] = set()
    spelled: dict[str, str] = {}
    for word, abbreviations in entries:
        words.update(_forms(word))
        for abbreviation in abbreviations:
            letters = abbreviation.lower().rstrip("./")
            words.add(letters)
            if letters != abbreviation.lower():
                spelled[letters] = abbreviation.lower()
    return frozenset(words), spelled


_TYPES_BEFORE = word_lists.abbreviations("addresses", "types_before")
_TYPES_AFTER = word_lists.abbreviations("addresses", "types_after")
_UNIT_NAMES = word_lists.words("addresses", "units")
_TYPE_BEFORE = _alternation(_TYPES_BEFORE)
_TYPE_AFTER = _alternation(_TYPES_AFTER)
_UNIT = "|".join(re.escape(form) for unit in _UNIT_NAMES for form in _forms(unit))
NUMBER = r"\d{1,6}(?:-?[A-Za-z](?![\w'’]))?(?:[-–/]\d{1,5}[A-Za-z]?)?"  # "12-B", "7b", "12-14"
_NUMBER = NUMBER  # for ordinal_streets.py too
_UNIT_LABEL = r"(?i:#|no\.?|n[°º]|num(?:[ée]ro)?\.?|nr\.?|nomor|numer|номер|№)"  # "трейлер номер 4"
_UNIT_ONLY = rf"(?i:{_UNIT})\b\.?:?\s*{_UNIT_LABEL}?\s*\d{{1,5}}[A-Za-z]?\b"  # "Daire: 4"
_UNIT_NUMBER = rf"{_UNIT_ONLY}|#\s?\d{{1,5}}[A-Za-z]?\b"

_NUMBER_FIRST = re.compile(
    rf"(?<![\w,.$€-]){_NUMBER},?\s+(?:(?:de la|de l'|du|de)\s+)?(?i:{_TYPE_BEFORE})(?!\w)\.?"
)
# "calle 5 de Mayo 45", "avenida 16 de Septiembre 120": a date names the street
_TYPE_FIRST = re.compile(rf"(?<!\w)(?i:{_TYPE_BEFORE})(?!\w)\.?\s+(?:\d{{1,2}}\s+de\s+)?")
_NUMBER_THEN_WORDS = re.compile(
    # "2200 17 Ave SW": a numbered street ("17", "17th") is a name too
    rf"(?<![\w,.$€-])(?P<num>{_NUMBER})\s+"
    rf"(?P<words>(?:(?:[^\W\d_][\w'’.-]*|\d{{1,3}}(?:st|nd|rd|th|e)?)\s+){{1,3}}?"
    # "5580 Grande-Allée": a compound name whose last part is the street type
    rf"|[^\W\d_][\w'’.]*-)"
    # "55 Elm Grove Ave": a street type can be a name's last word, the real type after it
    rf"(?P<type>(?i:{_TYPE_AFTER}))(?!\w)\.?(?:[ \t]+(?i:{_TYPE_AFTER})(?!\w)\.?)?"
    rf"(?:\s+(?:[NS][EW]|[NSEW]|North|South|East|West|Ouest|Est|Nord|Sud)\b\.?)?"
)
_UNIT_ALONE = re.compile(rf"(?<!\w){_UNIT_ONLY}")
_PO_BOX = re.compile(
    r"\b(?:p\.?\s?o\.?\s?box|case postale|casier postal|bo[iî]te postale|casilla|apartado(?: postal)?"
    r"|apdo\.?)\s*\d{1,6}\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[^\W_][\w'’.-]*")
_AFTER_NAME_NUMBER = re.compile(
    r"(?:\s+(?:sur|norte|nord|sud|este|oeste|est|ouest|poniente|oriente|east|west|north|south)\b\.?)?"
    # "strada Eminescu nr. 12", "ул. Ленина, д. 15", "Calle 10 # 45-23"
    r",?\s*(?:#|no\.?|nr\.?|n[°º]|n[uú]m\.?|n[uú]mero|numero|д\.|дом|буд\.|будинок|رقم)?\s*"
    r"(\d{1,5}[A-Za-z]?(?:[ \t]*-[ \t]*\d{1,3}[A-Za-z]?)?)(?!\w)",
    re.IGNORECASE,
)
_DIRECTIONS = sorted({form for word in word_lists.words("addresses", "directions") for form in _forms(word)})
# "boul. René-Lévesque O., bureau 400", "rue Ontario E,": a direction's capital alone, with
# its dot or before a comma
_DIRECTION = re.compile(
    rf"[ \t]+(?:(?i:{'|'.join(map(re.escape, _DIRECTIONS))})\b(?![-'’])\.?"
    r"|[NSEOW]\.(?!\w)|[NSEOW](?=[ \t]*(?:[,;\n]|$)))"
)
_FOLLOWING_UNIT = re.compile(rf"\s*,?\s*(?:{_UNIT_NUMBER})")
# the floor after an address (its town between or not): "rue X 212, 2e étage", "Main St, 3rd floor",
# "X 5, 2º piso", "Hauptstr. 4, 2. Stock", "ул. X 5, 4 этаж", "4580 rue X, Verdun, 2e étage", "الدور الرابع"
_FOLLOWING_FLOOR = re.compile(
    r"[ \t]*[,،]?[ \t]*(?:\d{1,2}(?:e|er|re|ère|ème|st|nd|rd|th|º|°|ª|o|a|\.)?[ \t]*"
    r"(?i:étage|etage|floor|fl\.|piso|andar|planta|etaj|piano|stock|og|kat|katta|piętro|pietro|"
    r"этаж|этаже|поверх|поверсі|lantai|tầng|طابق)(?!\w)|(?:ال)?(?:دور|طابق)[ \t]+(?:ال[ء-ي]+|[\d٠-٩]{1,2}))"
)
_TOWN_BEFORE_FLOOR = re.compile(r"[ \t]*,[ \t]*[A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+)?(?=[ \t]*,)")
_BLANKS = re.compile(r"[ \t]+")
_CONNECTORS = frozenset(fold_word(word) for word in word_lists.words("addresses", "connectors"))
_STOP = (
    frozenset(
        fold_word(word)
        for word in [*data_words("name_stopwords.txt"), *word_lists.words("names", "not_names")]
    )
    - _CONNECTORS
)


def _name_end(text: str, pos: int, max_words: int = 4, *, capitalised: bool = False) -> int:
    """End of a street name starting at `pos`: up to `max_words` words, connectors inside,
    stopping at a stop word, a digit-led word or punctuation other than a hyphen or apostrophe;
    and, for a name that starts with a capital (`capitalised`), at a word in lower case that is
    not a connector ("đường Jean-Talon có ...")."""
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
        if capitalised and word[0].islower() and folded not in _CONNECTORS:
            break
        if folded not in _CONNECTORS:
            end = match.start() + len(word)
            words += 1
        if match.group().endswith(".") and len(word) > 3:
            break  # "2150 rue Saint-Charles. Appelez ...": the sentence ends with the name
        cursor = match.end()
        gap = _BLANKS.match(text, cursor)
        if gap is None:
            break
        cursor = gap.end()
    return end


def with_unit(text: str, end: int) -> int:
    """`end` moved past a direction and a unit that follow: "... Est, app. 3", "... Ouest"."""
    direction = _DIRECTION.match(text, end)
    unit = _FOLLOWING_UNIT.match(text, direction.end() if direction else end)
    if unit:
        floor = _FOLLOWING_FLOOR.match(text, unit.end())
        return floor.end() if floor else unit.end()
    floor = _FOLLOWING_FLOOR.match(text, direction.end() if direction else end)
    if floor:
        return floor.end()
    # without a unit after it, a direction counts only with its capital ("est" is also "is")
    return direction.end() if direction and direction.group().lstrip()[0].isupper() else end


# the words of _TYPE_BEFORE and _TYPE_AFTER as Hints lists them, and what to look for in the
# text when a street type that comes first is not written as its bare word ("r" -> "r.")
_TYPE_BEFORE_WORDS, _TYPE_BEFORE_SPELLED = _hint_words(_TYPES_BEFORE)
_TYPE_AFTER_WORDS, _ = _hint_words(_TYPES_AFTER)
TYPE_AFTER, TYPE_AFTER_WORDS = _TYPE_AFTER, _TYPE_AFTER_WORDS  # for streets_number_after.py
_TYPE_WORDS = _TYPE_BEFORE_WORDS | _TYPE_AFTER_WORDS
_UNIT_WORDS = frozenset(form for unit in _UNIT_NAMES for form in _forms(unit))
_BOX_WORDS = frozenset(["box", "postale", "casier", "casilla", "apartado", "apdo"])


def _matches_at_digits(pattern: re.Pattern[str], text: str, hints: Hints) -> Iterator[re.Match[str]]:
    for start in hints.digit_starts:
        match = pattern.match(text, start)
        if match is not None:
            yield match


# every word that can lead to an address: the message's words are intersected with it once,
# and the shapes are then chosen on that small set
_ADDRESS_WORDS = looked_for(_UNIT_WORDS | _BOX_WORDS | _TYPE_WORDS)


# A house number and a street's name in capitals just before a unit, in either order, with no
# street type: "4500 Kingsway 102室", "Sherbrooke Est 4410, кв. 12", "88 Wellesley, apt 5".
_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_CAPITALISED = rf"[{_CAPITAL}][\w'’-]*\.?"
_STREET_BEFORE_UNIT = re.compile(
    rf"(?:(?<![\w,.$€-])\d{{1,6}}[A-Za-z]?[ \t]+(?:{_CAPITALISED}[ \t]+){{0,2}}{_CAPITALISED}"
    rf"|(?<!\w)(?:{_CAPITALISED}[ \t]+){{0,2}}{_CAPITALISED}[ \t]+\d{{1,6}}[A-Za-z]?)[ \t]*,?[ \t]*\Z"
)


# a floor just before a unit: "7. kat daire 712", "2nd floor, apt 4", "3e étage app 5"
_PRECEDING_FLOOR = re.compile(
    r"(?<!\w)\d{1,2}(?:e|er|re|ère|ème|st|nd|rd|th|º|°|ª|o|a|\.)?[ \t]*(?i:étage|etage|floor|piso|andar|"
    r"planta|etaj|piano|stock|kat|piętro|pietro|этаж|поверх|lantai|tầng)[ \t]*,?[ \t]*\Z"
)


def _with_street_before(text: str, start: int) -> int:
    """`start` of a unit moved back over a floor, and the house number and street name, just
    before it."""
    floor = _PRECEDING_FLOOR.search(text, max(0, start - 20), start)
    start = floor.start() if floor is not None else start
    before = _STREET_BEFORE_UNIT.search(text, max(0, start - 60), start)
    if before is None:
        return start
    words = before.group().split()
    if fold_word(words[0].rstrip(".")) in _STOP and not words[0][0].isdigit():
        return start
    # "Tai Koo Shing Block 7 flat 22B": a unit before the unit, not a street; the estate stays
    units = [word for word in words if word.lower().rstrip(".") in _UNIT_WORDS]
    return text.index(units[0], before.start()) if units else before.start()


# a house number and a Latin street's name without a type, written inside Chinese, Japanese,
# Korean or Thai: "住在店后面的楼，4188 Kingsway 后门"
_LATIN_STREET_IN_CJK = re.compile(
    rf"(?<![\w,.$€-])\d{{2,6}}[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?=[ \t]*[{UNSPACED_LETTERS}])"
)


def find_addresses(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    for start, end in _find_addresses(text, hints):
        yield start, end
        town = _TOWN_BEFORE_FLOOR.match(text, end)  # the town stays, the floor goes
        if town and (floor := _FOLLOWING_FLOOR.match(text, town.end())):
            yield town.end(), floor.end()


def _find_addresses(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.latin1:
        if "街" in text or "路" in text or "道" in text:
            yield from (m.span() for m in _CJK_STREET.finditer(text))
        yield from ((_with_street_before(text, m.start()), m.end()) for m in find_glued_units(text))
        yield from (m.span() for m in find_devanagari_units(text))
        if hints.digit_starts and UNSPACED_SCRIPT.search(text):
            yield from (m.span() for m in _LATIN_STREET_IN_CJK.finditer(text))
    present = hints.words & _ADDRESS_WORDS
    if not present:
        return
    if not hints.digit_starts:
        if not present.isdisjoint(_TYPE_BEFORE_WORDS):
            yield from _type_first(
                text, word_starts(text, hints, present & _TYPE_BEFORE_WORDS, _TYPE_BEFORE_SPELLED)
            )
        return
    units = present & _UNIT_WORDS
    if units:
        for unit in finditer_at(_UNIT_ALONE, text, word_starts(text, hints, units)):
            end = unit.end()
            while (more := _BLOCK_AFTER.match(text, end) or _GULF_PART.match(text, end)) is not None:
                end = more.end()
            yield _with_street_before(text, unit.start()), end
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
        if end == name_start:  # a numbered road: "2150 route 117", "88 Highway 7"
            numbered = _ROAD_NUMBER.match(text, name_start)
            end = numbered.end() if numbered is not None else end
        if end > name_start:
            yield match.start(), with_unit(text, end)


_ROAD_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?(?![\w'’-])")


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
        # "2245 Como Lake Ave": a stop word with a capital, in a street typed with capitals, is a name
        named = match.group("type")[0].isupper()
        if any(fold_word(w.rstrip(".")) in _STOP and not (named and w[0].isupper()) for w in words):
            continue
        yield match.start(), with_unit(text, match.end())


# a block, tower or stairway named by a letter or number after a unit: "casa 14, bloque C"
# issue 11, fourteenth round: the door of an Austrian flat after its staircase ("Stiege 2 Tür 14",
# "Stiege 2/Tür 14", "Stiege 3, Top 7")
_BLOCK_AFTER = re.compile(
    r"[ \t]*[,/]?[ \t]*(?i:bloque|bloco|bloc|block|torre|tower|edificio|scara|escalera|corpo|tür|(?-i:Top))"
    r"[ \t]+[A-Z0-9]{1,3}\b"
)
# the parts of an address in the Gulf after its block: "Block 4 Street 12 House 7" (issue 11,
# tenth round)
_GULF_PART = re.compile(
    r"[ \t]*,?[ \t]*(?i:street|st\.|house|building|bldg\.?|avenue|jadda|plot|villa)[ \t]*\d{1,4}[A-Za-z]?\b"
)


_OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")  # a letter not in the Latin alphabet


# issue 11, round 20: street types written in full ("place", "street"), not abbreviations
_ABBREVIATED = frozenset(form for _, short in _TYPES_BEFORE for word in short for form in _forms(word))
_FULL_TYPES = frozenset(form for word, _ in _TYPES_BEFORE for form in _forms(word)) - _ABBREVIATED


def _ends_sentence(typed: str) -> bool:
    """A street type written in full and then a dot ends a sentence ("the right place. Two"):
    only an abbreviation takes a dot before the name ("Pl. Ville-Marie")."""
    head = typed.strip()
    return head.endswith(".") and fold_word(head[:-1].split()[0]) in _FULL_TYPES


def _type_first(text: str, type_starts: list[int] | None) -> Iterator[tuple[int, int]]:
    """Street type, name, number: "calle Hidalgo 123", "rua Augusta, 1500"; _TYPE_FIRST is
    tried only where a street type is written (or everywhere)."""
    for match in finditer_at(_TYPE_FIRST, text, type_starts):
        if _ends_sentence(match.group()):
            continue  # "the right place. Two summers ago": a full word, then a full stop
        end = _name_end(text, match.end(), capitalised=text[match.end() : match.end() + 1].isupper())
        if match.group()[:1].isascii() and _OTHER_SCRIPT.match(text, match.end()):
            continue  # "Jasper Ave живут 6": a Latin street type, then a word in another script
        if end == match.end():
            numbered = _NUMBERED_NAME.match(text, end)  # "Calle 10 #45-23", "Carrera 7 No. 12-40"
            if numbered is not None:
                yield match.start(), with_unit(text, numbered.end())
            continue
        number = _AFTER_NAME_NUMBER.match(text, end)
        if number is not None:
            yield match.start(), with_unit(text, number.end())
        elif names_a_street(text, match, end):
            yield match.start(), with_unit(text, end)


# A Latin street name before the Chinese word for street or road: "住在Bloor街", "Yonge 路".
# With the number after it: "Bayview大道3500号".
_CJK_STREET = re.compile(
    r"[A-Za-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,2} ?(?:大街|街|路|大道|道)(?: ?\d{1,6} ?[号號])?"
    # a Chinese street name with its number: "建国路88号"
    r"|(?:(?![区市县省镇區縣])[\u4e00-\u9fff]){1,4}(?:大街|街|路|大道)\d{1,6} ?[号號]"
)


# a street named by a number, then "#" or "No." and the door's number: the Colombian
# "Calle 10 #45-23", the Moroccan "زنقة 14 رقم 7"
_NUMBERED_NAME = re.compile(
    r"\d{1,3}[A-Za-z]?(?:\s?bis)?\s*(?:#|no\.?|n[°º]|رقم)\s*\d{1,3}[A-Za-z]?(?:\s*-\s*\d{1,3})?(?!\w)",
    re.IGNORECASE,
)
