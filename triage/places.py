"""Coarse places named in a message: cities, boroughs, regions, provinces, countries.

The list (triage/data/places.txt) covers Canada in depth, Québec especially, plus the countries
and large cities callers come from, in the languages and scripts they write them in. It gives
`region` (TRIAGE.md) and protects place names from being redacted as people ("Victoria").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from triage.data_files import data_lines
from triage.text_folding import COMBINING_MARKS, fold, fold_word


@dataclass(frozen=True, slots=True)
class Place:
    canonical: str
    rank: int  # 1 Canadian locality ... 5 foreign country; lower is more useful


@dataclass(frozen=True, slots=True)
class PlaceMention:
    place: Place
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Variant:
    place: Place
    case: str  # "any", "capital" (first letter upper case) or "exact"
    written: str


# Letters with their combining marks (accents, Arabic vowels, Devanagari signs) form one word.
WORD = re.compile(rf"(?:[^\W_]|[{COMBINING_MARKS}])+")
_NO_SPACE_SCRIPT = re.compile(r"[\u0900-\u0dff\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ARABIC_PREFIXES = "وبلفك"
_STREET_BEFORE = frozenset(
    [
        "rue",
        "boul",
        "boulevard",
        "blvd",
        "bd",
        "chemin",
        "ch",
        "avenue",
        "av",
        "ave",
        "route",
        "rte",
        "rang",
        "montee",
        "cote",
        "calle",
        "avenida",
        "rua",
        "ruelle",
        "allee",
        "promenade",
        "place",
        "autoroute",
    ]
)
_STREET_AFTER = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "drive",
        "dr",
        "lane",
        "way",
        "crescent",
    ]
)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(fold_word(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]


def _variants_of(written: str) -> list[str]:
    forms = [written]
    folded = fold(written)
    for long, short in (("saint-", "st-"), ("sainte-", "ste-"), ("saint ", "st "), ("sainte ", "ste ")):
        if folded.startswith(long):
            forms.append(short + written[len(long) :])
    return forms


def _load() -> tuple[dict[tuple[str, ...], list[_Variant]], list[tuple[str, Place]], int]:
    by_words: dict[tuple[str, ...], list[_Variant]] = {}
    unspaced: list[tuple[str, Place]] = []
    longest = 1
    for line in data_lines("places.txt"):
        rank_text, canonical, variants = line.split("\t")
        place = Place(canonical=canonical, rank=int(rank_text))
        for raw in [canonical, *variants.split("|")]:
            case = "capital" if raw.startswith("!") else "any"
            raw = raw.removeprefix("!")
            if raw.isupper() and len(raw.replace(".", "")) <= 5:
                case = "exact"
            if _NO_SPACE_SCRIPT.search(raw):
                unspaced.append((raw, place))
                continue
            for form in _variants_of(raw):
                key = tuple(word for word, _, _ in _tokens(form))
                if key:
                    longest = max(longest, len(key))
                    by_words.setdefault(key, []).append(_Variant(place, case, form))
    return by_words, unspaced, longest


_BY_WORDS, _UNSPACED, _LONGEST = _load()
# For each first word, the lengths (in words) of the places that start with it, longest first.
_SIZES: dict[str, tuple[int, ...]] = {}
for _key in _BY_WORDS:
    _SIZES[_key[0]] = tuple(sorted({*_SIZES.get(_key[0], ()), len(_key)}, reverse=True))
_FIRST_WORDS = frozenset(_SIZES)
# A one-word place behind an Arabic prefix ("وبغداد": "and Baghdad"), as a single word of
# more than three letters.
_PREFIXED = frozenset(
    prefix + key[0]
    for key in _BY_WORDS
    if len(key) == 1
    for prefix in _ARABIC_PREFIXES
    if len(key[0]) > 2
)
# Every word at which a place can start: the only words find_places looks at.
_LOOKED_UP = _FIRST_WORDS | _PREFIXED


def _case_ok(variant: _Variant, written: str) -> bool:
    if variant.case == "any":
        return True
    if variant.case == "capital":
        return written[:1].isupper()
    return written.replace(" ", "") == variant.written.replace(" ", "")


def _is_street_name(words: Sequence[str], first: int, last: int) -> bool:
    """'boul. Saint-Michel', 'Victoria Street': a street, not the place."""
    before = words[first - 1] if first > 0 else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    return before in _STREET_BEFORE or after in _STREET_AFTER


Words = list[tuple[str, int, int]]  # (folded word, start, end)


def words_of(text: str) -> Words:
    """The folded words of `text` as find_places reads them (callers may pass them back in)."""
    return _tokens(text)


def _word_mentions(
    text: str, words: Sequence[str], span: Callable[[int], tuple[int, int]]
) -> list[PlaceMention]:
    """The places named by `words` (folded, as `_tokens` splits `text`; `span` gives a word's
    span in `text`), longest match first at each word, in text order."""
    mentions: list[PlaceMention] = []
    free = 0  # the first word not inside a place already found
    for i in [i for i, word in enumerate(words) if word in _LOOKED_UP]:
        if i < free:
            continue
        word = words[i]
        sizes = _SIZES.get(word)
        if sizes is None:  # in _PREFIXED
            start, end = span(i)
            mentions.append(PlaceMention(_BY_WORDS[(word[1:],)][0].place, start + 1, end))
            continue
        for size in sizes:
            if size > len(words) - i:
                continue
            variants = _BY_WORDS.get(tuple(words[i : i + size]))
            if not variants:
                continue
            start, end = span(i)[0], span(i + size - 1)[1]
            written = text[start:end]
            fitting = [v for v in variants if _case_ok(v, written)]
            if not fitting:
                continue
            if not _is_street_name(words, i, i + size - 1):
                best = min(fitting, key=lambda v: v.place.rank)
                mentions.append(PlaceMention(best.place, start, end))
            free = i + size
            break
    return mentions


def _unspaced_mentions(text: str) -> list[PlaceMention]:
    """Places in scripts written without spaces (Chinese, Thai...), found as substrings."""
    if text.isascii() or not _NO_SPACE_SCRIPT.search(text):  # most messages: skip
        return []
    mentions = []
    for written, place in _UNSPACED:
        at = text.find(written)
        if at >= 0:
            mentions.append(PlaceMention(place, at, at + len(written)))
    return mentions


def find_places(text: str, words: Words | None = None) -> tuple[PlaceMention, ...]:
    """Every place mention, longest match first at each word, in text order. `words`, when
    given, must be what `words_of(text)` returns (a caller that already split the text)."""
    tokens = words if words is not None else _tokens(text)

    def span(index: int) -> tuple[int, int]:
        _, start, end = tokens[index]
        return start, end

    mentions = _word_mentions(text, [word for word, _, _ in tokens], span)
    mentions.extend(_unspaced_mentions(text))
    mentions.sort(key=lambda m: m.start)
    return tuple(mentions)


def _region(mentions: Sequence[PlaceMention]) -> str | None:
    if not mentions:
        return None
    return min(mentions, key=lambda m: (m.place.rank, m.start)).place.canonical


def find_region(text: str, words: Words | None = None) -> str | None:
    """The most useful place named: a Canadian locality before a province, before Canada,
    before a foreign city or country; the first mentioned among equals. None if none.
    `words`, when given, must be what `words_of(text)` returns."""
    return _region(find_places(text, words))


def find_region_in_latin(
    text: str, words: Sequence[str], span: Callable[[int], tuple[int, int]], unique: AbstractSet[str]
) -> str | None:
    """`find_region` for a text written in Latin letters only (none past U+024F, so no place
    written without spaces) and already split: `words` and `span` as `words_of(text)` would
    give them, `unique` the set of `words`. A text none of whose words can start a place
    costs one set comparison."""
    if unique.isdisjoint(_LOOKED_UP):
        return None
    return _region(_word_mentions(text, words, span))
