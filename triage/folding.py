"""Fold text for matching: lower case, no accents, no stretched letters, word tokens.

Every folded character remembers the position of the character it came from, so a
match in folded text can be shown as the words the person actually wrote.

`tokenize` folds a message and splits it into words once for every reader (language,
lexicons, ages, places); for the usual text it works through `str.translate` tables
filled as characters are met, so no regular expression walks the message.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count

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


# Characters remembered by the translate tables below; past this, new ones are worked out
# each time (a message in a script never met before is still folded right, just slower).
TABLE_LIMIT = 20_000


class _FoldTable(dict[int, str]):
    """`fold_char` by code point, for `str.translate`, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        if len(self) < TABLE_LIMIT:
            self[code] = folded
        return folded


# In the mask of a folded text, a character of a word stays, any other becomes a space.
# The signs of Indic scripts that `WORD` joins to a word without being letters become
# NUL: a text with one of them is split by `WORD` itself.
_INDIC_SIGN = "\x00"


class _WordMask(dict[int, str]):
    r"""For `str.translate`: a word character (as `[^\W_]` reads it) to itself, an Indic
    sign to `_INDIC_SIGN`, anything else to a space."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isalnum():  # exactly the characters `[^\W_]` matches
            masked = char
        elif "\u0900" <= char <= "\u0DFF":
            masked = _INDIC_SIGN
        else:
            masked = " "
        if len(self) < TABLE_LIMIT:
            self[code] = masked
        return masked


_FOLD_TABLE = _FoldTable()
_WORD_MASK = _WordMask()


def fold(text: str) -> Folded:
    """Fold `text`; a letter repeated three times or more is kept once ("aideeeez")."""
    folded = _fold_chars(text)
    if len(folded) == len(text) and _STRETCHED.search(folded) is None:
        return Folded(folded, None)  # the common case: one character for one
    return _fold_with_origin(text)


def _fold_with_origin(text: str) -> Folded:
    """`fold` for text where characters fold to more or fewer than one, or letters repeat."""
    pieces = list(map(fold_char, text))
    folded = "".join(pieces)
    stretched = _STRETCHED.search(folded) is not None
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


class Tokens:
    """A message folded and split once for every reader: the `fold` of the text, its words
    (as `words` gives them), their set (for look-ups that do not care about order or
    repeats), and each word's folded span, worked out only when asked for."""

    __slots__ = ("_pieces", "_spans", "_starts", "folded", "unique", "words")

    def __init__(
        self,
        folded: Folded,
        words: list[str],
        *,
        pieces: list[str] | None = None,
        spans: list[tuple[str, int, int]] | None = None,
    ) -> None:
        """`pieces` (the mask of the folded text split at every space) or `spans` (what
        `words` returns) say where the words are."""
        self.folded = folded
        self.words = words
        self.unique = frozenset(words)
        self._pieces = pieces
        self._spans = spans
        self._starts: list[int] | None = None

    def span(self, index: int) -> tuple[int, int]:
        """The folded span of word `index`."""
        if self._spans is not None:
            _, start, end = self._spans[index]
            return start, end
        starts = self._starts
        if starts is None:
            starts = self._starts = _starts_of(self._pieces or [])
        start = starts[index]
        return start, start + len(self.words[index])

    @property
    def spans(self) -> list[tuple[str, int, int]]:
        """What `words(self.folded)` returns."""
        if self._spans is None:
            self._spans = [(word, *self.span(i)) for i, word in enumerate(self.words)]
        return self._spans


# Words seen without a stretched letter; a message checks only the words not in here.
_UNSTRETCHED: set[str] = set()
UNSTRETCHED_LIMIT = 50_000


def _any_stretched(unique: frozenset[str]) -> bool:
    """Whether a word repeats a letter three times (`_STRETCHED`), remembering plain words."""
    for word in unique.difference(_UNSTRETCHED):
        if _STRETCHED.search(word) is not None:
            return True
        if len(_UNSTRETCHED) >= UNSTRETCHED_LIMIT:
            _UNSTRETCHED.clear()
        _UNSTRETCHED.add(word)
    return False


def _starts_of(pieces: list[str]) -> list[int]:
    """Where the non-empty `pieces` of a text split at every space start in it."""
    # Piece k starts after the k pieces before it and the k spaces that followed them.
    before = list(accumulate(map(len, pieces), initial=0))
    return [before[k] + k for k in compress(count(), pieces)]


_NON_ASCII_RUNS = re.compile(r"([^\x00-\x7f]+)")


def _fold_chars(text: str) -> str:
    """`"".join(map(fold_char, text))` through the translate table, which `str.translate`
    reads quickest on ASCII text: the ASCII stretches of a text are folded apart."""
    if text.isascii():
        return text.translate(_FOLD_TABLE)
    parts = _NON_ASCII_RUNS.split(text)  # ASCII, non-ASCII, ASCII, ... (some empty)
    # ASCII folds to lower case, with the apostrophes ' and ` as spaces (see fold_char).
    parts[::2] = [part.lower().replace("'", " ").replace("`", " ") for part in parts[::2]]
    parts[1::2] = [part.translate(_FOLD_TABLE) for part in parts[1::2]]
    return "".join(parts)


def tokenize(text: str) -> Tokens:
    """`fold(text)` and its `words`, the same as calling them, in fewer passes."""
    folded_text = _fold_chars(text)
    if len(folded_text) == len(text):
        masked = folded_text.translate(_WORD_MASK)
        if _INDIC_SIGN not in masked:
            # No sign for WORD to join, so its words are the runs of word characters; a
            # stretched letter sits inside one of them.
            pieces = masked.split(" ")
            found = list(filter(None, pieces))
            tokens = Tokens(Folded(folded_text, None), found, pieces=pieces)
            if not _any_stretched(tokens.unique):
                return tokens
    folded = fold(text)
    spans = words(folded)
    return Tokens(folded, [word for word, _, _ in spans], spans=spans)
