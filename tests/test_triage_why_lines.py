""" "Why this triage?" as an operator reads it, in French and English, for every message: the
danger lines, the words that gave codes named with the glossary's words, and the level's cause;
never lexicon or code names (issue 11 point 5). Pure: the triage core and the catalogues."""

from __future__ import annotations

import pytest

import triage
from app.conversations.messages import plain_cues, plain_reasons
from app.conversations.schemas import TriageRead
from triage.level_causes import Cause
from web.labels import LABELS
from web.rendering import build_environment

pytestmark = pytest.mark.pure


def lines(text: str, lang: str) -> list[str]:
    result = triage.analyze(text).to_json()
    found = TriageRead.model_validate(
        {key: result[key] for key in ("urgency", "needs", "indicators", "explanations")}
        | {"why": plain_reasons(result["reasons"])}
        | plain_cues(result["explanations"])
    )
    shown = found.model_dump(mode="json")  # as the pages and the live events carry it
    return [str(line) for line in build_environment(lang).globals["triage_why"](shown)]


LABOUR = "Le patron garde mon passeport et je ne suis pas payée depuis 3 mois, je ne sais pas quoi faire."


def test_a_labour_story_names_its_words_and_the_level_in_french() -> None:
    said = lines(LABOUR, "fr")
    assert "« garde mon passeport » : rétention de documents" in said
    assert "« pas payée » : retenue de salaire, droits du travail" in said
    assert said[-1] == "Les signes ci-dessus → Élevée"
    assert not any("lexicon" in line or "_" in line or "->" in line for line in said)


def test_the_same_in_english() -> None:
    said = lines(LABOUR, "en")
    assert "“garde mon passeport”: retention of documents" in said
    assert said[-1] == "The signs above → High"


def test_a_danger_keeps_its_line_and_adds_no_level_line() -> None:
    said = lines("je suis enfermée dans la chambre, il va me tuer", "fr")
    assert any("menace de mort" in line and line.endswith("→ Urgence") for line in said)
    assert not any(line.startswith("Les signes") or line.startswith("Rien") for line in said)


def test_a_story_that_is_over_and_a_polite_request_say_why_their_level() -> None:
    assert lines("Il y a dix ans, mon patron gardait mon passeport. Je suis libre depuis.", "fr")[-1] == (
        "La situation est terminée → Normale"
    )
    assert lines("Bonjour, aidez-moi s'il vous plaît", "fr") == [
        "Rien dans le message n’appelle un niveau plus élevé → Normale"
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_cause_has_a_translated_label(lang: str) -> None:
    label = build_environment(lang).globals["label"]
    assert set(LABELS["level_cause"]) == {cause.value for cause in Cause}
    for cause in Cause:
        assert label("level_cause", cause.value) != cause.value
