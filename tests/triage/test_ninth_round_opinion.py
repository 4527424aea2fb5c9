"""Ninth round (issue 11, point 2): the second opinion may read whole words and pairs of
neighbouring words beside the letters (model.json's "words"); the fast score at run time is
the dot product of the very features the trainer builds, words in the order written.

The sentences are new, written for these tests."""

from __future__ import annotations

import random
from array import array

import pytest

import triage
from triage.codes import Urgency
from triage.second_opinion import features
from triage.second_opinion.features import SIZE, bigram_bucket, unigram_bucket
from triage.second_opinion.model import KEYS, Model

SENTENCES = (
    "I'm not going to do anything tonight, I just need to talk to someone",
    "il m'a pas frappé hier, il m'a juste crié dessus, je veux des infos sur mes droits",
    "nos quitaron los pasaportes y mañana nos llevan en una camioneta, ayuda",
    "Мне не дают выйти из квартиры, хозяин забрал паспорт",
    "老板今天晚上要把我们送到别的城市，我把手机藏起来了",
)


def _random_tables(seed: int) -> list[array[float]]:
    rng = random.Random(seed)
    return [array("f", [rng.uniform(-1.0, 1.0) for _ in range(SIZE)]) for _ in KEYS]


@pytest.mark.parametrize("copies", [0, 1, 2])
def test_the_fast_score_is_the_dot_product_of_the_trained_features(copies: int) -> None:
    tables = _random_tables(copies)
    sums: dict[str, tuple[float, ...]] = {}
    for text in SENTENCES:
        result = triage.analyze(text, second_opinion=False)
        vector = features.vector(result, copies)
        wanted = [sum(table[i] * v for i, v in vector.items()) for table in tables]
        for _ in range(2):  # the second time from the cache of words
            assert features.scores(tables, result, sums, copies=copies) == pytest.approx(wanted, abs=1e-6)


def test_words_add_features_only_when_asked() -> None:
    result = triage.analyze("he said he will not hurt me again", second_opinion=False)
    letters = features.vector(result)
    both = features.vector(result, 1)
    assert set(letters) < set(both)
    assert unigram_bucket("hurt") in both and bigram_bucket("not", "hurt") in both


def _pair_model(first: str, second: str) -> Model:
    """A model that finds the pair of words `first second`, in that order, an emergency."""
    tables = [array("f", [0.0]) * SIZE for _ in KEYS]
    tables[KEYS.index("E")][bigram_bucket(first, second)] = 500.0
    return Model(tables, {"E": -8.0, "H": -8.0}, {"E": (1.0, 0.0), "H": (1.0, 0.0)}, 0.9, 0.9, copies=1)


def test_a_pair_of_words_is_read_in_the_order_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: _pair_model("blue", "kettle"))
    together = "my sister bought a blue kettle for the kitchen"
    apart = "my sister bought a kettle for the kitchen, it is blue"
    assert triage.analyze(together, second_opinion=False).urgency is not Urgency.emergency
    assert triage.analyze(together).urgency is Urgency.emergency
    assert triage.analyze(apart) == triage.analyze(apart, second_opinion=False)
