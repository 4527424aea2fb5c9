"""Two kinds of words in one clause, read from a word list of every language at once.

A sign such as "pay taken" (TRIAGE.md `withholding_of_wages`) is a word of pay (salary,
sueldo, 工资) and a word of taking (keeps, se queda con, 扣) a few words apart with no end of
clause between: "le patron garde tout le cash", "зарплату забирает хозяйка". The lists are
data (`triage/lexicons/codes/*.toml`), one table per kind, one list per language.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path

from triage.folding import WORD, fold_plain
from triage.substring_terms import SubstringTerms

CODES_DIR: Path = Path(__file__).resolve().parent / "lexicons" / "codes"
# A clause ends at these: the two words must share one.
CLAUSE_END = re.compile(r"[!?;\n。！？；…؟।()\"«»“”,，、،]|\.(?!\d)")
# Words at most between the two ("keeps *all of my* pay"); characters in Chinese.
WORD_GAP = 4
CHAR_GAP = 8


def _script(term: str) -> str:
    for ch in term:
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            return "han"
        if "\u0600" <= ch <= "\u06ff":
            return "arabic"
        if "\u0900" <= ch <= "\u097f":
            return "devanagari"
    return "spaced"


Words = list[tuple[str, int, int]]


@dataclass(frozen=True, slots=True)
class TermSet:
    """Folded terms looked up word by word (a dictionary of first words, a tuple of prefixes),
    and those of scripts read as substrings; `extra` are regular expressions."""

    prefixes: tuple[str, ...]  # one-word terms with *, and Arabic words (suffixes attach)
    by_first: dict[str, tuple[tuple[tuple[str, ...], bool], ...]]  # first word -> (words, star)
    substrings: tuple[str, ...]
    extra: re.Pattern[str] | None

    def spans(self, text: str, words: Words) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for index, (word, start, end) in enumerate(words):
            bare = _ARABIC_CLITICS.sub("", word) if "\u0600" <= word[0] <= "\u06ff" else word
            if self.prefixes and (word.startswith(self.prefixes) or bare.startswith(self.prefixes)):
                found.append((start, end))
            for phrase, star in self.by_first.get(word, ()):
                last = _phrase_end(phrase, star, words, index)
                if last is not None:
                    found.append((start, last))
        for term in self.substrings:
            at = text.find(term)
            while at >= 0:
                found.append((at, at + len(term)))
                at = text.find(term, at + 1)
        if self.extra is not None:
            found.extend((m.start(), m.end()) for m in self.extra.finditer(text))
        return found


def _phrase_end(phrase: tuple[str, ...], star: bool, words: Words, index: int, known: int = 1) -> int | None:
    """The end of `phrase` read from word `index` on (its first `known` words already equal),
    or None."""
    if index + len(phrase) > len(words):
        return None
    for offset in range(known, len(phrase)):
        word = words[index + offset][0]
        wanted = phrase[offset]
        last = offset == len(phrase) - 1
        if not (word == wanted or (last and star and word.startswith(wanted))):
            return None
    return words[index + len(phrase) - 1][2]


_ARABIC_CLITICS = re.compile("^(?:وال|بال|فال|لل|ال|و|ف|ب|ل|ك)")


def term_set(terms: Iterable[str], extra: tuple[str, ...] = ()) -> TermSet:
    """The `TermSet` of `terms` (folded first) and the regular expressions `extra`."""
    prefixes: list[str] = []
    by_first: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    substrings: list[str] = []
    for raw in terms:
        term = fold_plain(raw).strip()
        star = term.endswith("*")
        phrase = tuple(term.rstrip("*").split())
        if not phrase:
            continue
        script = _script(term)
        if script in ("han", "devanagari"):
            substrings.append(" ".join(phrase))  # no spaces between words, or vowel signs \w does not know
        elif len(phrase) == 1 and (star or script == "arabic"):
            prefixes.append(phrase[0])
        else:
            by_first.setdefault(phrase[0], []).append((phrase, star))
    return TermSet(
        tuple(sorted(set(prefixes))),
        {first: tuple(entries) for first, entries in by_first.items()},
        tuple(sorted(set(substrings))),
        re.compile("|".join(extra)) if extra else None,
    )


@dataclass(frozen=True, slots=True)
class PairCues:
    """The two kinds of words of one sign."""

    first: TermSet
    second: TermSet

    def find(
        self, folded_text: str, words: Words | None = None, scan: Scan | None = None
    ) -> tuple[int, int] | None:
        """The folded span of the first pair of a `first` and a `second` word in one clause
        (`scan`: the words of every list, found in one pass)."""
        if words is None:
            words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded_text)]
        firsts = scan.spans(self.first) if scan else self.first.spans(folded_text, words)
        if not firsts:
            return None
        seconds = scan.spans(self.second) if scan else self.second.spans(folded_text, words)
        for second in seconds:
            for first in firsts:
                span = _paired(folded_text, first, second)
                if span is not None:
                    return span
        return None


def _paired(text: str, one: tuple[int, int], other: tuple[int, int]) -> tuple[int, int] | None:
    first, last = (one, other) if one[0] <= other[0] else (other, one)
    if last[0] < first[1]:  # one inside the other ("sans salaire", "unpaid wages")
        return first[0], max(first[1], last[1])
    between = text[first[1] : last[0]]
    if CLAUSE_END.search(between):
        return None
    han = _script(text[first[0] : first[1]]) == "han" or _script(text[last[0] : last[1]]) == "han"
    gap = len(between.strip()) if han else len(WORD.findall(between))
    return (first[0], last[1]) if gap <= (CHAR_GAP if han else WORD_GAP) else None


@lru_cache(maxsize=64)
def load_pair(
    name: str, first: str, second: str, extra_first: tuple[str, ...] = (), extra_second: tuple[str, ...] = ()
) -> PairCues:
    """The pair of tables `first` and `second` of `lexicons/codes/<name>.toml`; `extra_first`
    and `extra_second` are regular expressions read as their words too (a percentage, an amount)."""
    return PairCues(term_set(_table(name, first), extra_first), term_set(_table(name, second), extra_second))


@lru_cache(maxsize=64)  # never evicted: a `Scan` finds a set by its identity
def load_terms(name: str, key: str) -> TermSet:
    """Table `key` of `lexicons/codes/<name>.toml`, every language's words in one `TermSet`."""
    return term_set(_table(name, key))


def _table(name: str, key: str) -> list[str]:
    data = tomllib.loads((CODES_DIR / f"{name}.toml").read_text(encoding="utf-8"))
    raw = data.get(key)
    if not isinstance(raw, dict):
        raise ValueError(f"lexicons/codes/{name}.toml: [{key}] is missing")
    return [term for terms in raw.values() for term in terms]


# Words whose prefix hits are remembered, at most.
WORD_CACHE = 2_000
# Pairs of words whose steps are remembered, at most (`_Index.steps`).
PAIR_CACHE = 512
_SPELLED_APART = re.compile(r"[\u3400-\u9fff\u0900-\u097f]")
# The set's number, the phrase, its last word a prefix, its second word ("" for one word).
_Entry = tuple[int, tuple[str, ...], bool, str]
# What a starting word adds to a set's spans: the set's number, how many words after it the
# step has matched already (0, or 1 for a phrase whose second word is the next word), and the
# phrase to read on from its third word with its last word a prefix, or None (the words
# matched so far are the set's: the word alone, or a two-word phrase).
_Step = tuple[int, int, tuple[str, ...] | None, bool]


@dataclass(frozen=True, slots=True)
class _Index:
    """Several `TermSet`s merged, to find all their words in one pass over a message."""

    by_first: dict[str, tuple[_Entry, ...]]
    prefixes: dict[str, tuple[int, ...]]
    lengths: tuple[int, ...]
    substrings: tuple[tuple[str, int], ...]
    # The substrings filed by their first characters: a message tries only those it may hold.
    substring_terms: SubstringTerms
    extras: tuple[tuple[re.Pattern[str], int], ...]
    numbers: dict[int, int]  # id of a set -> its number
    # The sets a word starts a prefix of, remembered per word (the same words come back).
    seen: dict[str, tuple[int, ...]]
    # Words met so far that start a term or a phrase of some set, and every word met so far.
    starters: set[str] = field(default_factory=set)
    known: set[str] = field(default_factory=set)

    # What a word followed by another adds to the scan (`steps`), remembered per pair of words.
    followed: dict[tuple[str, str], tuple[_Step, ...]] = field(default_factory=dict)

    def steps(self, word: str, following: str) -> tuple[_Step, ...]:
        """What a starting `word` followed by `following` ("" at the end) adds, in order: the
        sets it starts a prefix of, its one-word terms, and the phrases whose second word is
        `following` (or, for a two-word phrase ending with `*`, starts it), each to be read
        on from the word (`_phrase_end`); a two-word phrase is whole once its second word is
        matched. Remembered per pair of words."""
        key = (word, following)
        steps = self.followed.get(key)
        if steps is None:
            steps = tuple((number, 0, None, False) for number in self.prefix_hits(word)) + tuple(
                (number, 1 if second else 0, phrase if len(phrase) > 2 else None, star)
                for number, phrase, star, second in self.by_first.get(word, ())
                if not second
                or following == second
                or (star and len(phrase) == 2 and following.startswith(second))
            )
            if len(self.followed) >= PAIR_CACHE:
                self.followed.clear()
            self.followed[key] = steps
        return steps

    def starting(self, unique: set[str]) -> set[str]:
        """The words of `unique` that start a term or a phrase of some set; each word is sorted
        once, so a message's other words are skipped without a look-up."""
        known = self.known
        if not unique <= known:  # a word not sorted yet (a subset test allocates nothing)
            if len(known) >= WORD_CACHE:
                self.starters.clear()
                known.clear()
            for word in unique - known:
                if self.prefix_hits(word) or word in self.by_first:
                    self.starters.add(word)
                known.add(word)
        return unique & self.starters

    def prefix_hits(self, word: str) -> tuple[int, ...]:
        hits = self.seen.get(word)
        if hits is None:
            forms = (word, _ARABIC_CLITICS.sub("", word)) if "\u0600" <= word[0] <= "\u06ff" else (word,)
            found: list[int] = []
            for form in forms:
                for length in self.lengths:
                    if length > len(form):
                        break
                    found.extend(self.prefixes.get(form[:length], ()))
            hits = tuple(found)
            if len(self.seen) >= WORD_CACHE:
                self.seen.clear()
            self.seen[word] = hits
        return hits


_INDEXES: dict[int, tuple[tuple[TermSet, ...], _Index]] = {}


def _index(sets: tuple[TermSet, ...]) -> _Index:
    """The merged index of `sets` (keyed by the tuple's identity: callers pass the same one)."""
    cached = _INDEXES.get(id(sets))
    if cached is not None and cached[0] is sets:
        return cached[1]
    by_first: dict[str, list[_Entry]] = {}
    prefixes: dict[str, list[int]] = {}
    substrings: list[tuple[str, int]] = []
    extras: list[tuple[re.Pattern[str], int]] = []
    for number, term_set in enumerate(sets):
        for prefix in term_set.prefixes:
            prefixes.setdefault(prefix, []).append(number)
        for first, entries in term_set.by_first.items():
            by_first.setdefault(first, []).extend(
                (number, phrase, star, phrase[1] if len(phrase) > 1 else "") for phrase, star in entries
            )
        substrings.extend((term, number) for term in term_set.substrings)
        if term_set.extra is not None:
            extras.append((term_set.extra, number))
    index = _Index(
        {first: tuple(entries) for first, entries in by_first.items()},
        {prefix: tuple(numbers) for prefix, numbers in prefixes.items()},
        tuple(sorted({len(prefix) for prefix in prefixes})),
        tuple(substrings),
        SubstringTerms([term for term, _ in substrings]),
        tuple(extras),
        {id(term_set): number for number, term_set in enumerate(sets)},
        {},
    )
    _INDEXES[id(sets)] = (sets, index)
    return index


def set_numbers(sets: tuple[TermSet, ...]) -> dict[int, int]:
    """The number of each of `sets` in a `Scan` of them (`Scan.live`), by the set's identity."""
    return _index(sets).numbers


class Scan:
    """The words of several `TermSet`s found in one message, in one pass over its words."""

    __slots__ = ("_extras", "_found", "_numbers", "_text")

    def __init__(self, text: str, words: Words, sets: tuple[TermSet, ...]) -> None:
        index = _index(sets)
        found: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
        followed, steps = index.followed, index.steps
        final = len(words) - 1
        plain = list(map(itemgetter(0), words))
        starting = index.starting(set(plain))
        for position in compress(range(len(plain)), map(starting.__contains__, plain)):
            word, start, end = words[position]
            following = plain[position + 1] if position < final else ""
            todo = followed.get((word, following))  # `steps` remembered, looked up without a call
            for number, more, phrase, star in steps(word, following) if todo is None else todo:
                if phrase is None:
                    found[number].append((start, words[position + 1][2] if more else end))
                elif position + 2 <= final and (
                    (third := plain[position + 2]) == phrase[2]
                    or (star and len(phrase) == 3 and third.startswith(phrase[2]))
                ):  # most phrases tried stop at their third word: no call to `_phrase_end`
                    last = _phrase_end(phrase, star, words, position, 2)
                    if last is not None:
                        found[number].append((start, last))
        if index.substrings and not text.isascii() and _SPELLED_APART.search(text):
            for candidate in index.substring_terms.candidates(text):
                term, number = index.substrings[candidate]
                at = text.find(term)
                while at >= 0:
                    found[number].append((at, at + len(term)))
                    at = text.find(term, at + 1)
        self._found = found
        self._numbers = index.numbers
        self._text = text
        self._extras = dict((number, pattern) for pattern, number in index.extras)

    def live(self) -> set[int]:
        """The numbers (`set_numbers`) of the sets that may have words here: those with a word
        found, and those with regular expressions not read yet."""
        return self._found.keys() | self._extras.keys()

    def spans(self, term_set: TermSet) -> list[tuple[int, int]]:
        """The folded spans of `term_set`'s words (one of the sets scanned); its regular
        expressions are read only when it is asked for."""
        number = self._numbers[id(term_set)]
        pattern = self._extras.pop(number, None)
        if pattern is not None:
            matches = [(m.start(), m.end()) for m in pattern.finditer(self._text)]
            self._found.setdefault(number, []).extend(matches)
        return self._found.get(number, [])
