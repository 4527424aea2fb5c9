"""The streets said before a unit or a house plate in the Arabic script, where no capital
shows a name: "خیابان ولیعصر، کوچه نسترن، پلاک ۱۲" (avenue, lane, then the plate), "شارع 15،
عمارة 4". A street type alone there ("تو خیابان بودم", I was in the street) is an everyday
word, so only the plate or the unit after it makes the street part of an address, and the
address found at the unit then starts at the first street piece before it.

And two shapes of other countries' addresses that no street type announces:
- a Korean road-name address, the road or lane with its number and the building's number
  ("테헤란로 123", "월드컵로12길 34"; not "서울로 3시간", to Seoul in three hours);
- a Vietnamese house number with its alley ("45/12 Nguyễn Trãi"), then the ward ("Phường 3",
  "P. 3"): the district ("Quận 5") and the city after stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import MASK, Hints

_ARABIC_STREET_TYPES = "خیابان|خيابان|کوچه|كوچه|بلوار|میدان|بزرگراه|شارع|بشارع|جادة|زنقة|درب|نهج|زقاق"
_ARABIC_WORD = r"[\u0600-\u06ff\u200c\d][\u0600-\u06ff\u200c\w]*"
# one to three street pieces, each a type and up to three words, before a comma
_STREETS_BEFORE = re.compile(
    rf"(?<![\w\u0600-\u06ff])(?:(?:{_ARABIC_STREET_TYPES})[ \t]+{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD}){{0,2}}"
    rf"[ \t]*[،,][ \t]*){{1,3}}\Z"
)


def with_streets_before(text: str, claimed: str, start: int) -> int:
    """`start` of an address moved back over the typed streets said just before it."""
    if start == 0 or text[start - 1] not in "،, \t":
        return start
    before = _STREETS_BEFORE.search(text, max(0, start - 120), start)
    if before is None or MASK in claimed[before.start() : start]:
        return start
    return before.start()


_KOREAN_ROAD = re.compile(
    r"(?<![가-힣])[가-힣]{1,8}(?:로|길)[ \t]?\d{1,4}(?:[ \t]?번?길)?(?:[ \t]?\d{1,4}(?:-\d{1,3})?)?"
    # not a count after it ("서울로 3시간", "부산으로 2명"); a particle may be glued ("34에")
    r"(?!\d|시|명|개|살|원|년|월|일|분|초|달|주|만|천|백|억|번째|%)"
)
_VIETNAMESE_HOUSE = re.compile(
    r"(?<![\w/])\d{1,4}/\d{1,4}(?:/\d{1,4})?[A-Z]?[ \t]+(?:[A-ZĐ][\wÀ-ỹ]*[ \t]+){0,3}[A-ZĐ][\wÀ-ỹ]*"
    r"(?:[ \t]*,[ \t]*(?:Phường|phường|P\.)[ \t]*\d{1,2})?"
)


def find_unannounced_streets(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Korean road-name addresses and Vietnamese house numbers with their alley."""
    if not hints.digit_starts:
        return
    if not hints.latin1 and ("로" in text or "길" in text):
        yield from (m.span() for m in _KOREAN_ROAD.finditer(text))
    if "/" in text:
        yield from (m.span() for m in _VIETNAMESE_HOUSE.finditer(text))
