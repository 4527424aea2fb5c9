"""Thirteenth round (issue 11, point 2): the learned second opinion is stacked. Its emergency
model reads, beside the words, the rules' own reading (their level, high or below, and the
needs and indicators they found), blended with the words-only model in one weight table
(bench/train_second_opinion.py, STACK). A raise that the rules' reading decided says so. The
sentences are new, written for these tests."""

from __future__ import annotations

import importlib.util
from array import array
from pathlib import Path
from types import ModuleType

import pytest

import triage
from triage.codes import Urgency
from triage.second_opinion import features
from triage.second_opinion import model as opinion_model
from triage.second_opinion.features import SIZE, folded, reading_keys
from triage.second_opinion.model import KEYS, Model

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "data" / "corpus"
TEXT = "Je voudrais des informations sur les congés, il y a une tempête demain"


def _trainer() -> ModuleType:
    path = ROOT / "bench" / "train_second_opinion.py"
    spec = importlib.util.spec_from_file_location("train_second_opinion", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _model(word_weight: float, reading: dict[str, float]) -> Model:
    """P(emergency) rises with "tempete" and with the rules' reading `reading`; bar 0.6."""
    tables = [array("f", [0.0]) * SIZE for _ in KEYS]
    for index in features.gram_indices(folded("tempete")):
        tables[KEYS.index("E")][index] = word_weight
    calibration = {"E": (1.0, 0.0), "H": (1.0, 0.0)}
    return Model(tables, {"E": -3.0, "H": -10.0}, calibration, 0.6, 0.99, reading=reading)


def test_the_reading_keys_name_the_level_group_and_the_codes() -> None:
    assert reading_keys("high", ["confinement"]) == ["G high", "C confinement"]
    assert reading_keys("emergency", []) == ["G high"]
    assert reading_keys("standard", []) == reading_keys("low", []) == ["G below"]


def test_the_rules_reading_moves_the_emergency_score() -> None:
    rules = triage.analyze(TEXT, second_opinion=False)
    assert rules.urgency in (Urgency.standard, Urgency.low)
    plain = _model(10.0, {})
    stacked = _model(10.0, {"G below": 2.0})
    p_plain, _ = plain.probabilities(rules)
    p_stacked, _ = stacked.probabilities(rules)
    assert p_stacked > p_plain
    assert stacked.without_reading(p_stacked, rules, None) == pytest.approx(p_plain)
    assert stacked.probabilities(rules, codes=["confinement"]) == (p_stacked, stacked.probabilities(rules)[1])


def test_a_raise_the_rules_reading_decided_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = triage.analyze(TEXT, second_opinion=False)
    words_alone = _model(0.5, {})  # the words alone stay under the bar
    monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: words_alone)
    assert triage.analyze(TEXT).urgency is rules.urgency
    stacked = _model(0.5, {"G below": 40.0})
    monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: stacked)
    raised = triage.analyze(TEXT)
    assert raised.urgency is Urgency.emergency
    # The operator's reason quotes words only; the explanation names the rules' reading.
    assert "rules:" not in raised.reasons[0].quote
    assert f"without the rules' own reading (rules: {rules.urgency.value}" in raised.explanations[0]


def test_a_raise_the_words_decided_does_not_name_the_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    stacked = _model(40.0, {"G below": 0.1})
    monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: stacked)
    raised = triage.analyze(TEXT)
    assert raised.urgency is Urgency.emergency
    assert "rules:" not in raised.reasons[0].quote and "rules' own reading" not in raised.explanations[0]


def test_the_shipped_model_is_stacked_in_two_tables() -> None:
    model = opinion_model.load()
    assert model is not None and model.reading
    assert [len(table) for table in model.tables] == [SIZE, SIZE]
    assert {"G high", "G below"} <= set(model.reading)


def test_the_trainer_reads_every_corpus_file() -> None:
    """One list of files (the unseen-era file's): a corpus file added with its era levels is trained on."""
    assert set(_trainer().FILES) == {path.stem for path in CORPUS.glob("*.jsonl")}
