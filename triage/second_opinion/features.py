"""The features of one message, as the model reads them: hashed character n-grams of the
redacted text (folded: lower case, no accents, placeholders left out). The rules were tuned
on the very corpus the model learns from, so a model that reads their level or findings as
they are today learns to copy them, and adds nothing where they fail (measured
leave-one-file-out: it raised no emergency the rules missed); a model of the words alone is a
second opinion that is wrong in other places than the rules (but see round 13 below).

The n-grams are those of each word with a space either side, of 2 to 5 characters: "the
words and their beginnings and ends", which carry over to a writer's spelling mistakes,
missing accents and SMS shorthand better than whole words.

Beside them, when the model was trained so (`copies` > 0, model.json's "words"), each whole
word ("W word") and each pair of neighbouring words ("B word word"), counted `copies` times:
what the grams of one word cannot say ("not going", "no plan", "last year"), measured
leave-one-file-out in round 9 (bench/second_opinion_variants.py).

Since round 13 the emergency model is stacked (bench/train_second_opinion.py, STACK): beside
the text it weighs the rules' own reading, their level (high, or below) and the needs and
indicators they found (`reading_keys`), read at run time from today's rules and in training
from the rules as they were while each corpus file was unseen (so it learns what the rules'
reading is worth on a new writer's messages, not to copy rules tuned on them). Blended with the
text-only model, whose weights it shares the buckets of, it ships in one table; the reading's
few weights are written apart (model.json "reading").

Hashing is `zlib.crc32` of the features' UTF-8 bytes, stable across processes and machines,
so a model trained once reads the same buckets everywhere.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from functools import reduce
from itertools import pairwise, repeat
from operator import add, itemgetter
from typing import cast

from triage.folding import WORD, fold_plain
from triage.result import TriageResult

BITS = 17
SIZE = 1 << BITS
MASK = SIZE - 1
GRAMS = (2, 3, 4, 5)
_PLACEHOLDER = re.compile(r"\[(?:PHONE|EMAIL|PERSON|ADDRESS|ID_NUMBER|PAYMENT|HANDLE|IP)\]")


def folded(text: str) -> str:
    """`text` folded, its placeholders ("[PHONE]") blanked: what the n-grams are read from."""
    return fold_plain(_PLACEHOLDER.sub(" ", text))


# Buckets of the words seen last (the same words come back in message after message).
WORD_CACHE = 2_000
# Pairs of neighbouring words whose weights are remembered, at most (`scores`).
PAIR_CACHE = 512
_WORDS: dict[str, list[int]] = {}


def _word_buckets(word: str) -> list[int]:
    """The buckets of the character n-grams of `word`, padded with a space either side."""
    crc32 = zlib.crc32
    padded = f" {word} "
    last = len(padded)
    if padded.isascii():  # one byte a character: slice the bytes, encode once
        raw = padded.encode()
        return [crc32(raw[at : at + n]) & MASK for n in GRAMS for at in range(last - n + 1)]
    return [crc32(padded[at : at + n].encode()) & MASK for n in GRAMS for at in range(last - n + 1)]


def _buckets(word: str) -> list[int]:
    """`_word_buckets`, remembered for the words seen last."""
    found = _WORDS.get(word)
    if found is None:
        found = _word_buckets(word)
        if len(_WORDS) >= WORD_CACHE:
            _WORDS.clear()
        _WORDS[word] = found
    return found


def forget_words() -> None:
    """Empty the cache of buckets (it changes no result; tests check that)."""
    _WORDS.clear()


def word_indices(folded_text: str) -> Iterator[tuple[list[int], int, int]]:
    """For each word of `folded_text`: the buckets of its n-grams and its span (start, end)."""
    for match in WORD.finditer(folded_text):
        yield _buckets(match.group()), match.start(), match.end()


def gram_indices(folded_text: str) -> list[int]:
    """The bucket of every n-gram of `folded_text`, repeats kept."""
    indices: list[int] = []
    for word in WORD.findall(folded_text):
        indices += _buckets(word)
    return indices


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode()) & MASK


def unigram_bucket(word: str) -> int:
    """The bucket of a whole folded word."""
    return _bucket(f"W {word}")


def bigram_bucket(first: str, second: str) -> int:
    """The bucket of two neighbouring folded words."""
    return _bucket(f"B {first} {second}")


def word_gram_indices(words: Sequence[str], copies: int) -> list[int]:
    """The buckets of each word and each pair of neighbours of `words`, `copies` times each."""
    grams = [unigram_bucket(w) for w in words] + [bigram_bucket(a, b) for a, b in pairwise(words)]
    return [index for index in grams for _ in range(copies)]


def reading_keys(level: str, codes: Iterable[str]) -> list[str]:
    """The names of the rules' own reading that a stacked model weighs (round 13): whether the
    rules put the message at high ("G high") or below ("G below"), and each need and indicator
    they found ("C confinement"). Trained on the rules' reading while each file was unseen;
    at run time today's."""
    group = "high" if level in ("high", "emergency") else "below"
    return [f"G {group}", *[f"C {code}" for code in codes]]


def reading_bucket(key: str) -> int:
    """The bucket a key of `reading_keys` was trained in (beside the text's, in the same table)."""
    return _bucket(key)


def vector(result: TriageResult, copies: int = 0) -> dict[int, float]:
    """The sparse feature vector: n-grams (and, with `copies`, whole words and pairs of
    words) weigh 1/sqrt(their number), so a long message weighs as much as a short one.
    (`scores` computes the same dot products without building it.)"""
    plain = folded(result.redacted)
    indices = gram_indices(plain)
    if copies:
        indices += word_gram_indices(WORD.findall(plain), copies)
    scale = 1.0 / math.sqrt(len(indices)) if indices else 0.0
    features: dict[int, float] = {}
    for index in indices:
        features[index] = features.get(index, 0.0) + scale
    return features


def scores(
    weights: Sequence[Sequence[float]],
    result: TriageResult,
    sums: dict[str, tuple[float, ...]],
    words: Sequence[str] | None = None,
    copies: int = 0,
    pairs: dict[tuple[str, str], tuple[float, ...]] | None = None,
) -> list[float]:
    """The dot product of each weight table of `weights` with `vector(result, copies)`,
    without building the vector: the model is linear, so a message's score is the sum of its
    words' (and of its pairs of words'). `sums` remembers, for each word, its number of
    features and the sum of their weights in each table (the caller keeps one per model).
    `words`, when given, are the words of `folded(result.redacted)` already split
    (`triage.analyze` has them: its tokens). `pairs`, when given, remembers the weights of
    each pair of words met (as `sums` does each word's; the caller keeps one per model)."""
    remembered: dict[tuple[str, str], tuple[float, ...]] = {} if pairs is None else pairs
    split = WORD.findall(folded(result.redacted)) if words is None else words
    # Each word's count and sums, then each pair's weights (looked up in C loops; the few not
    # remembered yet are worked out here).
    looked_up = list(map(sums.get, split))
    rows = cast("list[tuple[float, ...]]", looked_up)
    if None in looked_up:
        rows = [e or _word_sums(w, weights, sums, copies) for e, w in zip(looked_up, split, strict=True)]
    count = reduce(add, map(itemgetter(0), rows), 0.0)
    if copies:
        pairs_met = list(pairwise(split))
        pair_rows = list(map(remembered.get, pairs_met))
        if None in pair_rows:
            pair_rows = [
                e or _pair_weights(pair, weights, remembered, copies)
                for e, pair in zip(pair_rows, pairs_met, strict=True)
            ]
        count = reduce(add, repeat(copies, len(pair_rows)), count)
        rows = rows + cast("list[tuple[float, ...]]", pair_rows)
    # Each table's total, added up in the message's order (words, then pairs), one addition at
    # a time as a loop would (`reduce`, not `sum` or `fsum`: the same rounding on every Python).
    columns = list(zip(*rows, strict=True))[1:] if rows else [()] * len(weights)
    totals = [reduce(add, column, 0.0) for column in columns]
    scale = 1.0 / math.sqrt(count) if count else 0.0
    return [total * scale for total in totals]


def _word_sums(
    word: str, weights: Sequence[Sequence[float]], sums: dict[str, tuple[float, ...]], copies: int
) -> tuple[float, ...]:
    """A word's number of features and the sum of their weights in each table, remembered in
    `sums` (its buckets need not be)."""
    indices = _word_buckets(word)
    if copies:
        indices = indices + [unigram_bucket(word)] * copies
    # Each table's weights taken in one C call (a padded word has 3 n-grams or more, so the
    # getter returns a tuple), summed in the same order as a loop would.
    take = itemgetter(*indices)
    entry = (float(len(indices)), *[sum(take(table)) for table in weights])
    if len(sums) >= WORD_CACHE:
        sums.clear()
    sums[word] = entry
    return entry


def _pair_weights(
    pair: tuple[str, str],
    weights: Sequence[Sequence[float]],
    remembered: dict[tuple[str, str], tuple[float, ...]],
    copies: int,
) -> tuple[float, ...]:
    """What a pair of neighbouring words adds to each table, remembered in `remembered`."""
    index = zlib.crc32(f"B {pair[0]} {pair[1]}".encode()) & MASK  # bigram_bucket, inlined
    added = (0.0, *[copies * table[index] for table in weights])
    if len(remembered) >= PAIR_CACHE:
        remembered.clear()
    remembered[pair] = added
    return added
