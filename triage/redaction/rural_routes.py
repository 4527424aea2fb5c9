"""Rural addresses with no street (issue 11, sixteenth round): a rural route with its site,
compartment or box ("RR 2, Site 5, Comp 12", "R.R. 3", "Box 45, RR 1"), a site and compartment
alone ("Site 9 Comp 31"), and a French post-office box ("C.P. 45", case postale). A lot on a
rang ("lot 12, rang Saint-Joseph") is a unit ("lot", fr.toml) before a street (addresses.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints

_NUMBER = r"[ \t]*#?[ \t]*\d{1,4}(?!\w)"
_PARTS = rf"(?:[ \t]*,?[ \t]*(?:Site|Comp\.?|Box|C\.[ \t]?P\.){_NUMBER})*"
_RURAL = re.compile(
    rf"(?<![\w.])(?:(?:Box|Site){_NUMBER}[ \t]*,?[ \t]*)*"
    rf"(?:RR|R\.R\.|(?i:rural route|route rurale)){_NUMBER}{_PARTS}"
    rf"|(?<!\w)Site{_NUMBER},?[ \t]*Comp\.?{_NUMBER}"
    r"|(?<![\w.])C\.[ \t]?P\.[ \t]*\d{1,6}(?!\w)"
)
_SIGNS = ("RR", "R.R", "ural", "URAL", "Comp", "C.P", "C. P")


def find_rural_routes(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts or not any(sign in text for sign in _SIGNS):
        return
    yield from (match.span() for match in _RURAL.finditer(text))
