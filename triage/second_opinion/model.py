"""Read the shipped model and give its opinion on one message.

The model is `weights.bin` (two tables of float32 weights, one weight per hashed feature
bucket, little-endian: first the emergency model's, then the high-or-emergency model's) and
`model.json` (biases, calibration, thresholds, the weights of the rules' reading that the
emergency model also reads, how it was trained), both written by
`bench/train_second_opinion.py`. Nothing is downloaded: a missing or malformed model file
means no second opinion, never an error in triage.
"""

from __future__ import annotations

import json
import math
import sys
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from triage.codes import Urgency
from triage.result import TriageResult
from triage.second_opinion.features import SIZE, folded, scores, unigram_bucket, word_indices

# The words shown in a reason: those whose n-grams weigh most towards the level raised to.
REASON_WORDS = 3
# The two models: "labelled an emergency", "labelled high or emergency".
KEYS = ("E", "H")


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class Model:
    tables: Sequence[Sequence[float]]  # one weight table of SIZE per key of KEYS
    bias: Mapping[str, float]
    calibration: Mapping[str, tuple[float, float]]  # (a, b): P = sigmoid(a * margin + b)
    emergency_at: float  # a calibrated P(emergency) at least this raises standard or low to emergency
    high_at: float  # a calibrated P(high or emergency) at least this raises standard or low to high
    copies: int = 0  # how often whole words and pairs of words are counted (0: letters only)
    # The bar of a raise from high to emergency, when it is not `emergency_at` (model.json's
    # "emergency_from_high"): the rules' level is a finding of its own (round 12).
    emergency_from_high: float | None = None
    # Stacked (round 13): the weight in the E margin of each key of `features.reading_keys` (the
    # rules' level group, each need and indicator they found); empty, the E model reads the text only.
    reading: Mapping[str, float] = field(default_factory=dict)
    # `reading`'s weights of the codes, by the code's name (a Need or an Indicator reads its own).
    by_code: dict[str, float] = field(init=False, default_factory=dict, compare=False, repr=False)
    # Per word seen: its number of n-grams and their summed weights in each table (features.scores).
    sums: dict[str, tuple[float, ...]] = field(default_factory=dict, compare=False, repr=False)
    # Per pair of neighbouring words seen: its weight in each table, `copies` times (features.scores).
    pairs: dict[tuple[str, str], tuple[float, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        by_code = {key[2:]: value for key, value in self.reading.items() if key.startswith("C ")}
        object.__setattr__(self, "by_code", by_code)

    def probabilities(
        self, result: TriageResult, words: Sequence[str] | None = None, codes: Iterable[str] | None = None
    ) -> tuple[float, float]:
        """Calibrated P(emergency) and P(high or emergency) of `result` (`words`: its folded
        words, when the caller has them; see `features.scores`; `codes`: the rules' needs and
        indicators, by default `result`'s)."""
        margin_e, margin_h = scores(self.tables, result, self.sums, words, self.copies, self.pairs)
        margin_e += self.reading_margin(result, codes)
        (a_e, b_e), (a_h, b_h) = self.calibration["E"], self.calibration["H"]
        return (
            _sigmoid(a_e * (self.bias["E"] + margin_e) + b_e),
            _sigmoid(a_h * (self.bias["H"] + margin_h) + b_h),
        )

    def reading_margin(self, result: TriageResult, codes: Iterable[str] | None = None) -> float:
        """What the rules' own reading of `result` adds to its E margin (0 for a text-only model)."""
        if not self.reading:
            return 0.0
        found = rule_codes(result) if codes is None else codes
        group = "G high" if result.urgency.rank <= Urgency.high.rank else "G below"  # rank 0: emergency
        weights = self.by_code
        return self.reading.get(group, 0.0) + sum([weights.get(code, 0.0) for code in found])

    def without_reading(self, p_emergency: float, result: TriageResult, codes: Iterable[str] | None) -> float:
        """`p_emergency` as it would be had the rules' reading weighed nothing."""
        a_e = self.calibration["E"][0]
        margin = math.log(p_emergency / (1.0 - p_emergency)) if 0.0 < p_emergency < 1.0 else 0.0
        return _sigmoid(margin - a_e * self.reading_margin(result, codes))

    def strongest_words(self, text: str, key: str) -> list[str]:
        """The words of `text` (folded) whose n-grams push most towards model `key`."""
        weights = self.tables[KEYS.index(key)]
        plain = folded(text)
        ranked = sorted(
            (
                (sum(weights[i] for i in indices) + self.copies * weights[unigram_bucket(plain[a:b])], a, b)
                for indices, a, b in word_indices(plain)
            ),
            key=lambda item: (-item[0], item[1]),
        )
        words = [plain[start:end] for weight, start, end in ranked if weight > 0]
        return list(dict.fromkeys(words))[:REASON_WORDS]


def rule_codes(result: TriageResult) -> list[str]:
    """The needs and indicators of `result`, as the names a stacked model reads."""
    return [code.value for code in result.needs] + [code.value for code in result.indicators]


def _pair(value: object) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError("calibration is a pair")
    return float(value[0]), float(value[1])


@lru_cache(maxsize=1)
def load() -> Model | None:
    """The shipped model, or None if it is not there or not of this code's shape."""
    folder = resources.files("triage.second_opinion")
    try:
        meta = json.loads(folder.joinpath("model.json").read_text(encoding="utf-8"))
        raw = folder.joinpath("weights.bin").read_bytes()
        bias = {key: float(meta["bias"][key]) for key in KEYS}
        calibration = {key: _pair(meta["calibration"][key]) for key in KEYS}
        emergency_at, high_at = float(meta["emergency_at"]), float(meta["high_at"])
        copies = int(meta.get("words", 0))
        from_high = meta.get("emergency_from_high")
        emergency_from_high = None if from_high is None else float(from_high)
        reading = {str(key): float(value) for key, value in meta.get("reading", {}).items()}
    except (FileNotFoundError, KeyError, TypeError, ValueError):
        return None
    weights = array("f")
    weights.frombytes(raw[: len(raw) - len(raw) % 4])
    if sys.byteorder != "little":
        weights.byteswap()
    if len(weights) != SIZE * len(KEYS):
        return None
    tables = [weights[k * SIZE : (k + 1) * SIZE] for k in range(len(KEYS))]
    return Model(tables, bias, calibration, emergency_at, high_at, copies, emergency_from_high, reading)


def emergency_bar(urgency: Urgency, model: Model) -> float:
    """The calibrated P(emergency) that raises a message the rules put at `urgency` to
    emergency: from high its own bar when the model has one, else `emergency_at`."""
    if urgency is Urgency.high and model.emergency_from_high is not None:
        return model.emergency_from_high
    return model.emergency_at


def raised(urgency: Urgency, p_emergency: float, p_high: float, model: Model) -> Urgency | None:
    """The level the opinion raises `urgency` to, or None: it never lowers one."""
    if p_emergency >= emergency_bar(urgency, model) and urgency is not Urgency.emergency:
        return Urgency.emergency
    if p_high >= model.high_at and urgency.rank > Urgency.high.rank:
        return Urgency.high
    return None
