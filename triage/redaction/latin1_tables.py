"""Latin-1 texts read by table: most messages are Latin-1 (one byte a character), where a
`bytes.translate` and `bytes.find` do in C what a regex or a loop over characters would do."""

from __future__ import annotations

import re

from triage.digit_runs import LATIN1_DIGITS as _LATIN1_DIGITS

_WORD = re.compile(r"[^\W\d_]+")


def _latin1_words_table() -> bytes:
    r"""For `bytes.translate` on a Latin-1 text: a letter (what `[^\W\d_]` matches) becomes its
    lower case, anything else a space, so splitting the result gives the lower-case words."""
    table = bytearray(b" " * 256)
    for code in range(256):
        char = chr(code)
        if _WORD.fullmatch(char):
            lower = char.lower()
            if len(lower) != 1 or ord(lower) > 255 or not _WORD.fullmatch(lower):
                raise ValueError(f"{char!r} does not lower-case to one Latin-1 letter")
            table[code] = ord(lower)
    return bytes(table)


LATIN1_WORDS = _latin1_words_table()
# What `[^\W\d_]` matches up to U+00FF, written out: on a Latin-1 text the regex engine tests
# it against a bitmap, where the Unicode class costs a few table look-ups a character.
LATIN1_LETTER = "[" + "".join(re.escape(chr(code)) for code in range(256) if LATIN1_WORDS[code] != 32) + "]"
CAPITALS_AND_DIGITS = bytes(0x41 if 0x41 <= code <= 0x5A else _LATIN1_DIGITS[code] for code in range(256))


def _latin1_lower_table() -> bytes:
    """For `bytes.translate`: each Latin-1 character's lower case (always one Latin-1 character)."""
    table = bytearray()
    for code in range(256):
        lower = chr(code).lower()
        if len(lower) != 1 or ord(lower) > 255:
            raise ValueError(f"{chr(code)!r} does not lower-case to one Latin-1 character")
        table.append(ord(lower))
    return bytes(table)


_LATIN1_LOWER = _latin1_lower_table()


_LAST_LOWERED: list[tuple[str, str]] = [("", "")]  # the last text asked about, and its answer


def lower_case(text: str) -> str:
    """`text.lower()`, by a table look-up a character for a Latin-1 text (str.lower looks up
    Unicode's full case mappings, several times slower). The detectors of one layer ask about
    the same masked copy: the last answer is kept (a pure function of the text)."""
    known, lowered = _LAST_LOWERED[0]
    if text is known:
        return lowered
    data = latin1(text)
    lowered = text.lower() if data is None else data.translate(_LATIN1_LOWER).decode("latin-1")
    _LAST_LOWERED[0] = (text, lowered)
    return lowered


def latin1(text: str) -> bytes | None:
    """`text` in Latin-1 (one byte a character), or None when it has a character past U+00FF."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


# A letter (what `[^\W\d_]` matches) as "a", MASK (U+001A) as "M", anything else a space: a
# masked span cuts a word where "aM" or "Ma" is found
LETTERS_AND_MASKS = bytes(
    0x4D if code == 0x1A else 0x61 if LATIN1_WORDS[code] != 32 else 0x20 for code in range(256)
)
