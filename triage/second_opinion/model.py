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
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from triage.codes import Urgency
from triage.result import TriageResult
from triage.second_opinion.features import SIZE, folded, score, word_indices

# The words shown in a reason: those whose n-grams weigh most towards an emergency.
REASON_WORDS = 3


@dataclass(frozen=True, slots=True)
class Model:
    weights: array[float]
    bias: float
    emergency_at: float  # a probability at least this raises to emergency
    high_at: float  # a probability at least this raises standard or low to high

    def probability(self, result: TriageResult) -> float:
        z = self.bias + score(self.weights, result)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def strongest_words(self, text: str) -> list[str]:
        """The words of `text` (folded) whose n-grams push most towards an emergency."""
        weights = self.weights
        plain = folded(text)
        ranked = sorted(
            ((sum(weights[i] for i in indices), start, end) for indices, start, end in word_indices(plain)),
            reverse=True,
        )
        words = [plain[start:end] for weight, start, end in ranked if weight > 0]
        return list(dict.fromkeys(words))[:REASON_WORDS]


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
