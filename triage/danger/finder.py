"""Find every occurrence of a list of cue terms in a folded message.

Unlike the lexicon matcher (each rule once, at its first match), the danger model needs
every place a cue stands, to tell which sentence a word of time or a negation belongs to.
Terms are words and phrases with `prefix*` and `~` gaps (up to three words), as in the
lexicons, without typo tolerance; in languages matched as substrings (Chinese, Arabic)
a term matches anywhere, and a space at either end of it asks for a word boundary there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from triage.folding import Tokens
from triage.term_matching import GAP_WORDS, PREFIX_MIN_LENGTH, Kind, Piece, compile_term

_P = TypeVar("_P")


@dataclass(frozen=True, slots=True)
class Found(Generic[_P]):
    """A cue found at folded characters [start, end)."""

    start: int
    end: int
    payload: _P


def _matches(piece: Piece, word: str) -> bool:
    return word.startswith(piece.text) if piece.kind is Kind.prefix else word == piece.text


def _end_of(pieces: Sequence[Piece], k: int, words: Sequence[str], i: int) -> int:
    """Index after the last word matched by pieces[k:] from words[i], or -1."""
    if k == len(pieces):
        return i
    piece = pieces[k]
    if piece.kind is Kind.gap:
        for skip in range(GAP_WORDS + 1):
            end = _end_of(pieces, k + 1, words, i + skip)
            if end >= 0:
                return end
        return -1
    if i < len(words) and _matches(piece, words[i]):
        return _end_of(pieces, k + 1, words, i + 1)
    return -1


class CueFinder(Generic[_P]):
    """Compiled terms, each with a payload (what the cue says)."""

    def __init__(self, terms: Sequence[tuple[str, _P]], *, substring: bool, where: str) -> None:
        self.substring = substring
        self._substrings: list[tuple[str, _P]] = []
        self._exact: dict[str, list[tuple[tuple[Piece, ...], _P]]] = defaultdict(list)
        self._prefix: dict[str, list[tuple[tuple[Piece, ...], _P]]] = defaultdict(list)
        for term, payload in terms:
            if substring:
                self._substrings.append((term, payload))
                continue
            pieces = compile_term(term, where)
            first = pieces[0]
            if first.kind is Kind.prefix:
                self._prefix[first.text[:PREFIX_MIN_LENGTH]].append((pieces, payload))
            else:
                self._exact[first.text].append((pieces, payload))
        self._firsts = frozenset(self._exact)
        self._prefix_keys = frozenset(self._prefix)

    def find(self, tokens: Tokens) -> list[Found[_P]]:
        """Every place a term matches, in text order (one per term and start)."""
        if self.substring:
            return self._find_substrings(f" {tokens.folded.text} ")
        words = tokens.words
        starts = tokens.unique & self._firsts
        if self._prefix_keys:
            starts = starts | {w for w in tokens.unique if w[:PREFIX_MIN_LENGTH] in self._prefix_keys}
        if not starts:
            return []
        found: list[Found[_P]] = []
        for i, word in enumerate(words):
            if word not in starts:
                continue
            candidates = self._exact.get(word, [])
            prefixed = self._prefix.get(word[:PREFIX_MIN_LENGTH])
            if prefixed:
                candidates = [*candidates, *prefixed]
            for pieces, payload in candidates:
                if not _matches(pieces[0], word):
                    continue
                end = _end_of(pieces, 1, words, i + 1)
                if end >= 0:
                    found.append(Found(tokens.span(i)[0], tokens.span(end - 1)[1], payload))
        return found

    def _find_substrings(self, padded: str) -> list[Found[_P]]:
        """Matches in the text padded with one space each side (offsets given unpadded)."""
        found: list[Found[_P]] = []
        length = len(padded) - 2
        for term, payload in self._substrings:
            lead, trail = term[0] == " ", term[-1] == " "
            at = padded.find(term)
            while at >= 0:
                start = at if lead else at - 1
                end = at + len(term) - 1 - trail
                found.append(Found(max(start, 0), min(end, length), payload))
                at = padded.find(term, at + 1)
        found.sort(key=lambda f: f.start)
        return found
