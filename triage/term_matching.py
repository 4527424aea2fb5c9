"""Find a lexicon's terms in folded text: words, `prefix*`, `a ~ b` gaps, one-letter typos.

Terms are compiled once into indexes keyed by their first word, so a message costs a few
dictionary look-ups per word whatever the size of the lexicon.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from triage.folding import WORD, Folded, fold_plain
from triage.lexicon import Lexicon, LexiconError, MatchMode, Rule

# Typos are forgiven in words this long or longer (shorter words collide too often:
# "hours"/"house", "pain"/"paid").
TYPO_MIN_LENGTH = 6
# Words a `~` may skip.
GAP_WORDS = 3
PREFIX_MIN_LENGTH = 3
CANDIDATE_CACHE = 20_000


class Kind(Enum):
    word = 1
    prefix = 2
    gap = 3


@dataclass(frozen=True, slots=True)
class Piece:
    kind: Kind
    text: str = ""


@dataclass(frozen=True, slots=True)
class Pattern:
    pieces: tuple[Piece, ...]
    rule: Rule


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule that fired, with the folded span of the words that fired it."""

    rule: Rule
    start: int
    end: int


def compile_term(term: str, where: str) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    for chunk in fold_plain(term).split():
        if chunk == "~":
            if pieces and pieces[-1].kind is not Kind.gap:
                pieces.append(Piece(Kind.gap))
            continue
        is_prefix = chunk.endswith("*")
        found = WORD.findall(chunk)
        for index, word in enumerate(found):
            last = index == len(found) - 1
            if last and is_prefix:
                if len(word) < PREFIX_MIN_LENGTH:
                    raise LexiconError(
                        f"{where}: prefix {chunk!r} is shorter than {PREFIX_MIN_LENGTH} letters"
                    )
                pieces.append(Piece(Kind.prefix, word))
            else:
                pieces.append(Piece(Kind.word, word))
    while pieces and pieces[-1].kind is Kind.gap:
        pieces.pop()
    if not pieces:
        raise LexiconError(f"{where}: term {term!r} has no word")
    return tuple(pieces)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=50_000)
def _typo_keys(word: str, min_length: int) -> tuple[str, ...]:
    """The word and, when it is long enough for a typo, its one-letter deletions."""
    if len(word) < min_length:
        return (word,)
    return (word, *sorted(_deletes(word)))


def within_one_typo(seen: str, wanted: str) -> bool:
    """Damerau-Levenshtein distance at most 1, same first letter."""
    if seen == wanted:
        return True
    if seen[:1] != wanted[:1] or abs(len(seen) - len(wanted)) > 1:
        return False
    if len(seen) == len(wanted):
        diffs = [i for i in range(len(seen)) if seen[i] != wanted[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and seen[diffs[0]] == wanted[diffs[1]]
            and seen[diffs[1]] == wanted[diffs[0]]
        )
    short, long_ = (seen, wanted) if len(seen) < len(wanted) else (wanted, seen)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _piece_matches(piece: Piece, word: str) -> bool:
    if piece.kind is Kind.prefix:
        return word.startswith(piece.text)
    if word == piece.text:
        return True
    return len(piece.text) >= TYPO_MIN_LENGTH and within_one_typo(word, piece.text)


def _match_rest(pieces: Sequence[Piece], k: int, words: Sequence[str], i: int) -> int:
    """Index after the last word matched by pieces[k:] starting at words[i], or -1."""
    if k == len(pieces):
        return i
    piece = pieces[k]
    if piece.kind is Kind.gap:
        for skip in range(GAP_WORDS + 1):
            end = _match_rest(pieces, k + 1, words, i + skip)
            if end >= 0:
                return end
        return -1
    if i < len(words) and _piece_matches(piece, words[i]):
        return _match_rest(pieces, k + 1, words, i + 1)
    return -1


class TermMatcher:
    """The compiled terms of one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._exact: dict[str, list[Pattern]] = defaultdict(list)
        self._typo: dict[str, list[Pattern]] = defaultdict(list)
        self._prefix: dict[str, list[Pattern]] = defaultdict(list)
        self._pairs: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        self._substrings: list[tuple[str, Rule]] = []
        for number, rule in enumerate(lexicon.rules, start=1):
            where = f"{lexicon.code}.toml rule {number}"
            for term in rule.terms:
                if lexicon.match is MatchMode.substring:
                    folded = fold_plain(term).strip()
                    if folded:
                        self._substrings.append((folded, rule))
                    continue
                pattern = Pattern(compile_term(term, where), rule)
                first = pattern.pieces[0]
                if first.kind is Kind.prefix:
                    self._prefix[first.text[:PREFIX_MIN_LENGTH]].append(pattern)
                    continue
                second = pattern.pieces[1] if len(pattern.pieces) > 1 else None
                if second is not None and second.kind is Kind.word and len(first.text) < TYPO_MIN_LENGTH:
                    # Phrases starting with a short word ("i owe", "me pagan") are looked up by
                    # their first two words, so a common first word does not try dozens of
                    # phrases; a long second word keeps its typo keys (see _typo_keys).
                    for key in _typo_keys(second.text, TYPO_MIN_LENGTH):
                        self._pairs[(first.text, key)].append(pattern)
                    continue
                self._exact[first.text].append(pattern)
                if len(first.text) >= TYPO_MIN_LENGTH:
                    # The term and its one-letter deletions: a word one letter longer,
                    # shorter or different meets it on one of these keys.
                    for key in {first.text, *_deletes(first.text)}:
                        self._typo[key].append(pattern)

        self._pair_firsts = frozenset(first for first, _ in self._pairs)
        # Words repeat from message to message: each word's candidates are worked out once.
        self._candidates = lru_cache(maxsize=CANDIDATE_CACHE)(self._find_candidates)

    def _find_candidates(self, word: str) -> tuple[Pattern, ...]:
        found = list(self._exact.get(word, ()))
        prefixed = self._prefix.get(word[:PREFIX_MIN_LENGTH], ())
        found.extend(p for p in prefixed if word.startswith(p.pieces[0].text))
        if len(word) >= TYPO_MIN_LENGTH - 1:
            keys = _deletes(word)
            keys.add(word)
            for key in keys:
                for pattern in self._typo.get(key, ()):
                    if pattern.pieces[0].text != word and within_one_typo(word, pattern.pieces[0].text):
                        found.append(pattern)
        return tuple(dict.fromkeys(found))

    def find(
        self, folded: Folded, spans: Sequence[tuple[str, int, int]], words: Sequence[str] | None = None
    ) -> list[Hit]:
        """Every rule that fires, once, at its first match. `words`, when given, are the
        words of `spans` (callers that run several lexicons split them once)."""
        hits: dict[int, Hit] = {}
        if self.lexicon.match is MatchMode.substring:
            for term, rule in self._substrings:
                if id(rule) in hits:
                    continue
                at = folded.text.find(term)
                if at >= 0:
                    hits[id(rule)] = Hit(rule, at, at + len(term))
            return list(hits.values())
        if words is None:
            words = [w for w, _, _ in spans]
        pairs, pair_firsts, candidates = self._pairs, self._pair_firsts, self._candidates
        for i, word in enumerate(words):
            for pattern in candidates(word):
                if id(pattern.rule) in hits:
                    continue
                end = _match_rest(pattern.pieces, 1, words, i + 1)
                if end >= 0:
                    hits[id(pattern.rule)] = Hit(pattern.rule, spans[i][1], spans[end - 1][2])
            if word in pair_firsts and i + 1 < len(words):
                tried: set[int] = set()
                for key in _typo_keys(words[i + 1], TYPO_MIN_LENGTH - 1):
                    for pattern in pairs.get((word, key), ()):
                        if id(pattern.rule) in hits or id(pattern) in tried:
                            continue
                        tried.add(id(pattern))
                        end = _match_rest(pattern.pieces, 1, words, i + 1)
                        if end >= 0:
                            hits[id(pattern.rule)] = Hit(pattern.rule, spans[i][1], spans[end - 1][2])
        return list(hits.values())
