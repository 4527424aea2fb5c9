"""Scores per field on the shared labelled examples and on messages the lexicons never saw.

`../shared/data/triage_examples.jsonl` is the hotline's labelled set; the lexicons were
tuned while reading it. `data/unseen_messages.jsonl` was written apart from the lexicons,
the way frightened people write (no accents, SMS spelling, typos), to check that the rules
generalise. The floors below sit a little under today's scores: a change to a lexicon
that makes triage worse fails here. Run with `-s` to see the table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import triage

SHARED = Path(__file__).resolve().parents[1] / "data" / "triage_examples.jsonl"  # vendored
UNSEEN = Path(__file__).resolve().parent / "data" / "unseen_messages.jsonl"
# Written after the 13 lexicons were done and scored once before any change: urgency 84 %
# (21/25; the 4 misses were emergencies read as high), language 100 %.
UNSEEN_LATER = Path(__file__).resolve().parent / "data" / "unseen_messages_2.jsonl"
SET_FIELDS = ("needs", "indicators", "exploitation")


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def f1(got: Iterable[str], want: Iterable[str]) -> float:
    g, w = set(got), set(want)
    if not g and not w:
        return 1.0
    return 2 * len(g & w) / (len(g) + len(w))


@dataclass
class Report:
    scores: dict[str, float]
    missed_emergencies: list[str]


def evaluate(examples: list[dict[str, Any]]) -> Report:
    totals: dict[str, float] = {}
    missed: list[str] = []
    for example in examples:
        result = triage.analyze(example["text"]).to_json()
        for key in ("language", "urgency", "region"):
            if key in example:
                totals[key] = totals.get(key, 0.0) + (result[key] == example[key])
        for key in SET_FIELDS:
            if key in example:
                totals[key] = totals.get(key, 0.0) + f1(result[key], example[key])
        if example["urgency"] == "emergency" and result["urgency"] not in ("emergency", "high"):
            missed.append(f"{example['id']}: {result['urgency']} {result['explanations']}")
    report = Report({key: total / len(examples) for key, total in totals.items()}, missed)
    print(f"\n{len(examples)} messages: " + ", ".join(f"{k} {v:.0%}" for k, v in report.scores.items()))
    return report


@pytest.fixture(scope="module")
def shared() -> Report:
    assert SHARED.exists(), f"vendored examples missing: {SHARED}"
    return evaluate(load(SHARED))


@pytest.fixture(scope="module")
def unseen() -> Report:
    return evaluate(load(UNSEEN) + load(UNSEEN_LATER))


def test_no_emergency_example_comes_out_below_high(shared: Report, unseen: Report) -> None:
    assert shared.missed_emergencies == []
    assert unseen.missed_emergencies == []


@pytest.mark.parametrize(
    ("field", "floor"),
    [
        # urgency 0.90 -> 0.94 with the danger model of issue 11 (96 % then); 0.93 since the
        # learned second opinion raises one `high` example (a girl of 14 back since yesterday
        # from working for a pimp) to emergency: it may only raise, and a false alarm costs less.
        ("language", 0.95),
        ("urgency", 0.93),
        ("region", 0.95),
        ("needs", 0.75),
        ("indicators", 0.80),
        ("exploitation", 0.85),
    ],
)
def test_shared_examples_per_field(shared: Report, field: str, floor: float) -> None:
    assert shared.scores[field] >= floor, f"{field}: {shared.scores[field]:.0%} < {floor:.0%}"


# urgency 0.85 -> 0.95 with the danger model of issue 11 (98 % then)
@pytest.mark.parametrize(("field", "floor"), [("language", 0.95), ("urgency", 0.95)])
def test_unseen_messages_per_field(unseen: Report, field: str, floor: float) -> None:
    assert unseen.scores[field] >= floor, f"{field}: {unseen.scores[field]:.0%} < {floor:.0%}"
