"""Find every occurrence of a list of cue terms in a folded message.

Unlike the lexicon matcher (each rule once, at its first match), the danger model needs
every place a cue stands, to tell which sentence a word of time or a negation belongs to.
Terms are words and phrases with `prefix*` and `~` gaps (up to three words), as in the
lexicons, without typo tolerance; in languages matched as substrings (Chinese, Arabic)
a term matches anywhere, and a space at either end of it asks for a word boundary there.

Phrases are filed by their first two words (most start with a short word: "me", "no",
"not"), substrings by their first two characters, so a message costs a few dictionary
look-ups per word or character whatever the number of terms. Each phrase also knows the
plain words it needs after those it is filed by: a phrase one of whose words the message
lacks is not tried ("no me pagan" in a message without "pagan").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

from triage.term_matching import match_pieces
from triage.term_pieces import (
    KIND_GAP,
    KIND_PREFIX,
    PREFIX_MIN_LENGTH,
    Kind,
    Piece,
    compile_term,
    frozen_index,
)
from triage.tokens import Tokens

_P = TypeVar("_P")
# A term's pieces, its payload, the plain words it needs after those it is filed by, and how
# many pieces it is filed by (matched when it is looked up): one, or two for a pair.
_Entry = tuple[tuple[Piece, ...], _P, tuple[str, ...], int]
# Substrings are filed under this many first characters.
KEY_CHARS = 2
WORD_CACHE = 256
# Pairs of words whose terms to try are remembered, at most (fewer than words: pairs are many).
PAIR_CACHE = 256
# The characters a prefix term is filed by, the start of a word.
_HEAD = itemgetter(slice(None, PREFIX_MIN_LENGTH))


class Found(NamedTuple, Generic[_P]):  # a named tuple: dozens per message, a third of a dataclass's cost
    """A cue found at folded characters [start, end)."""

    start: int
    end: int
    payload: _P


# A `Found` made by the tuple's own constructor, not the named tuple's `__new__` (a Python
# function): dozens a message, each in a third of the time.
_new_found = tuple.__new__


def _matches(piece: Piece, word: str) -> bool:
    return word.startswith(piece.text) if piece.kind is KIND_PREFIX else word == piece.text


def _needed(pieces: Sequence[Piece], start: int) -> tuple[str, ...]:
    """The plain words of pieces[start:] (a match has every one of them), as a tuple: thousands
    of terms hold one, and most hold the empty one, which Python keeps only once."""
    return tuple(dict.fromkeys(piece.text for piece in pieces[start:] if piece.kind is Kind.word))


class CueFinder(Generic[_P]):
    """Compiled terms, each with a payload (what the cue says)."""

    def __init__(self, terms: Sequence[tuple[str, _P]], *, substring: bool, where: str) -> None:
        self.substring = substring
        by_chars: defaultdict[str, list[tuple[str, _P]]] = defaultdict(list)
        self._short: list[tuple[str, _P]] = []  # substrings shorter than KEY_CHARS
        # Phrases whose second piece is a plain word, by their first two words; the others
        # (one word, a gap or a prefix second) by their first word or prefix.
        pairs: defaultdict[tuple[str, str], list[_Entry[_P]]] = defaultdict(list)
        exact: defaultdict[str, list[_Entry[_P]]] = defaultdict(list)
        prefix: defaultdict[str, list[_Entry[_P]]] = defaultdict(list)
        for term, payload in terms:
            if substring:
                if len(term) < KEY_CHARS:
                    self._short.append((term, payload))
                else:
                    by_chars[term[:KEY_CHARS]].append((term, payload))
                continue
            pieces = compile_term(term, where)
            first = pieces[0]
            if first.kind is Kind.prefix:
                prefix[first.text[:PREFIX_MIN_LENGTH]].append((pieces, payload, _needed(pieces, 1), 1))
            elif len(pieces) > 1 and pieces[1].kind is Kind.word:
                pairs[(first.text, pieces[1].text)].append((pieces, payload, _needed(pieces, 2), 2))
            else:
                exact[first.text].append((pieces, payload, _needed(pieces, 1), 1))
        self._by_chars, self._pairs = frozen_index(by_chars), frozen_index(pairs)
        self._exact, self._prefix = frozen_index(exact), frozen_index(prefix)
        self._firsts = frozenset(self._exact) | {first for first, _ in self._pairs}
        self._singles = lru_cache(maxsize=WORD_CACHE)(self._single_candidates)
        self._tried: dict[tuple[str, str], tuple[_Entry[_P], ...]] = {}

    def _starting(self, unique: frozenset[str]) -> frozenset[str]:
        """The words of `unique` that may start a term: a first word, or a word that begins
        like a prefix term (worked out afresh: two look-ups a word, nothing to remember)."""
        starting = unique & self._firsts
        prefix = self._prefix
        if prefix:  # the words whose first characters file a prefix term, picked out in C loops
            return starting.union(compress(unique, map(prefix.__contains__, map(_HEAD, unique))))
        return starting

    def _single_candidates(
        self, word: str
    ) -> tuple[tuple[_Entry[_P], ...], tuple[_Entry[_P], ...], tuple[_Entry[_P], ...]]:
        """The terms filed by their first word alone that `word` starts: those of the word
        itself, those whose first piece is a prefix of it (in filing order), and both."""
        prefixed = self._prefix.get(word[:PREFIX_MIN_LENGTH], ())
        exact = self._exact.get(word, ())
        started = tuple(entry for entry in prefixed if _matches(entry[0][0], word))
        return exact, started, exact + started

    def find(self, tokens: Tokens) -> list[Found[_P]]:
        """Every place a term matches, in text order (one per term and start)."""
        if self.substring:
            return self._find_substrings(f" {tokens.folded.text} ")
        starting = self._starting(tokens.unique)
        if not starting:
            return []
        words, unique = tokens.words, tokens.unique
        spans = tokens.spans  # (word, start, end) of every word, made once for every reader
        tried = self._tried
        found: list[Found[_P]] = []
        last = len(words) - 1
        for i in compress(range(len(words)), map(starting.__contains__, words)):
            key = (words[i], words[i + 1] if i < last else "")
            entries = tried.get(key)
            if entries is None:
                entries = self._entries(key)
            for pieces, payload, needed, after in entries:
                if not needed or unique.issuperset(needed):  # most need no other word
                    end = (
                        i + after
                        if len(pieces) == after
                        else match_pieces(pieces, after, words, i + after, _matches)
                    )
                    if end >= 0:
                        found.append(_new_found(Found, (spans[i][1], spans[end - 1][2], payload)))
        return found

    def _entries(self, key: tuple[str, str]) -> tuple[_Entry[_P], ...]:
        """The terms to try at a word followed by another ("" at the end), in trying order: the
        word's own terms, then the pairs it starts with the next word, then prefixes; a term
        filed by its first piece whose second is a word or a prefix is kept only if the next
        word matches it, and is then tried from its third piece (`_second_read`). Remembered
        per pair of words."""
        exact, prefixed, both = self._singles(key[0])
        paired = self._pairs.get(key) if key[1] else None
        entries = both if paired is None else (*exact, *paired, *prefixed)
        if any(
            after == 1 and len(pieces) > 1 and pieces[1].kind is not KIND_GAP
            for pieces, _, _, after in entries
        ):
            entries = _second_read(entries, key[1])
        if len(self._tried) >= PAIR_CACHE:
            self._tried.clear()
        self._tried[key] = entries
        return entries

    def _find_substrings(self, padded: str) -> list[Found[_P]]:
        """Matches in the text padded with one space each side (offsets given unpadded)."""
        found: list[Found[_P]] = []
        length = len(padded) - 2
        by_chars = self._by_chars
        for at in range(len(padded) - 1):
            for term, payload in by_chars.get(padded[at : at + KEY_CHARS], ()):
                if padded.startswith(term, at):
                    found.append(_unpadded(term, at, length, payload))
        for term, payload in self._short:
            at = padded.find(term)
            while at >= 0:
                found.append(_unpadded(term, at, length, payload))
                at = padded.find(term, at + 1)
        found.sort(key=lambda f: f.start)
        return found


def _second_read(entries: tuple[_Entry[_P], ...], following: str) -> tuple[_Entry[_P], ...]:
    """`entries` tried at a word followed by `following` ("" at the end): those filed by their
    first piece alone whose second piece is a word or a prefix that `following` does not match
    are dropped ("me pega*" before "dice"), and those it matches are read on from their third
    piece; the others are kept as they are, in the same order."""
    kept: list[_Entry[_P]] = []
    for entry in entries:
        pieces, payload, _, after = entry
        if after == 1 and len(pieces) > 1 and pieces[1].kind is not KIND_GAP:
            if not following or not _matches(pieces[1], following):
                continue
            entry = (pieces, payload, _needed(pieces, 2), 2)
        kept.append(entry)
    return tuple(kept)


def _unpadded(term: str, at: int, length: int, payload: _P) -> Found[_P]:
    """The unpadded span of `term` found at `at` in the padded text (spaces at its ends are
    boundaries, not part of the quote)."""
    start = at if term[0] == " " else at - 1
    end = at + len(term) - 1 - (term[-1] == " ")
    return Found(max(start, 0), min(end, length), payload)


def outermost(found: list[Found[str]]) -> list[Found[str]]:
    """The cues not inside a longer one: "acum 3 ani" (3 years ago) is not also "acum" (now)."""
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Found[str]] = []
    reach = -1
    for f in found:
        inside = kept and (kept[-1].start, kept[-1].end) != (f.start, f.end)
        if f.end <= reach and inside and kept[-1].payload != f.payload:
            continue
        kept.append(f)
        reach = max(reach, f.end)
    return kept
