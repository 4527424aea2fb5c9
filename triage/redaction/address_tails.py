"""The rest of an address after its street and number, which still pins the door: the floor
and the side or door ("3.º Esq.", "4º izq.", "3º B", "2. OG rechts"), a unit named by a letter
("unità B", "apt C"), the basement or the upper floor of a house ("61 Birch Ave basement",
"44 barton st e upstairs") and the postal code before the town ("4000-446 Porto", "61-712
Poznań", "28013 Madrid"). Each is tried only right after an address another detector found
(addresses.with_unit has already taken a unit and a floor with their numbers); the town after
them stays.
"""

from __future__ import annotations

import re

from triage.redaction.addresses import with_unit
from triage.redaction.spans import MASK

# the side of a landing or the door's letter: Portuguese "Esq."/"Dto.", Spanish "izq."/"dcha.",
# German "links"/"rechts", a capital alone
_SIDE = (
    r"(?:(?i:esq|dto|dt|dir|fte|izq|izda|dcha|der)(?![\w'’])\.?"
    r"|(?i:esquerd[oa]|direit[oa]|frente|tr[aá]s|izquierda|derecha|centro|links|rechts|mitte)(?![\w'’])"
    r"|[A-Z](?![\w'’]))"
)
# a floor said by its ordinal, then its side: "3.º Esq.", "4º izq.", "3º B", "2. OG rechts"
_FLOOR_THEN_SIDE = re.compile(
    rf"[ \t]*,?[ \t]*\d{{1,2}}(?:\.?[ºª°]|\.)[ \t]*(?:(?i:OG|Stock|piso|andar|planta)\.?[ \t]*)?{_SIDE}"
)
# a side after a floor addresses.with_unit took: "2. OG" + " links"
_SIDE_AFTER_FLOOR = re.compile(rf"[ \t]+{_SIDE}")
_LETTERED_UNIT = re.compile(
    r"[ \t]*,?[ \t]*(?i:unit|unité|unità|unidad|apt|app|appt|suite)\.?[ \t]+[A-Z](?![\w'’])"
)
_PART_OF_HOUSE = re.compile(
    r"(?:[ \t]+[nsew])?[ \t]*,?[ \t]*(?i:basement|upstairs|downstairs|rear unit|back unit)(?![\w'’])"
)
# a postal code, then the town or the end of the sentence
_POSTAL_CODE = re.compile(
    r"[ \t]*,?[ \t]*(?:\d{4}-\d{3}|\d{2}-\d{3}|\d{5}(?:-\d{3})?|\d{6})(?![\w-])"
    r"(?=[ \t]+[A-ZÀ-ÞĀ-ſА-ЯЁІЇЄҐ]|[ \t]*(?:[,.;)\n]|$))"
)
# a flat's number after the house's, Polish style: "ul. Polna 8/4"
_FLAT_AFTER_SLASH = re.compile(r"(?<=\d)/\d{1,4}[A-Za-z]?(?![\w/])")
_PIECES = (_FLAT_AFTER_SLASH, _FLOOR_THEN_SIDE, _LETTERED_UNIT, _PART_OF_HOUSE, _POSTAL_CODE)


def with_tail(text: str, claimed: str, end: int) -> int:
    """`end` of an address moved past a unit and a floor (addresses.with_unit), and past the
    other pieces of its door and its postal code that follow, none of them claimed already."""
    end = _unclaimed(claimed, end, with_unit(text, end))
    floor_side = _SIDE_AFTER_FLOOR.match(text, end)
    if floor_side is not None and end > 0 and _after_floor(text, end):
        end = _unclaimed(claimed, end, floor_side.end())
    for _ in range(4):
        for piece in _PIECES:
            match = piece.match(text, end)
            if match is not None and MASK not in claimed[end : match.end()]:
                end = _unclaimed(claimed, match.end(), with_unit(text, match.end()))
                break
        else:
            return end
    return end


def _unclaimed(claimed: str, end: int, new_end: int) -> int:
    return new_end if MASK not in claimed[end:new_end] else end


_FLOOR_WORD_BEFORE = re.compile(r"(?i:OG|Stock|étage|etage|floor|piso|andar|planta|etaj)\.?\Z")


def _after_floor(text: str, end: int) -> bool:
    return _FLOOR_WORD_BEFORE.search(text, max(0, end - 8), end) is not None
