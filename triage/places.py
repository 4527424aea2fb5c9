"""Coarse places named in a message: cities, boroughs, regions, provinces, countries.

The list (triage/data/places.txt) covers Canada in depth, Québec especially, plus the countries
and large cities callers come from, in the languages and scripts they write them in; the
world's other cities of 250,000 people or more are in places_world.txt (built from GeoNames by
bench/build_world_places.py), the countries in the callers' languages in places_countries.txt
(from CLDR, by bench/build_country_names.py). It gives `region` (TRIAGE.md) and protects place
names from being redacted as people ("Victoria", "Gaziantep", "Almanya").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from triage import word_lists
from triage.data_files import data_lines
from triage.folding import fold_plain
from triage.tokens import Tokens, tokenize


@dataclass(frozen=True, slots=True)
class Place:
    canonical: str
    rank: int  # 1 Canadian locality ... 5 foreign country; lower is more useful


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class PlaceMention:
    place: Place
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Variant:
    place: Place
    case: str  # "any", "capital" (first letter upper case) or "exact"
    written: str


_NO_SPACE_SCRIPT = re.compile(r"[\u0900-\u0dff\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ARABIC_PREFIXES = "وبلفك"
# A place name right after one of these words, or right before one of the others, is a street:
# "rue Laval", "Victoria Street" (triage/lexicons/redaction/<lang>.toml, [places]).
_STREET_BEFORE = frozenset(fold_plain(word) for word in word_lists.words("places", "street_before"))
_STREET_AFTER = frozenset(fold_plain(word) for word in word_lists.words("places", "street_after"))


def _variants_of(written: str) -> list[str]:
    forms = [written]
    folded = fold_plain(written)
    for long, short in (("saint-", "st-"), ("sainte-", "ste-"), ("saint ", "st "), ("sainte ", "ste ")):
        if folded.startswith(long):
            forms.append(short + written[len(long) :])
    return forms


def _load() -> tuple[dict[tuple[str, ...], list[_Variant]], list[tuple[str, Place]], int]:
    by_words: dict[tuple[str, ...], list[_Variant]] = {}
    unspaced: list[tuple[str, Place]] = []
    longest = 1
    files = ("places.txt", "places_world.txt", "places_countries.txt")
    for line in [line for name in files for line in data_lines(name)]:
        rank_text, canonical, variants = line.split("\t")
        place = Place(canonical=canonical, rank=int(rank_text))
        forms = variants.split("|")
        # The canonical form is a variant too, unless it is listed as matching capitalised only.
        for raw in forms if f"!{canonical}" in forms else [canonical, *forms]:
            case = "capital" if raw.startswith("!") else "any"
            raw = raw.removeprefix("!")
            if raw.isupper() and len(raw.replace(".", "")) <= 5:
                case = "exact"
            if _NO_SPACE_SCRIPT.search(raw):
                unspaced.append((raw, place))
                continue
            for form in _variants_of(raw):
                key = tuple(tokenize(form).words)
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
# A one-word place in Arabic letters behind an Arabic prefix ("وبغداد": "and Baghdad"), as a
# single word of more than three letters (a prefix glued to a word in another script is no prefix:
# the Latin and Cyrillic places are not multiplied by the prefixes, which kept memory for nothing).
_PREFIXED = frozenset(
    prefix + key[0]
    for key in _BY_WORDS
    if len(key) == 1 and len(key[0]) > 2 and "\u0600" <= key[0][0] <= "\u06ff"
    for prefix in _ARABIC_PREFIXES
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


def _word_mentions(text: str, tokens: Tokens) -> list[PlaceMention]:
    """The places named by the words of `tokens` (`text` folded and split), longest match
    first at each word, in text order."""
    words = tokens.words
    mentions: list[PlaceMention] = []
    if tokens.unique.isdisjoint(_LOOKED_UP):  # most messages name no place: one set test
        return mentions
    free = 0  # the first word not inside a place already found
    for i in compress(range(len(words)), map(_LOOKED_UP.__contains__, words)):  # a C loop
        if i < free:
            continue
        word = words[i]
        sizes = _SIZES.get(word)
        if sizes is None:  # in _PREFIXED: the place starts after the prefix's one letter
            start, end = tokens.folded.source_span(tokens.span(i)[0] + 1, tokens.span(i)[1])
            mentions.append(PlaceMention(_BY_WORDS[(word[1:],)][0].place, start, end))
            continue
        for size in sizes:
            if size > len(words) - i:
                continue
            variants = _BY_WORDS.get(tuple(words[i : i + size]))
            if not variants:
                continue
            start, end = tokens.source_span(i, i + size - 1)
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


def find_places(text: str, tokens: Tokens | None = None) -> tuple[PlaceMention, ...]:
    """Every place mention, longest match first at each word, in text order. `tokens`, when
    given, must be what `tokenize(text)` returns (a caller that already split the text)."""
    tokens = tokens if tokens is not None else tokenize(text)
    mentions = [] if tokens.unique.isdisjoint(_LOOKED_UP) else _word_mentions(text, tokens)
    mentions.extend(_unspaced_mentions(text))
    mentions.sort(key=lambda m: m.start)
    return tuple(mentions)


def find_region(text: str, tokens: Tokens | None = None) -> str | None:
    """The most useful place named: a Canadian locality before a province, before Canada,
    before a foreign city or country; the first mentioned among equals. None if none.
    `tokens`, when given, must be what `tokenize(text)` returns."""
    mentions = find_places(text, tokens)
    if not mentions:
        return None
    return min(mentions, key=lambda m: (m.place.rank, m.start)).place.canonical
