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

    __slots__ = ("_masked", "_padded", "_spans", "_starts", "folded", "unique", "words")

    def __init__(
        self,
        folded: Folded,
        words: list[str],
        *,
        masked: str | None = None,
        spans: list[tuple[str, int, int]] | None = None,
    ) -> None:
        """`masked` (the folded text with every character outside a word made a space, so
        that its runs of non-spaces are the words) or `spans` (what `words` returns) say
        where the words are."""
        self.folded = folded
        self.words = words
        self.unique = frozenset(words)
        self._masked = masked or ""
        self._padded: str | None = None
        self._spans = spans
        self._starts: list[int] | None = None

    def span(self, index: int) -> tuple[int, int]:
        """The folded span of word `index`."""
        if self._spans is not None:
            _, start, end = self._spans[index]
            return start, end
        word = self.words[index]
        if self._starts is not None:
            start = self._starts[index]
        elif self.words.index(word) == index:
            # The first time the word is written: its first run in the masked text, found
            # between spaces (a few words of a message are asked for, not all).
            if self._padded is None:
                self._padded = f" {self._masked} "
            start = self._padded.find(f" {word} ")
        else:
            self._starts = _starts_of(self._masked)
            start = self._starts[index]
        return start, start + len(word)

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


def _starts_of(masked: str) -> list[int]:
    """Where the words (runs of non-spaces) of `masked` start."""
    pieces = masked.split(" ")
    # Piece k starts after the k pieces before it and the k spaces that followed them.
    before = list(accumulate(map(len, pieces), initial=0))
    return [before[k] + k for k in compress(count(), pieces)]


def latin1(text: str) -> bytes | None:
    """`text` in Latin-1 (one byte a character), or None when it has a character past U+00FF."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None


def _latin1_tables() -> tuple[bytes, bytes, bytes]:
    """For `bytes.translate` on Latin-1 text: `fold_char` of each byte (where it is one
    Latin-1 character), the bytes for which that holds, and the word mask of `tokenize`."""
    folds = bytearray(range(256))
    one_for_one = bytearray()
    for byte in range(256):
        folded = fold_char(chr(byte))
        if len(folded) == 1 and ord(folded) < 256:
            folds[byte] = ord(folded)
            one_for_one.append(byte)
    mask = bytes(byte if chr(byte).isalnum() else ord(" ") for byte in range(256))
    return bytes(folds), bytes(one_for_one), mask


# Most messages are Latin-1 (English, French, Spanish...): they fold byte by byte, unless
# they hold one of the few characters that fold to two ("ß", "æ", "½") or out of Latin-1 ("µ").
_LATIN1_FOLD, _LATIN1_ONE_FOR_ONE, _LATIN1_MASK = _latin1_tables()


def _fold_chars(text: str) -> str:
    """`"".join(map(fold_char, text))`, through a translate table."""
    encoded = latin1(text)
    if encoded is None or encoded.translate(None, _LATIN1_ONE_FOR_ONE):
        return text.translate(_FOLD_TABLE)
    return encoded.translate(_LATIN1_FOLD).decode("latin-1")


def tokenize(text: str) -> Tokens:
    """`fold(text)` and its `words`, the same as calling them, in fewer passes."""
    encoded = latin1(text)
    masked: str | None = None
    if encoded is not None and not encoded.translate(None, _LATIN1_ONE_FOR_ONE):
        folded_bytes = encoded.translate(_LATIN1_FOLD)
        folded_text = folded_bytes.decode("latin-1")
        masked = folded_bytes.translate(_LATIN1_MASK).decode("latin-1")
    else:
        folded_text = text.translate(_FOLD_TABLE)
        if len(folded_text) == len(text):
            masked = folded_text.translate(_WORD_MASK)
    if masked is not None and _INDIC_SIGN not in masked:
        # One character folded for one, and no sign for WORD to join: its words are the
        # runs of word characters, and a stretched letter sits inside one of them.
        found = masked.split()
        tokens = Tokens(Folded(folded_text, None), found, masked=masked)
        if not _any_stretched(tokens.unique):
            return tokens
    folded = fold(text)
    spans = words(folded)
    return Tokens(folded, [word for word, _, _ in spans], spans=spans)
