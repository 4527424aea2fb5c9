"""IPv4 and IPv6 addresses, checked with the standard library."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from triage.redaction.spans import Hints, match_at_digits

_V4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
_V6 = re.compile(
    r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])"
)


def _valid(candidate: str) -> bool:
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return False
    return True


def find_ips(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if "." in text:
        for start, end in match_at_digits(text, hints, (_V4,)):
            if _valid(text[start:end]):
                yield start, end
    if "::" in text or text.count(":") >= 3:
        for match in _V6.finditer(text):
            if match.group().count(":") >= 2 and _valid(match.group()):
                yield match.span()
