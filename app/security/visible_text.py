"""Text one person writes and another reads (a caller's message, an operator's reply or note,
a supervisor's whisper, a partner's chat line, a referral's purpose and facts, a canned
response), without the characters that can hide or disguise it.

Removed: C0 controls but tab and newline, DEL, C1 controls, lone surrogates (which no
database or provider can store); the bidirectional marks, embeddings, overrides and isolates
(an override shows the reader reversed text, and, left open, reverses what the page shows
after it; between digits they hide a number from redaction); the zero-width space, the word
joiner and the invisible operators, the byte order mark (zero-width no-break space), the
soft hyphen, the Mongolian vowel separator, the deprecated format characters and the
interlinear annotation marks, and the rest of Unicode's default-ignorable characters, which
show nothing: the combining grapheme joiner, the Hangul fillers, the Khmer inherent vowels,
the shorthand and musical format controls (each can make two texts look alike, or split a
number or a word so that neither a reader nor redaction sees it: "5\u3164145550142" was stored
and shown unredacted). Combining marks on an ASCII digit go too ("5\u03011\u0301..."), but the
keycap's. Line and paragraph separators become line breaks.

Kept where they do a letter's work: the zero-width non-joiner and joiner (Persian, Arabic and
Indic spelling, emoji sequences) next to a non-ASCII character and between no digits, a
variation selector right after a non-ASCII character that is not a digit (an emoji's
presentation, an ideograph's variant, a Mongolian letter's form) or in a keycap ("1\ufe0f\u20e3"),
and tag characters only in an emoji flag sequence (after U+1F3F4). A run of variation selectors
keeps its first only: the rest carry no glyph (hidden bytes, "emoji smuggling"). Carriage returns
become line breaks.

Combining marks are capped per base character ("Zalgo": hundreds of marks on one letter draw
over the lines above and below it, in the console, the queue and the partner portal, and hide
what is written there): at most 2 marks of one combining class (2 above, 2 below...) and 8 in
all; the rest of the run is dropped. Real writing stays whole: Vietnamese stacks 2 accents (one
class, written decomposed), Arabic harakat and Hebrew points each have a class of their own,
Devanagari has a nukta, a virama and a sign or two, Tibetan stacks 2 or 3 subjoined letters
and a vowel. Spacing marks (a Devanagari vowel sign) count as a new character.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from app.errors import FieldRefused

_REMOVED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\xad\u061c\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0001"
    "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000\U000e0002-\U000e001f\U000e0080-\U000e00ff\U000e01f0-\U000e0fff]"
)
_JOINERS = "\u200c\u200d"
_TAGS = re.compile("[\U000e0020-\U000e007f]")
_SELECTORS = "\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef"
# A variation selector that chooses no form, found by one pass without a Python call per
# character (a message of 4,000 selectors is read in linear time): any after another selector
# (the rest of a run), one after an ASCII digit, # or * but in a keycap (then U+20E3), one after
# any other ASCII character or any other decimal digit, one that starts the text.
_STRAY_SELECTORS = re.compile(
    f"(?<=[{_SELECTORS}])[{_SELECTORS}]+"
    f"|(?<=[0-9#*])[{_SELECTORS}](?!\u20e3)"
    f"|(?<=[\x00-\x7f])(?<![0-9#*])[{_SELECTORS}]"
    f"|(?<=\\d)(?<![0-9])[{_SELECTORS}]"
    f"|^[{_SELECTORS}]"
)
_CONTEXTUAL = re.compile(f"[{_JOINERS}\U000e0020-\U000e007f]")
_LINE_SEPARATORS = re.compile("[\u2028\u2029]")
# Combining marks on an ASCII digit (no language writes digits with accents; the keycap's
# enclosing mark U+20E3 aside): "5\u03011\u03014..." kept a number from redaction.
_MARKED_DIGITS = re.compile(
    "(?<=[0-9])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20e2\u20e4-\u20ff\ufe20-\ufe2f]+"
)
_BLACK_FLAG = "\U0001f3f4"
# Where a run of 3 or more combining marks may be: 3 or more characters in a row at or above
# U+0300, where the first combining marks are (one pass; ASCII and Latin-1 text is never read
# further).
_MARK_RUN_CANDIDATES = re.compile("[^\x00-\u02ff]{3,}")
_MARK = "\x01"  # what a combining mark becomes in `_marks_table` (C0 controls are removed before)
_MARK_RUNS = re.compile(f"{_MARK}{{3,}}")
MAX_MARKS_PER_CLASS = 2
MAX_MARKS = 8


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


@functools.cache
def _marks_table() -> dict[int, str]:
    """`str.translate`'s table from every non-spacing or enclosing mark (planes 0, 1 and 14,
    where Unicode has them) to `_MARK`: built on the first text that may hold a run (about
    0.1 s, once a process), then a text's marks are found at the speed of `translate`."""
    planes = (range(0x300, 0x20000), range(0xE0000, 0xE1000))
    return {
        point: _MARK
        for plane in planes
        for point in plane
        if unicodedata.category(chr(point)) in ("Mn", "Me")
    }


def _capped(marks: str) -> str:
    """One base character's run of marks, at most `MAX_MARKS_PER_CLASS` of each combining class
    and `MAX_MARKS` in all, in their order."""
    kept: list[str] = []
    per_class: dict[int, int] = {}
    for mark in marks:
        mark_class = unicodedata.combining(mark)
        seen = per_class.get(mark_class, 0)
        if len(kept) < MAX_MARKS and not (mark_class and seen >= MAX_MARKS_PER_CLASS):
            per_class[mark_class] = seen + 1
            kept.append(mark)
    return "".join(kept)


def cap_marks(text: str) -> str:
    """The text with each run of 3 or more marks `_capped`; read no further than one regular
    expression pass when no 3 characters in a row could be marks."""
    if not _MARK_RUN_CANDIDATES.search(text):
        return text
    found = list(_MARK_RUNS.finditer(text.translate(_marks_table())))
    if not found:
        return text
    pieces, at = [], 0
    for marks in found:
        pieces += [text[at : marks.start()], _capped(text[marks.start() : marks.end()])]
        at = marks.end()
    return "".join([*pieces, text[at:]])


def clean(text: str) -> str:
    """The text without hiding or disguising characters; carriage returns become line breaks."""
    text = _LINE_SEPARATORS.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _STRAY_SELECTORS.sub("", _MARKED_DIGITS.sub("", _REMOVED.sub("", text)))
    text = cap_marks(text)
    return _CONTEXTUAL.sub(_keep_or_drop, text) if _CONTEXTUAL.search(text) else text


def required(text: str, *, field: str) -> str:
    """`clean(text)`; a 422 on `field` when nothing visible is left of it."""
    cleaned = clean(text)
    if not cleaned.strip():
        raise FieldRefused(field, "must hold visible text")
    return cleaned
