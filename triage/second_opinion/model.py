"""Read the shipped model and give its opinion on one message.

The model is `weights.bin` (float32 weights, one per hashed feature bucket, little-endian)
and `model.json` (bias, thresholds, how it was trained and measured), both written by
`bench/train_second_opinion.py`. Nothing is downloaded: a missing model file means no
second opinion, never an error in triage.
"""

from __future__ import annotations

import json
import math
import sys
import zlib
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from triage.codes import Urgency
from triage.result import TriageResult
from triage.second_opinion.features import MASK, SIZE, folded, grams, vector

# The words shown in a reason: those whose n-grams weigh most towards an emergency.
REASON_WORDS = 3


@dataclass(frozen=True, slots=True)
class Model:
    weights: array[float]
    bias: float
    emergency_at: float  # a probability at least this raises to emergency
    high_at: float  # a probability at least this raises standard or low to high

    def probability(self, result: TriageResult) -> float:
        weights = self.weights
        z = self.bias + sum(weights[i] * v for i, v in vector(result).items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def strongest_words(self, text: str) -> list[str]:
        """The words of `text` (folded) whose n-grams push most towards an emergency."""
        weights = self.weights
        plain = folded(text)
        by_word: dict[tuple[int, int], float] = {}
        for gram, start, end in grams(plain):
            index = zlib.crc32(gram.encode("utf-8")) & MASK
            by_word[(start, end)] = by_word.get((start, end), 0.0) + weights[index]
        ranked = sorted(((w, k) for k, w in by_word.items() if w > 0), reverse=True)
        return list(dict.fromkeys(plain[start:end] for _, (start, end) in ranked))[:REASON_WORDS]


@lru_cache(maxsize=1)
def load() -> Model | None:
    """The shipped model, or None if it is not there."""
    folder = resources.files("triage.second_opinion")
    try:
        meta = json.loads(folder.joinpath("model.json").read_text(encoding="utf-8"))
        raw = folder.joinpath("weights.bin").read_bytes()
    except FileNotFoundError:
        return None
    weights = array("f")
    weights.frombytes(raw)
    if sys.byteorder != "little":
        weights.byteswap()
    if len(weights) != SIZE:
        return None
    return Model(weights, float(meta["bias"]), float(meta["emergency_at"]), float(meta["high_at"]))


def raised(urgency: Urgency, probability: float, model: Model) -> Urgency | None:
    """The level the opinion raises `urgency` to, or None: it never lowers one."""
    if probability >= model.emergency_at and urgency is not Urgency.emergency:
        return Urgency.emergency
    if probability >= model.high_at and urgency.rank > Urgency.high.rank:
        return Urgency.high
    return None
