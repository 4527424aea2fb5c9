"""The features of one message, as the model reads them: hashed character n-grams of the
redacted text (folded: lower case, no accents, placeholders left out) and the rules' own
findings (level, codes, each danger read with its time and person).

Hashing is `zlib.crc32` of the n-grams' UTF-8 bytes, stable across processes and machines,
so a model trained once reads the same buckets everywhere.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterator, Sequence
from itertools import chain

from triage.folding import WORD, fold_plain
from triage.result import TriageResult

BITS = 18
SIZE = 1 << BITS
MASK = SIZE - 1
GRAMS = (3, 4)
_PLACEHOLDER = re.compile(r"\[(?:PHONE|EMAIL|PERSON|ADDRESS|ID_NUMBER|PAYMENT|HANDLE|IP)\]")


def folded(text: str) -> str:
    """`text` folded, its placeholders ("[PHONE]") blanked: what the n-grams are read from."""
    return fold_plain(_PLACEHOLDER.sub(" ", text))


# Buckets of the words seen last (the same words come back in message after message).
WORD_CACHE = 20_000
_WORDS: dict[str, list[int]] = {}


def _buckets(word: str) -> list[int]:
    """The buckets of the n-grams of `word` (of its UTF-8 bytes, padded with a space either side)."""
    found = _WORDS.get(word)
    if found is None:
        crc32 = zlib.crc32
        padded = f" {word} ".encode()
        last = len(padded)
        found = [crc32(padded[at : at + n]) & MASK for n in GRAMS for at in range(last - n + 1)]
        if len(_WORDS) >= WORD_CACHE:
            _WORDS.clear()
        _WORDS[word] = found
    return found


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


def rule_names(result: TriageResult) -> list[str]:
    """What the rules said, as feature names."""
    names = [f"u={result.urgency.value}"]
    names.extend(f"i={code.value}" for code in result.indicators)
    names.extend(f"n={code.value}" for code in result.needs)
    names.extend(f"x={code.value}" for code in result.exploitation)
    for reason in result.reasons:
        names.append(f"r={reason.what.value}:{reason.when.value}")
        names.append(f"w={reason.who.value}")
    if "?" in result.redacted or "？" in result.redacted or "؟" in result.redacted:
        names.append("q")
    return names


def bucket(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) & MASK


def rule_indices(result: TriageResult) -> list[int]:
    return [bucket("rule:" + name) for name in rule_names(result)]


def vector(result: TriageResult) -> dict[int, float]:
    """The sparse feature vector: n-grams weigh 1/sqrt(their number), so a long message
    weighs as much as a short one; each rule feature weighs 1. (`score` computes the same
    dot product without building it.)"""
    indices = gram_indices(folded(result.redacted))
    scale = 1.0 / math.sqrt(len(indices)) if indices else 0.0
    features: dict[int, float] = {}
    for index in indices:
        features[index] = features.get(index, 0.0) + scale
    for index in rule_indices(result):
        features[index] = features.get(index, 0.0) + 1.0
    return features


# The weights of each word's n-grams, per weight table (keyed by identity, the table kept).
_WORD_WEIGHTS: dict[int, tuple[Sequence[float], dict[str, list[float]]]] = {}


def _word_weights(weights: Sequence[float]) -> dict[str, list[float]]:
    known = _WORD_WEIGHTS.get(id(weights))
    if known is None or known[0] is not weights:
        _WORD_WEIGHTS.clear()  # one model is read at a time
        known = _WORD_WEIGHTS[id(weights)] = (weights, {})
    return known[1]


def score(weights: Sequence[float], result: TriageResult) -> float:
    """The dot product of `weights` with `vector(result)`, without building the vector: the
    weights of every n-gram, in the message's order (each word's looked up once and kept)."""
    cache = _word_weights(weights)
    per_word: list[list[float]] = []
    for word in WORD.findall(folded(result.redacted)):
        found = cache.get(word)
        if found is None:
            found = [weights[i] for i in _buckets(word)]
            if len(cache) >= WORD_CACHE:
                cache.clear()
            cache[word] = found
        per_word.append(found)
    count = sum(map(len, per_word))
    total = sum(chain.from_iterable(per_word)) / math.sqrt(count) if count else 0.0
    return total + sum([weights[i] for i in rule_indices(result)])
