"""Text one person writes and another reads (a caller's message, an operator's reply or note,
a supervisor's whisper, a partner's chat line, a referral's purpose and facts, a canned
response), without the characters that can hide or disguise it.

Removed: C0 controls but tab and newline, DEL, C1 controls, lone surrogates (which no
database or provider can store); the bidirectional marks, embeddings, overrides and isolates
(an override shows the reader reversed text, and, left open, reverses what the page shows
after it; between digits they hide a number from redaction); the zero-width space, the word
joiner and the invisible operators, the byte order mark (zero-width no-break space), the
soft hyphen, the Mongolian vowel separator, the deprecated format characters and the
interlinear annotation marks (each can make two texts look alike, or split a number or a
word so that neither a reader nor redaction sees it).

Kept where they do a letter's work: the zero-width non-joiner and joiner (Persian, Arabic and
Indic spelling, emoji sequences) next to a non-ASCII character and between no digits, and tag
characters only in an emoji flag sequence (after U+1F3F4). Carriage returns become line breaks.
"""

from __future__ import annotations

import re

from app.errors import FieldRefused

_REMOVED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\xad\u061c\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0001]"
)
_JOINERS = "\u200c\u200d"
_TAGS = re.compile("[\U000e0020-\U000e007f]")
_CONTEXTUAL = re.compile(f"[{_JOINERS}\U000e0020-\U000e007f]")
_BLACK_FLAG = "\U0001f3f4"


def _joins_letters(text: str, at: int) -> bool:
    """A joiner next to a non-ASCII character, with no digit on either side."""
    around = [text[at - 1] if at > 0 else "", text[at + 1] if at + 1 < len(text) else ""]
    if any(neighbour.isdecimal() for neighbour in around):
        return False
    return any(neighbour and not neighbour.isascii() and neighbour not in _JOINERS for neighbour in around)


def _in_flag(text: str, at: int) -> bool:
    """A tag character that continues an emoji flag sequence (🏴 then tags)."""
    start = at
    while start > 0 and _TAGS.fullmatch(text[start - 1]):
        start -= 1
    return start > 0 and text[start - 1] == _BLACK_FLAG


def _keep_or_drop(match: re.Match[str]) -> str:
    text, at = match.string, match.start()
    kept = _joins_letters(text, at) if match.group() in _JOINERS else _in_flag(text, at)
    return match.group() if kept else ""


def clean(text: str) -> str:
    """The text without hiding or disguising characters; carriage returns become line breaks."""
    text = _REMOVED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTEXTUAL.sub(_keep_or_drop, text) if _CONTEXTUAL.search(text) else text


def required(text: str, *, field: str) -> str:
    """`clean(text)`; a 422 on `field` when nothing visible is left of it."""
    cleaned = clean(text)
    if not cleaned.strip():
        raise FieldRefused(field, "must hold visible text")
    return cleaned
