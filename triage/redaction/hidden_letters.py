"""Hidden characters inside a word: "Ar\u00adtyom", "Ma\u200brie" are "Artyom" and "Marie" to
the reader, but two pieces to a detector that reads words. Before the detectors run, a soft
hyphen, a zero-width space, a word joiner or a byte-order mark written between two letters (or
a letter and a digit, a dot, an underscore, a dash or an at sign) is taken out; the spans found
on the shorter text are mapped back to the message's offsets, so a placeholder covers the
hidden characters too. Zero-width joiners and non-joiners are left in
place: Persian, Urdu and Indic scripts write them inside ordinary words.
"""

from __future__ import annotations

import re

from triage.redaction.spans import Found

_HIDDEN = "\u00ad\u200b\u2060\ufeff"
# between two letters, or between a letter and a digit or a sign of a user name or an address
# ("kay\u00ad.lee.bloom", "yadav\u00ad1996 at gmail": issue 11, thirteenth round); not between two
# digits, which unobfuscate.py reads as one number
_INSIDE_A_WORD = re.compile(rf"(?<=[^\W\d_])[{_HIDDEN}]+(?=[\w.@_-])|(?<=[\w.@_-])[{_HIDDEN}]+(?=[^\W\d_])")


def take_out(text: str) -> tuple[str, list[int]] | None:
    """The text without the hidden characters inside its words, and for each of its characters
    the offset it had in `text`; None when no word hides one (most messages)."""
    if text.isascii() or not any(hidden in text for hidden in _HIDDEN):
        return None
    if _INSIDE_A_WORD.search(text) is None:
        return None
    offsets: list[int] = []
    pieces: list[str] = []
    cursor = 0
    for match in _INSIDE_A_WORD.finditer(text):
        pieces.append(text[cursor : match.start()])
        offsets += range(cursor, match.start())
        cursor = match.end()
    pieces.append(text[cursor:])
    offsets += range(cursor, len(text))
    return "".join(pieces), offsets


def put_back(found: list[Found], offsets: list[int]) -> list[Found]:
    """Spans found on the shorter text, as spans of the message."""
    return [(offsets[start], offsets[end - 1] + 1, kind) for start, end, kind in found if end > start]
