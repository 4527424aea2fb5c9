"""Places that pin a building without a house number (issue 11, fourth round):

- an intersection: a corner word, then two street names joined ("coin Ontario et Pie-IX",
  "corner of Jane and Finch", "esquina de Hidalgo y Morelos", "на углу Янг и Блур",
  "تقاطع جان تالون مع سان ميشيل");
- a named lodging: a motel or hotel word and a capitalised name after it, or a capitalised
  name before it ("motel Le Relais", "Hôtel Bonaventure", "Colibri Motel", "мотель Звезда");
- a street named with an English street type written in another script, with its number when
  one follows ("Дафферин-стрит 1020", "Блур стрит");
- a room's number in a message that names a lodging: "я в отеле, номер 418";
- a door number in a message that names a building: "a menina do 302" (with "prédio"),
  "la fille du 1204" (with "immeuble"), "she's in 508" (with "building"), not a year.

The words are listed per language in triage/lexicons/redaction/<lang>.toml, [addresses]
(`corners`, `corner_joiners`, `lodgings`, `types_transliterated`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage import word_lists
from triage.places import find_places
from triage.redaction.spans import Hints, looked_for

_WORD_CHARS = re.compile(r"[^\W\d_]+")


def _alternation(key: str) -> str:
    words = sorted(word_lists.words("addresses", key), key=len, reverse=True)
    return "|".join(re.escape(word) for word in words)


def _hint_words(key: str) -> frozenset[str]:
    """The longest word of each entry, lower case: a message without one has no such place."""
    words = set()
    for entry in word_lists.words("addresses", key):
        parts = _WORD_CHARS.findall(entry.lower())
        if parts:
            words.add(max(parts, key=len))
    return looked_for(words)


_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐĞİŞŁŚŻŹĆŃ"
_LETTER = r"[^\W\d_]"
# a street's name: capitalised words (a hyphen, an apostrophe or a dot inside), a numbered
# street ("17e", "3rd"), or words in a script without capitals (Arabic)
_CAPITALISED = rf"[{_CAPITAL}][\w'’.]*(?:-[\w'’.]+)*"
_STREET_NAME = (
    rf"(?:{_CAPITALISED}(?:[ \t]+(?:(?:de|du|la|le|des|of|del|da|do)[ \t]+)?{_CAPITALISED}){{0,2}}"
    rf"|\d{{1,3}}(?:st|nd|rd|th|e|ème|a)?(?:[ \t]+{_CAPITALISED})?"
    r"|[\u0600-\u06ff]+(?:[ \t]+[\u0600-\u06ff]+)?)"
)
_CORNER = re.compile(
    rf"(?<!\w)(?i:{_alternation('corners')})(?!\w)[ \t]+(?:(?i:de|du|d'|of|da|do|de la)[ \t]*)?"
    rf"{_STREET_NAME}[ \t]*(?i:{_alternation('corner_joiners')})[ \t]*{_STREET_NAME}"
)
_CORNER_WORDS = _hint_words("corners")

_LODGING_WORDS = _hint_words("lodgings")
_LODGINGS = _alternation("lodgings")
# "motel Le Relais", "Hôtel Bonaventure": the lodging word, then one to three capitalised words
# (an article first allowed); "Colibri Motel": one or two capitalised words, then the word
_LODGING = re.compile(
    rf"(?<!\w)(?i:{_LODGINGS})[ \t]+(?:(?:Le|La|Les|L'|El|Los|Las|The|O|A)[ \t]*)?"
    rf"{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}}"
    rf"|(?<![\w'])(?:{_CAPITALISED}[ \t]+){{1,2}}(?i:{_LODGINGS})(?!\w)"
)

_TRANSLITERATED_WORDS = _hint_words("types_transliterated")
_TRANSLITERATED_TYPES = _alternation("types_transliterated")
_TRANSLITERATED = re.compile(
    rf"(?<!\w)[{_CAPITAL}][\w'’]*(?:-[{_CAPITAL}][\w'’]*)?[- ](?i:{_TRANSLITERATED_TYPES})(?!\w)"
    r"(?:,?[ \t]*\d{1,6}[A-Za-zА-Яа-я]?(?!\d))?"
)
# in a message naming a lodging, a room's number after the word that says room (and number):
# "я в отеле, номер 418" (two to four digits, not the first group of a phone)
_ROOM_WORDS = _hint_words("rooms_in_lodgings")
_ROOM = re.compile(
    rf"(?<!\w)(?i:{_alternation('rooms_in_lodgings')})[ \t]*№?[ \t]*\d{{2,4}}(?!\w|[ \t]?[.,:/-]?[ \t]?\d)"
)
_BUILDING_WORDS = _hint_words("buildings")
# the preposition before a door number, matched on the few characters before a digit run
_DOOR_BEFORE = re.compile(rf"(?<!\w)(?i:{_alternation('door_prepositions')})[ \t]*#?$")
_LETTERED_DOOR = re.compile(r"[A-FH-JL-Z](?![\w/-])")
_DOOR_AFTER = re.compile(r"[A-Za-z]?(?![\w/-]|[.,:]\d|[ \t]*\d)")
# emergency lines, named after the same prepositions as doors ("además del 911", "call the 999")
_EMERGENCY_LINES = frozenset({"911", "999", "112", "000"})


def _doors(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Three or four digits after a door preposition, not a year ("in 2019") nor an emergency
    line ("del 911"); one to four
    digits with a capital letter glued after them ("el 7B", "the 12C"), not "4K" or "5G"."""
    for start, end in hints.digit_runs:
        door = text[start:end]
        alone = start == 0 or not text[start - 1].isalnum()
        if alone and len(door) <= 4 and _LETTERED_DOOR.match(text, end):
            yield start, end + 1
            continue
        if not 3 <= len(door) <= 4 or not door.isdecimal() or (len(door) == 4 and door[:2] in ("19", "20")):
            continue
        if door in _EMERGENCY_LINES:
            continue
        after = _DOOR_AFTER.match(text, end)
        if after is not None and _DOOR_BEFORE.search(text, max(0, start - 16), start):
            yield start, after.end()


# an address after its label in a script without spaces, up to the end of its clause, when it
# holds a number: "地址大概是No. 3 Road 1234号2楼", "주소: 토론토 영 스트리트 55", "ที่อยู่ 12/3 ..."
_ADDRESS_LABELS = ("地址", "住址", "地點", "地点", "住所", "주소", "ที่อยู่")
_ADDRESS_LABEL = re.compile(
    rf"(?:{'|'.join(_ADDRESS_LABELS)})(?:大概|应该|應該|大約|大约)?(?:是|在|为|為|는|은)?"
    r"[ \t]*[:：]?[ \t]*"
    r"([^，。,、\n！？!?；;]{2,40})"
)


def _after_leading_place(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the city it starts with ("地址：万锦 …": Markham is kept)."""
    for place in find_places(text[start:end]):
        if place.start == 0 or not text[start : start + place.start].strip():
            start += place.end
            while start < end and text[start] in " \t,，":
                start += 1
        break
    return start, end


# a name, a street type after it, then "No" and the door: "Atatürk Caddesi No: 45", "Bağdat
# Cad. No:12" (the "No" keeps "Main Street 45 minutes" out)
_TYPES_AFTER = "|".join(
    re.escape(form)
    for word, abbreviations in word_lists.abbreviations("addresses", "types_after")
    for form in (word, *abbreviations)
)
_NAME_TYPE_NO = re.compile(
    rf"(?<![\w'’])(?:[{_CAPITAL}][\w'’.-]*[ \t]){{1,3}}(?i:{_TYPES_AFTER})\.?"
    r"[ \t]*,?[ \t]*No[ \t]*[:.]?[ \t]*\d{1,5}[A-Za-z]?(?!\w)"
)


# a word of the lodging pattern that is no name: "Motel" in "Motel Colibri" is the type
_NOT_A_NAME = frozenset({"i", "we", "je", "on", "yo", "eu", "я", "мы"})


def find_landmarks(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of intersections, named lodgings and streets typed with a transliterated type."""
    words = hints.words
    if not words.isdisjoint(_CORNER_WORDS):
        yield from (match.span() for match in _CORNER.finditer(text))
    if not words.isdisjoint(_LODGING_WORDS):
        lodgings = [m for m in _LODGING.finditer(text) if m.group().split()[0].lower() not in _NOT_A_NAME]
        if lodgings:
            # "otèl Laval", "a Laval motel": a hotel in a city names no building
            places = [(place.start, place.end) for place in find_places(text)]
            for match in lodgings:
                if not any(start < match.end() and match.start() < end for start, end in places):
                    yield match.span()
        if hints.digit_starts and not words.isdisjoint(_ROOM_WORDS):
            yield from (match.span() for match in _ROOM.finditer(text))
    if hints.digit_starts and not words.isdisjoint(_BUILDING_WORDS):
        yield from _doors(text, hints)
    if not hints.latin1 and any(label in text for label in _ADDRESS_LABELS):
        for match in _ADDRESS_LABEL.finditer(text):
            if any(ch.isdigit() for ch in match.group(1)):
                yield _after_leading_place(text, *match.span(1))
    if hints.digit_starts and "No" in text:
        yield from (match.span() for match in _NAME_TYPE_NO.finditer(text))
    if not words.isdisjoint(_TRANSLITERATED_WORDS):
        yield from (match.span() for match in _TRANSLITERATED.finditer(text))
