"""A message folded and split into words once for every reader (language, lexicons, ages,
places): `tokenize`.

For the usual text it works through `str.translate` tables filled as characters are met,
so no regular expression walks the message; the result is the same as `folding.fold` and
`folding.words`.
"""

from __future__ import annotations

from itertools import accumulate, compress, count

from triage.folding import (
    FOLD_TABLE,
    LATIN1_FOLD,
    STRETCHED,
    TABLE_LIMIT,
    Folded,
    fold,
    latin1,
    latin1_one_for_one,
    one_for_one,
    words,
)

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
        elif "\u0900" <= char <= "\u0dff" and char not in "\u0964\u0965":  # a danda ends a sentence
            masked = _INDIC_SIGN
        else:
            masked = " "
        if len(self) < TABLE_LIMIT:
            self[code] = masked
        return masked


_WORD_MASK = _WordMask()
_LATIN1_MASK = bytes(byte if chr(byte).isalnum() else ord(" ") for byte in range(256))


class Tokens:
    """A message folded and split once for every reader: the `fold` of the text, its words
    (as `words` gives them), their set (for look-ups that do not care about order or
    repeats), and the words' folded spans, worked out (all at once) only when asked for."""

    __slots__ = ("_masked", "_spans", "_starts", "folded", "unique", "words")

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
        self._spans = spans
        self._starts: list[int] | None = None

    def span(self, index: int) -> tuple[int, int]:
        """The folded span of word `index`."""
        if self._spans is not None:
            _, start, end = self._spans[index]
            return start, end
        starts = self._starts
        if starts is None:
            starts = self._starts = _starts_of(self._masked)
        start = starts[index]
        return start, start + len(self.words[index])

    def source_span(self, first: int, last: int) -> tuple[int, int]:
        """The span of the source text that words `first` to `last` (included) came from."""
        return self.folded.source_span(self.span(first)[0], self.span(last)[1])

    @property
    def spans(self) -> list[tuple[str, int, int]]:
        """What `words(self.folded)` returns."""
        if self._spans is None:
            if self._starts is None:
                self._starts = _starts_of(self._masked)
            pairs = zip(self.words, self._starts, strict=True)
            self._spans = [(word, start, start + len(word)) for word, start in pairs]
        return self._spans


# Words seen without a stretched letter; a message checks only the words not in here.
_UNSTRETCHED: set[str] = set()
UNSTRETCHED_LIMIT = 2_048


def _any_stretched(unique: frozenset[str]) -> bool:
    """Whether a word repeats a letter three times (`STRETCHED`), remembering plain words."""
    for word in unique.difference(_UNSTRETCHED):
        if STRETCHED.search(word) is not None:
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


def tokenize(text: str) -> Tokens:
    """`fold(text)` and its `words`, the same as calling them, in fewer passes."""
    encoded = latin1(text)
    masked: str | None = None
    if latin1_one_for_one(encoded):
        assert encoded is not None
        folded_bytes = encoded.translate(LATIN1_FOLD)
        folded_text = folded_bytes.decode("latin-1")
        masked = folded_bytes.translate(_LATIN1_MASK).decode("latin-1")
    elif one_for_one(text):
        folded_text = text.translate(FOLD_TABLE)
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
