"""The team's corpus, tuning part only (`data/corpus/tune.jsonl`; the test part is scored
by the lead at the end of a piece of work, never here): floors a little under the scores
the danger model reached, so a change that makes triage worse on it fails.

Scores when the floors were set (issue 11): urgency exact 0.890, emergency recall 1.000,
emergency precision 0.989, no emergency below high, needs F1 0.684, indicators F1 0.614.
After the needs and indicators work of issue 11: urgency exact 0.918, needs F1 0.787,
indicators F1 0.782 (floors raised to 0.76 and 0.75).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import triage

TUNE = Path(__file__).resolve().parent / "data" / "corpus" / "tune.jsonl"
FLOORS = {
    "urgency_exact": 0.87,
    "emergency_recall": 0.98,
    "emergency_precision": 0.95,
    "needs_f1": 0.76,
    "indicators_f1": 0.75,
}
RANK = {"low": 0, "standard": 1, "high": 2, "emergency": 3}


def _f1(counts: Counter[str]) -> float:
    return 2 * counts["tp"] / (2 * counts["tp"] + counts["fp"] + counts["fn"])


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    messages = [json.loads(line) for line in TUNE.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally: Counter[str] = Counter()
    needs: Counter[str] = Counter()
    indicators: Counter[str] = Counter()
    for message in messages:
        result = triage.analyze(message["text"]).to_json()
        want, got = message["urgency"], result["urgency"]
        tally["exact"] += want == got
        tally["emergencies"] += want == "emergency"
        tally["found"] += want == got == "emergency"
        tally["said"] += got == "emergency"
        tally["below_high"] += want == "emergency" and RANK[got] < RANK["high"]
        for counts, key in ((needs, "needs"), (indicators, "indicators")):
            expected, found = set(message[key]), set(result[key])
            counts.update(tp=len(expected & found), fp=len(found - expected), fn=len(expected - found))
    return {
        "urgency_exact": tally["exact"] / len(messages),
        "emergency_recall": tally["found"] / tally["emergencies"],
        "emergency_precision": tally["found"] / tally["said"],
        "below_high": tally["below_high"],
        "needs_f1": _f1(needs),
        "indicators_f1": _f1(indicators),
    }


@pytest.mark.parametrize(("metric", "floor"), sorted(FLOORS.items()))
def test_tuning_part_floor(scores: dict[str, float], metric: str, floor: float) -> None:
    assert scores[metric] >= floor, f"{metric}: {scores[metric]:.3f} < {floor}"


def test_no_emergency_of_the_tuning_part_comes_out_below_high(scores: dict[str, float]) -> None:
    assert scores["below_high"] == 0
