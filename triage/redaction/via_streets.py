"""The Italian street "via" (issue 11, thirteenth round): "via" is an English word too ("via
WhatsApp", "via Toronto"), so it is no street type in triage/lexicons/redaction/it.toml, and a
street after it is taken only in the whole shape of an Italian address: "via", a capitalised
name (its connectors in lower case), then the house number ("in via Belzoni 40", "via dei Mille
3", "Via San Francesco 12/B"). Not an amount or a count, which keep.py has masked before."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints, looked_for

_NAME_WORD = r"[A-ZÀ-Ý][\w'’-]*"
_VIA_STREET = re.compile(
    rf"(?<![\w-])[Vv]ia[ \t]+(?:(?:dei|degli|della|delle|del|dello|di|da)[ \t]+)?{_NAME_WORD}"
    rf"(?:[ \t]+(?:(?:dei|degli|della|delle|del|di)[ \t]+)?{_NAME_WORD}){{0,2}}"
    r",?[ \t]+(?:n\.?[ \t]*)?\d{1,4}(?:[ \t]*/[ \t]*[A-Za-z0-9]{1,3}|[A-Za-z](?!\w))?(?![\w,.]\d)(?!\w)"
)


_VIA = looked_for(["via"])


def find_via_streets(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    """Spans of Italian addresses in "via" (module docstring)."""
    if hints.digit_starts and hints.has_any(_VIA):
        yield from (match.span() for match in _VIA_STREET.finditer(text))
