"""Find a lexicon's terms in folded text: words, `prefix*`, `a ~ b` gaps, one-letter typos.

Terms are compiled once into indexes keyed by their first word, so a message costs a few
dictionary look-ups per word whatever the size of the lexicon; the words that start no
term are remembered and skipped as a set, so most of a message is never looked at word by word.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from triage.folding import Folded, fold_plain
from triage.lexicon import Lexicon, MatchMode, Rule
from triage.substring_terms import SubstringTerms
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
from triage.typos import TYPO_MIN_LENGTH, deletes, typo_keys, within_one_typo, word_keys

# Words a `~` may skip.
GAP_WORDS = 3
# Negations a `~` does not skip: "garde ~ passeport*" is no match in "ne garde pas mon passeport",
# nor "took ~ passport" in "took not one but..." (Issue 11, twelfth round). Folded; "no" is left out
# ("me quitó no solo el pasaporte": not only).
GAP_STOPS = frozenset(
    {"pas", "jamais", "not", "never", "nicht", "nie", "nunca", "jamas", "nao", "non", "не", "ні"}
)
# Words sorted into starters and the others, at most, per matcher (`TermMatcher._starting`).
CANDIDATE_CACHE = 1_000
# Words (and pairs of words) whose candidates are remembered, at most, per matcher: 31 matchers
# each kept up to 1,000 and 1,000 (Issue 11, round 22: memory of a long-running core).
REMEMBERED_CANDIDATES = 256
# Pairs of words whose step is remembered, at most (`TermMatcher._step`; pairs are many more
# than words, so fewer are kept: the memory of a long-running server stays small).
PAIR_CACHE = 256


@dataclass(frozen=True, slots=True)
class Pattern:
    pieces: tuple[Piece, ...]
    rule: Rule
    # No `~` among the pieces: the words after the first are checked in one loop.
    gapless: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "gapless", all(piece.kind is not Kind.gap for piece in self.pieces))


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class Hit:
    """A rule that fired, with the folded span of the words that fired it."""

    rule: Rule
    start: int
    end: int


def _piece_matches(piece: Piece, word: str) -> bool:
    if piece.kind is KIND_PREFIX:
        return word.startswith(piece.text)
    if word == piece.text:
        return True
    return len(piece.text) >= TYPO_MIN_LENGTH and within_one_typo(word, piece.text)


def _match_after(pattern: Pattern, words: Sequence[str], i: int) -> int:
    """Index after the last word matched by the pieces after the first, starting at words[i],
    or -1 (`match_pieces(pattern.pieces, 1, words, i)`, without recursion when it can)."""
    pieces = pattern.pieces
    if not pattern.gapless:
        return match_pieces(pieces, 1, words, i)
    end = i + len(pieces) - 1
    if end > len(words):
        return -1
    for k in range(1, len(pieces)):
        word, piece = words[i + k - 1], pieces[k]
        if word != piece.text and not _piece_matches(piece, word):
            return -1
    return end


def match_pieces(
    pieces: Sequence[Piece],
    k: int,
    words: Sequence[str],
    i: int,
    matches: Callable[[Piece, str], bool] = _piece_matches,
) -> int:
    """Index after the last word matched by pieces[k:] starting at words[i], or -1 (a loop over
    the pieces, a call again only for what may follow a `~` gap). `matches` tells whether a word
    matches a piece that is not written the same (by default: a prefix, or one typo away; the
    danger cue finder forgives no typo)."""
    while k < len(pieces):
        piece = pieces[k]
        if piece.kind is KIND_GAP:
            # The piece after the gap, when a word or a prefix, is checked here before a call reads
            # on from it: at most places it does not match, and the call would say -1 at once.
            after = pieces[k + 1] if k + 1 < len(pieces) and pieces[k + 1].kind is not KIND_GAP else None
            for skip in range(GAP_WORDS + 1):
                at = i + skip
                if skip and at - 1 < len(words) and words[at - 1] in GAP_STOPS:
                    return -1  # a negation in the gap: the words after it are denied
                if after is not None and (
                    at >= len(words) or (words[at] != after.text and not matches(after, words[at]))
                ):
                    continue
                end = match_pieces(pieces, k + 1, words, at, matches)
                if end >= 0:
                    return end
            return -1
        if i >= len(words) or (words[i] != piece.text and not matches(piece, words[i])):
            return -1
        k += 1
        i += 1
    return i


@dataclass(slots=True)
class _Branch:
    """Phrases that share their words so far: those that end here, and the next pieces."""

    ends: list[int] = field(default_factory=list)  # ranks (in the group) of phrases ending here
    # Phrases whose next piece is a `~` gap: (rank, pattern, index of the gap piece).
    gaps: list[tuple[int, Pattern, int]] = field(default_factory=list)
    words: dict[str, _Branch] = field(default_factory=dict)  # next piece: this word
    # Long words, met one letter off too, by first letter (a typo keeps the first letter).
    typos: dict[str, list[tuple[str, _Branch]]] = field(default_factory=dict)
    prefixes: list[tuple[str, _Branch]] = field(default_factory=list)  # next piece: `prefix*`

    def child(self, piece: Piece) -> _Branch:
        """The branch after `piece`, made on first use."""
        if piece.kind is Kind.prefix:
            for text, known in self.prefixes:
                if text == piece.text:
                    return known
            branch = _Branch()
            self.prefixes.append((piece.text, branch))
            return branch
        found = self.words.get(piece.text)
        if found is not None:
            return found
        branch = self.words[piece.text] = _Branch()
        if len(piece.text) >= TYPO_MIN_LENGTH:
            self.typos.setdefault(piece.text[0], []).append((piece.text, branch))
        return branch


Span = Callable[[int], tuple[int, int]]  # a word's index -> its folded (start, end)

# Candidates with this many phrases (patterns of several words) are tried as a tree.
TREE_MIN_PHRASES = 4


class _Candidates:
    """The patterns that may start at one word, in the order they are tried. When many are
    phrases ("no me deja", "no me dejan salir", "no me pagan"...), the words after the first
    also form a tree, so a word the phrases share is checked once, not once per phrase."""

    __slots__ = ("_tree", "patterns")

    def __init__(self, patterns: tuple[Pattern, ...]) -> None:
        self.patterns = patterns
        self._tree: _Branch | None = None
        if sum(len(pattern.pieces) > 1 for pattern in patterns) < TREE_MIN_PHRASES:
            return
        tree = self._tree = _Branch()
        for rank, pattern in enumerate(patterns):
            branch = tree
            for index in range(1, len(pattern.pieces)):
                piece = pattern.pieces[index]
                if piece.kind is Kind.gap:  # the words up to a gap are in the tree, the rest not
                    branch.gaps.append((rank, pattern, index))
                    break
                branch = branch.child(piece)
            else:
                branch.ends.append(rank)

    def fire(self, hits: dict[int, Hit], words: Sequence[str], i: int, span: Span) -> None:
        """Add to `hits` (by rule) each pattern that matches from words[i], unless its rule
        fired already."""
        if self._tree is not None:
            self._fire_tree(hits, words, i, span)
            return
        for pattern in self.patterns:
            if id(pattern.rule) in hits:
                continue
            end = i + 1 if len(pattern.pieces) == 1 else _match_after(pattern, words, i + 1)
            if end >= 0:
                hits[id(pattern.rule)] = Hit(pattern.rule, span(i)[0], span(end - 1)[1])

    def _fire_tree(self, hits: dict[int, Hit], words: Sequence[str], i: int, span: Span) -> None:
        """`fire` through the tree: every pattern that matches, then the first of each rule
        in trying order (matching is pure, so this is what trying them in turn gives)."""
        found: list[tuple[int, int]] = []  # (rank, end)
        count = len(words)
        stack: list[tuple[_Branch | None, int]] = [(self._tree, i + 1)]
        while stack:
            branch, at = stack.pop()
            if branch is None:
                continue
            if branch.ends:
                found.extend([(rank, at) for rank in branch.ends])
            for rank, pattern, gap in branch.gaps:
                end = match_pieces(pattern.pieces, gap, words, at)
                if end >= 0:
                    found.append((rank, end))
            if at >= count:
                continue
            word = words[at]
            stack.append((branch.words.get(word), at + 1))
            for text, after in branch.typos.get(word[:1], ()):
                if word != text and within_one_typo(word, text):
                    stack.append((after, at + 1))
            for text, after in branch.prefixes:
                if word.startswith(text):
                    stack.append((after, at + 1))
        for rank, end in sorted(found):
            rule = self.patterns[rank].rule
            if id(rule) not in hits:
                hits[id(rule)] = Hit(rule, span(i)[0], span(end - 1)[1])


_Step = tuple[_Candidates | None, _Candidates | None]
# The candidates of a word that starts no pattern (one object for every such word).
_NO_CANDIDATES = _Candidates(())


class TermMatcher:
    """The compiled terms of one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        exact: defaultdict[str, list[Pattern]] = defaultdict(list)
        typo: defaultdict[str, list[Pattern]] = defaultdict(list)
        prefix: defaultdict[str, list[Pattern]] = defaultdict(list)
        pairs: defaultdict[tuple[str, str], list[Pattern]] = defaultdict(list)
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
                    prefix[first.text[:PREFIX_MIN_LENGTH]].append(pattern)
                    continue
                second = pattern.pieces[1] if len(pattern.pieces) > 1 else None
                if second is not None and second.kind is Kind.word and len(first.text) < TYPO_MIN_LENGTH:
                    # Phrases starting with a short word ("i owe", "me pagan") are looked up by
                    # their first two words, so a common first word does not try dozens of
                    # phrases; a long second word keeps its typo keys (see _typo_keys).
                    for key in word_keys(second.text, TYPO_MIN_LENGTH):
                        pairs[(first.text, key)].append(pattern)
                    continue
                exact[first.text].append(pattern)
                if len(first.text) >= TYPO_MIN_LENGTH:
                    # The term and its one-letter deletions: a word one letter longer,
                    # shorter or different meets it on one of these keys.
                    for key in {first.text, *deletes(first.text)}:
                        typo[key].append(pattern)

        self._substring_index = SubstringTerms([term for term, _ in self._substrings])
        # Filed, the terms are only read: as tuples (about half the memory of lists filed by append).
        self._exact, self._typo = frozen_index(exact), frozen_index(typo)
        self._prefix, self._pairs = frozen_index(prefix), frozen_index(pairs)
        # For each short first word, the keys its phrases' second words are filed under.
        seconds: dict[str, set[str]] = defaultdict(set)
        for short_word, key in pairs:
            seconds[short_word].add(key)
        self._pair_seconds = {short_word: frozenset(keys) for short_word, keys in seconds.items()}
        # A word one letter longer than the longest key filed is no typo of any term: its
        # deletions (4,000 of 3,999 letters for one long word: 16 MB) are never worked out.
        self._typo_reach = 1 + max(map(len, [*self._typo, *(key for _, key in self._pairs)]), default=-1)
        # Words repeat from message to message: each word's candidates are worked out once,
        # and the words that start nothing here are remembered so a message can skip them.
        self._candidates = lru_cache(maxsize=REMEMBERED_CANDIDATES)(self._find_candidates)
        self._pair_candidates = lru_cache(maxsize=REMEMBERED_CANDIDATES)(self._find_pair_candidates)
        self._starters: set[str] = set()
        self._known: set[str] = set()  # the words sorted so far: the starters and the others
        self._steps: dict[tuple[str, str], _Step] = {}

    def _find_candidates(self, word: str) -> _Candidates:
        found = list(self._exact.get(word, ()))
        prefixed = self._prefix.get(word[:PREFIX_MIN_LENGTH], ())
        found.extend(p for p in prefixed if word.startswith(p.pieces[0].text))
        if TYPO_MIN_LENGTH - 1 <= len(word) <= self._typo_reach:
            keys = deletes(word)
            keys.add(word)
            typo = self._typo
            # Only the keys filed here (most are not), in a fixed order: a set's order changes
            # with the hash seed.
            for key in sorted(filter(typo.__contains__, keys)):
                for pattern in typo[key]:
                    if pattern.pieces[0].text != word and within_one_typo(word, pattern.pieces[0].text):
                        found.append(pattern)
        return _Candidates(tuple(dict.fromkeys(found))) if found else _NO_CANDIDATES

    def _find_pair_candidates(self, first: str, second: str) -> _Candidates:
        """The phrases that start with the short word `first` and whose second word may be
        `second` (itself or, when long enough, one letter off), each once, in trying order."""
        found = {
            id(pattern): pattern
            for key in self._typo_keys(second)
            for pattern in self._pairs.get((first, key), ())
        }
        return _Candidates(tuple(found.values()))

    def _typo_keys(self, word: str) -> tuple[str, ...]:
        """The word and its one-letter deletions, these only when one may be a filed key (the
        remembered keys of a 4,000-letter word held 16 MB each, up to 1,024 of them)."""
        return typo_keys(word, TYPO_MIN_LENGTH - 1) if len(word) <= self._typo_reach else (word,)

    def _starting(self, unique: frozenset[str]) -> frozenset[str]:
        """The words of `unique` that may start a term here (they have candidates or start a
        two-word phrase); each word is sorted once, the rest of the message is skipped."""
        known = self._known
        if not unique <= known:  # a word not sorted yet (a subset test allocates nothing)
            if len(known) >= CANDIDATE_CACHE:
                known.clear()
                self._starters.clear()  # the message's words sorted before are forgotten too
            # Sorted without the candidates' cache: most words start nothing, and their (empty)
            # candidates need not be remembered beside `_known`.
            find = self._find_candidates
            for word in unique - known:
                if word in self._pair_seconds or find(word) is not _NO_CANDIDATES:
                    self._starters.add(word)
                known.add(word)
        return unique & self._starters

    def find(
        self, folded: Folded, spans: Sequence[tuple[str, int, int]], words: Sequence[str] | None = None
    ) -> list[Hit]:
        """Every rule that fires, once, at its first match, in `folded` split into `spans`
        (what `words(folded)` returns; `words`, when given, are their words)."""
        found = [w for w, _, _ in spans] if words is None else list(words)
        return self.find_tokens(Tokens(folded, found, spans=list(spans)))

    def find_tokens(self, tokens: Tokens) -> list[Hit]:
        """`find` for a message split by `tokenize` (callers running several lexicons split
        it once)."""
        hits: dict[int, Hit] = {}
        if self.lexicon.match is MatchMode.substring:
            text = tokens.folded.text
            for index in self._substring_index.candidates(text):  # in list order
                term, rule = self._substrings[index]
                if id(rule) in hits:
                    continue
                at = text.find(term)
                if at >= 0:
                    hits[id(rule)] = Hit(rule, at, at + len(term))
            return list(hits.values())
        starting = self._starting(tokens.unique)
        if not starting:
            return []
        words, span = tokens.words, tokens.span
        steps = self._steps
        last = len(words) - 1
        for i in [i for i, word in enumerate(words) if word in starting]:
            key = (words[i], words[i + 1] if i < last else "")
            step = steps.get(key)
            if step is None:
                step = self._step(key)
            group, paired = step
            if group is not None:
                group.fire(hits, words, i, span)
            if paired is not None:
                paired.fire(hits, words, i, span)
        return list(hits.values())

    def _step(self, key: tuple[str, str]) -> _Step:
        """What to try at a word followed by another ("" at the end): the patterns the word
        starts, and the phrases it starts with the next word (looked up only when the next
        word, or one of its typo keys, is filed under it). Remembered per pair of words."""
        word, following = key
        group = self._candidates(word)
        seconds = self._pair_seconds.get(word) if following else None
        # The next word's typo keys are worked out only after a word that starts phrases.
        paired = (
            None
            if seconds is None or seconds.isdisjoint(self._typo_keys(following))
            else self._pair_candidates(*key)
        )
        if len(self._steps) >= PAIR_CACHE:
            self._steps.clear()
        step = self._steps[key] = (group if group.patterns else None, paired)
        return step
