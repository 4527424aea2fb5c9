"""Rooms, flats and buildings named in scripts without spaces or capitals, where the unit word
is glued to its number (issue 11, sixth to eleventh rounds):

- Chinese and Japanese: a room's number before 室 or 号房 ("102室", "3号房", "302号室"), the
  word for a room before its number ("房间 412"), a building and its stairway ("3号楼2单元501");
- Korean: a flat's number before 호, with its building before 동 ("101동 1203호에", "302호실"),
  not a subway line ("1호선");
- Thai: "ห้อง 312";
- Devanagari, which Hints splits at its vowel signs: "कमरा 214", "कमरा नंबर ३०४", "यूनिट 9",
  and a house, lane or plot with "नंबर": "मकान नंबर 45, गली नंबर 3"; a house number and a
  street named with an English street type written in Devanagari: "4520 सेंट-डेनिस स्ट्रीट".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage import word_lists
from triage.folding import fold_word

_GLUED_UNIT = re.compile(
    r"(?<!\d)\d{1,5} ?(?:号室|號室|室|号房|號房)|(?:房间|房間|ห้อง) ?\d{1,5}(?!\d)"
    r"|(?<!\d)(?:\d{1,4} ?동 ?)?\d{2,5} ?호(?:실)?(?!선)"
    r"|(?<!\d)\d{1,3} ?(?:号楼|號樓)(?: ?\d{1,2} ?(?:单元|單元)(?: ?\d{2,4})?)?"
)
_GLUED_SIGNS = ("室", "房", "ห้อง", "호", "号楼", "號樓")
# a house, a lane, a plot, a block, a sector and its number after "नंबर" ("मकान नंबर 45",
# "गली नं. 3"): without "नंबर", "घर 3" may count houses
_DEVANAGARI_UNIT = re.compile(
    r"(?:कमरा|कमरे|फ्लैट|यूनिट|अपार्टमेंट) ?(?:नंबर|नं\.?)? ?[\d०-९]{1,5}(?![\d०-९])"
    r"|(?:मकान|घर|गली|प्लॉट|ब्लॉक|सेक्टर|हाउस) ?(?:नंबर|नं\.?) ?[\d०-९]{1,5}(?![\d०-९])"
)
_DEVANAGARI_SIGNS = ("कमर", "फ्लैट", "यूनिट", "अपार्टमेंट", "नंबर", "नं")
_DEVANAGARI_STREET_SIGNS = ("स्ट्रीट", "एवेन्यू", "बुलेवार्ड", "ड्राइव", "रोड")
# a house number, one to three Devanagari words that are no everyday words (hi [names] not_names:
# "2 दिन से स्ट्रीट पर" is a time), an English street type
_DEVANAGARI_WORD = "[\u0900-\u0963\u0971-\u097f]+(?:-[\u0900-\u0963\u0971-\u097f]+)*"
_NOT_NAMES = frozenset(fold_word(word) for word in word_lists.words("names", "not_names"))
_DEVANAGARI_STREET = re.compile(
    rf"(?<![\w,.])\d{{1,6}},?[ \t]+(?P<name>(?:{_DEVANAGARI_WORD}[ \t]+){{1,3}})"
    rf"(?:{'|'.join(_DEVANAGARI_STREET_SIGNS)})(?![\u0900-\u097f])"
)


def find_glued_units(text: str) -> Iterator[re.Match[str]]:
    """The Chinese, Japanese, Korean and Thai units (a street's name may come before them)."""
    if any(sign in text for sign in _GLUED_SIGNS):
        yield from _GLUED_UNIT.finditer(text)


def find_devanagari_units(text: str) -> Iterator[re.Match[str]]:
    if any(sign in text for sign in _DEVANAGARI_SIGNS):
        yield from _DEVANAGARI_UNIT.finditer(text)
    if any(sign in text for sign in _DEVANAGARI_STREET_SIGNS):
        for street in _DEVANAGARI_STREET.finditer(text):
            if _NOT_NAMES.isdisjoint(map(fold_word, street.group("name").split())):
                yield street
