"""Seventh round (issue 11, point 2): the learned second opinion makes two decisions (raise to
`emergency` on a high P(emergency), raise `standard` or `low` to `high` on a high P(high or
emergency)), never lowers a level, is deterministic, ships as a small file that loads, and
every raise carries a reason an operator reads in French and English.

The sentences are new, written for these tests, in several languages."""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterator
from importlib import resources

import pytest

import triage
from triage.codes import Need, Urgency
from triage.danger.kinds import What
from triage.danger.reasons import render
from triage.second_opinion import features
from triage.second_opinion import model as opinion_model
from triage.second_opinion.features import SIZE, folded
from triage.second_opinion.model import KEYS, Model, raised

SENTENCES = (
    "Bonjour, je voudrais savoir à quelle heure vous ouvrez demain pour une question de visa.",
    "le patron garde mon passeport et je travaille 14 heures par jour sans repos",
    "She texted me ten minutes ago that the men are at the door of the motel, please",
    "No puedo salir del cuarto, el señor se llevó la llave y no tengo comida desde ayer",
    "Minha prima tem 15 anos e o homem vai levar ela amanhã cedo para outra cidade",
    "Меня держат в квартире, телефон спрятала, они вернутся вечером",
    "ana 3ayza a3raf eh el ma3lomat 3an el 7o2o2 beta3et el 3omal",
    "Tôi muốn hỏi về chương trình đào tạo cho nhân viên xã hội",
    "मेरी बहन को मालिक ने कमरे में बंद कर दिया है, वह रो रही है",
    "我朋友说老板打了她，现在她不敢出门",
    "Mwen bezwen èd, yo pran papye m epi yo di m si m pale y ap touye m",
    "hello this is only a test of the line, ignore it",
)


def _sentences() -> Iterator[str]:
    yield from SENTENCES


def _uniform_model(bias_e: float, bias_h: float) -> Model:
    """A model whose every n-gram weighs the same, so its opinion is its biases'."""
    table = array("f", [0.0]) * SIZE
    return Model([table, table], {"E": bias_e, "H": bias_h}, {"E": (1.0, 0.0), "H": (1.0, 0.0)}, 0.9, 0.9)


def _word_model(word: str, key: str) -> Model:
    """A model that finds `word` alone close to the team's emergencies (key E) or to their
    high-or-emergency messages (key H), and nothing else."""
    tables = [array("f", [0.0]) * SIZE for _ in KEYS]
    for index in features.gram_indices(folded(word)):
        tables[KEYS.index(key)][index] = 40.0
    return Model(tables, {"E": -10.0, "H": -10.0}, {"E": (1.0, 0.0), "H": (1.0, 0.0)}, 0.9, 0.9)


class TestTheShippedModel:
    def test_it_loads_and_is_small(self) -> None:
        model = opinion_model.load()
        assert model is not None
        assert [len(table) for table in model.tables] == [SIZE, SIZE]
        assert 0 < model.emergency_at <= 1 and 0 < model.high_at <= 1
        folder = resources.files("triage.second_opinion")
        assert len(folder.joinpath("weights.bin").read_bytes()) < 2_000_000
        meta = json.loads(folder.joinpath("model.json").read_text(encoding="utf-8"))
        assert len(meta["trained_on"]) >= 9

    def test_its_opinion_is_deterministic(self) -> None:
        model = opinion_model.load()
        assert model is not None
        for text in _sentences():
            result = triage.analyze(text, second_opinion=False)
            first = model.probabilities(result)
            features.forget_words()  # neither cache changes anything
            model.sums.clear()
            assert model.probabilities(result) == first
            assert all(0.0 <= p <= 1.0 for p in first)
            assert triage.analyze(text) == triage.analyze(text)

    def test_its_score_is_the_dot_product_of_the_features_it_was_trained_on(self) -> None:
        model = opinion_model.load()
        assert model is not None
        for text in _sentences():
            result = triage.analyze(text, second_opinion=False)
            vector = features.vector(result)
            wanted = [sum(table[i] * v for i, v in vector.items()) for table in model.tables]
            got = features.scores(model.tables, result, {})
            assert got == pytest.approx(wanted, abs=1e-9)

    def test_a_broken_model_file_is_no_opinion(self, monkeypatch: pytest.MonkeyPatch) -> None:
        class Folder:
            def joinpath(self, name: str) -> Folder:
                self.name = name
                return self

            def read_text(self, encoding: str) -> str:
                return '{"bias": 1}'

            def read_bytes(self) -> bytes:
                return b"\0" * 8

        monkeypatch.setattr(opinion_model.resources, "files", lambda _: Folder())
        opinion_model.load.cache_clear()
        try:
            assert opinion_model.load() is None
        finally:
            monkeypatch.undo()
            opinion_model.load.cache_clear()
        assert opinion_model.load() is not None


class TestItOnlyRaises:
    def test_the_shipped_opinion_never_lowers_a_level(self) -> None:
        for text in _sentences():
            rules = triage.analyze(text, second_opinion=False)
            both = triage.analyze(text)
            assert both.urgency.rank <= rules.urgency.rank
            assert both.redacted == rules.redacted and both.indicators == rules.indicators

    def test_a_model_sure_of_nothing_changes_nothing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: _uniform_model(-20.0, -20.0))
        for text in _sentences():
            assert triage.analyze(text) == triage.analyze(text, second_opinion=False)

    def test_a_model_sure_of_everything_raises_everything_to_emergency(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: _uniform_model(20.0, 20.0))
        for text in _sentences():
            assert triage.analyze(text).urgency is Urgency.emergency

    @pytest.mark.parametrize(
        ("level", "p_emergency", "p_high", "expected"),
        [
            (Urgency.low, 0.95, 0.0, Urgency.emergency),
            (Urgency.high, 0.95, 0.99, Urgency.emergency),
            (Urgency.standard, 0.5, 0.95, Urgency.high),
            (Urgency.low, 0.5, 0.95, Urgency.high),
            (Urgency.high, 0.5, 0.99, None),  # the second decision only lifts standard and low
            (Urgency.emergency, 0.0, 0.0, None),
            (Urgency.standard, 0.89, 0.89, None),
        ],
    )
    def test_two_decisions(
        self, level: Urgency, p_emergency: float, p_high: float, expected: Urgency | None
    ) -> None:
        assert raised(level, p_emergency, p_high, _uniform_model(0.0, 0.0)) is expected


class TestEveryRaiseSaysWhy:
    def test_a_raise_to_emergency_names_its_words(self, monkeypatch: pytest.MonkeyPatch) -> None:
        text = "Estoy bien, pero el vecino dice que mañana hay tormenta"
        monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: _word_model("tormenta", "E"))
        rules = triage.analyze(text, second_opinion=False)
        both = triage.analyze(text)
        assert rules.urgency is not Urgency.emergency and both.urgency is Urgency.emergency
        reason = both.reasons[0]
        assert reason.what is What.learned and reason.level is Urgency.emergency
        assert reason.quote.split(", ")[0] == "tormenta"  # the word that weighs most comes first
        assert "second avis appris" in render(reason, "fr") and render(reason, "fr").startswith("« tormenta")
        assert "learned second opinion" in render(reason, "en")
        assert both.explanations[0].startswith(render(reason, "en"))
        assert f"raised from {rules.urgency.value}" in both.explanations[0]
        assert Need.emergency_safety in both.needs
        assert both.reasons[1:] == rules.reasons

    def test_a_raise_to_high_names_its_words(self, monkeypatch: pytest.MonkeyPatch) -> None:
        text = "Je travaille dans une ferme, je voudrais des informations sur les congés"
        monkeypatch.setattr("triage.second_opinion.opinion.load", lambda: _word_model("ferme", "H"))
        rules = triage.analyze(text, second_opinion=False)
        both = triage.analyze(text)
        assert rules.urgency.rank > Urgency.high.rank and both.urgency is Urgency.high
        reason = both.reasons[0]
        assert reason.what is What.learned and reason.level is Urgency.high
        assert reason.quote.split(", ")[0] == "ferme"
        assert "→ High" in render(reason, "en")
        assert both.needs == rules.needs  # only a raise to emergency changes the needs
