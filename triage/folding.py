"""Fold text for matching: lower case, no accents, no stretched letters, word tokens.

Every folded character remembers the position of the character it came from, so a
match in folded text can be shown as the words the person actually wrote.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that carry no combining mark to strip but have a plain form.
_SPECIAL = {"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
# Arabic: tatweel out, alef and yeh variants and teh marbuta to one form each.
_ARABIC = {"ـ": "", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
# Apostrophes of every kind separate words, like spaces.
_APOSTROPHES = "'’`´ʼ‘"

# A word: letters, digits, and the vowel signs of Indic scripts (category Mc, kept by fold).
WORD = re.compile(r"[^\W_]+(?:[\u0900-\u0DFF]+[^\W_]*)*")


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty, possibly several characters)."""
    if ch in _APOSTROPHES:
        return " "
    lowered = ch.casefold()
    if lowered in _SPECIAL:
        return _SPECIAL[lowered]
    if lowered in _ARABIC:
        return _ARABIC[lowered]
    decomposed = unicodedata.normalize("NFKD", lowered)
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return "".join(_SPECIAL.get(c, _ARABIC.get(c, c)) for c in plain)


_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text; `origin[i]` is the index in the source of folded character `i`
    (`origin` is None when every character folded to exactly one)."""

    text: str
    origin: tuple[int, ...] | None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source text that folded characters `start:end` came from."""
        if start >= end:
            return (0, 0)
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> Folded:
    """Fold `text`; a letter repeated three times or more is kept once ("aideeeez")."""
    pieces = list(map(fold_char, text))
    folded = "".join(pieces)
    stretched = _STRETCHED.search(folded) is not None
    if len(folded) == len(text) and not stretched:
        return Folded(folded, None)  # the common case: one character for one
    origin = [index for index, piece in enumerate(pieces) for _ in piece]
    if not stretched:
        return Folded(folded, tuple(origin))
    out: list[str] = []
    kept: list[int] = []
    cursor = 0
    for match in _STRETCHED.finditer(folded):
        out.append(folded[cursor : match.start() + 1])
        kept.extend(origin[cursor : match.start() + 1])
        cursor = match.end()
    out.append(folded[cursor:])
    kept.extend(origin[cursor:])
    return Folded("".join(out), tuple(kept))


def fold_plain(text: str) -> str:
    """Folded text without positions (for lexicon terms)."""
    return fold(text).text


def words(folded: Folded) -> list[tuple[str, int, int]]:
    """The words of folded text with their folded spans."""
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded.text)]
