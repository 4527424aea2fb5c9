"""Twelfth round (issue 11, point 2): the bar of a raise to emergency depends on the rules'
level. A message the rules put at high and the team did not call an emergency reads much like
an emergency, so the model's bar from high is chosen apart from its bar from standard or low,
on the pooled unseen-era leave-one-file-out table (bench/train_second_opinion.py), and a raise
says which bar it passed. The sentences are new, written for these tests."""

from __future__ import annotations

from array import array
from dataclasses import replace

import pytest

import triage
from triage.codes import Urgency
from triage.second_opinion import features
from triage.second_opinion import model as opinion_model
from triage.second_opinion.features import SIZE, folded
from triage.second_opinion.model import KEYS, Model, emergency_bar, raised


def _word_model(word: str, weight: float, from_high: float | None) -> Model:
    """A model whose P(emergency) rises with `word` alone; bars 0.6 from standard or low."""
    tables = [array("f", [0.0]) * SIZE for _ in KEYS]
    for index in features.gram_indices(folded(word)):
        tables[KEYS.index("E")][index] = weight
    calibration = {"E": (1.0, 0.0), "H": (1.0, 0.0)}
    return Model(tables, {"E": -3.0, "H": -10.0}, calibration, 0.6, 0.99, emergency_from_high=from_high)


@pytest.mark.parametrize(
    ("level", "p_emergency", "expected"),
    [
        (Urgency.standard, 0.65, Urgency.emergency),
        (Urgency.low, 0.65, Urgency.emergency),
        (Urgency.high, 0.65, None),  # from high the bar is 0.8
        (Urgency.high, 0.85, Urgency.emergency),
        (Urgency.emergency, 0.99, None),
    ],
)
def test_the_bar_from_high_is_its_own(level: Urgency, p_emergency: float, expected: Urgency | None) -> None:
    model = Model((), {}, {}, 0.6, 0.99, emergency_from_high=0.8)
    assert raised(level, p_emergency, 0.0, model) is expected


def test_without_a_bar_from_high_every_level_has_the_same() -> None:
    model = Model((), {}, {}, 0.6, 0.99)
    assert {emergency_bar(level, model) for level in Urgency} == {0.6}
    assert raised(Urgency.high, 0.65, 0.0, model) is Urgency.emergency


def test_the_shipped_model_has_both_bars() -> None:
    model = opinion_model.load()
    assert model is not None and model.emergency_from_high is not None
    assert 0 < model.emergency_at <= 1 and 0 < model.emergency_from_high <= 1


def test_a_raise_says_the_bar_of_the_rules_level(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je voudrais des informations sur les congés, il y a une tempête demain"
    rules = triage.analyze(text, second_opinion=False)
    assert rules.urgency in (Urgency.standard, Urgency.low)
    model = _word_model("tempete", 40.0, 0.9)
    monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: model)
    raised_to = triage.analyze(text)
    assert raised_to.urgency is Urgency.emergency
    note = f"raised from {rules.urgency.value}, whose bar is 0.60; from high it is 0.90"
    assert note in raised_to.explanations[0]
    one_bar = replace(model, emergency_from_high=None)
    monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: one_bar)
    assert "whose bar" not in triage.analyze(text).explanations[0]
