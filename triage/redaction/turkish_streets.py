"""Turkish addresses: a neighbourhood named before its street ("Karataş Mahallesi 12 Nolu Sokak
No:5", "Yenidoğan Mah. Atatürk Cd.") and a street named by its number ("4. Sokak No:9")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints

# a Turkish neighbourhood named before its street, with the space after it, so that it joins the
# street's span: "Karataş Mahallesi 12 Nolu Sokak No:5", "Yenidoğan Mah. Atatürk Cd."
_NEIGHBOURHOOD = re.compile(
    r"(?:[A-ZÇĞİÖŞÜ][\w'’-]* ){1,2}(?:Mahallesi|Mahalle|Mah\.|Mh\.),? "
    r"(?=[^\n]{0,30}?(?:Sokak|Sokağı|Sk\.|Sok\.|Cadde|Cad\.|Cd\.|Bulvar|Blv\.|No ?:|No\.|\d))"
)


# a Turkish street named by its number: "4. Sokak No:9", "1453. Cad. No: 2"
_NUMBERED_STREET = re.compile(
    r"(?<![\w.])\d{1,5}\. ?(?:Sokak|Sokağı|Sk\.|Sok\.|Cadde|Caddesi|Cad\.|Cd\.)"
    r"(?: ?No ?[:.] ?\d{1,5}(?:/\d{1,3})?)?"
)


def find_neighbourhoods(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """A Turkish neighbourhood before its street, and a street named by its number."""
    if "Mah" in text or "Mh." in text:
        yield from (m.span() for m in _NEIGHBOURHOOD.finditer(text))
    if hints.digit_starts and ("Sok" in text or "Sk." in text or "Cad" in text or "Cd." in text):
        yield from (m.span() for m in _NUMBERED_STREET.finditer(text))
