"""Guards found when the round's rule branches were merged (issue 11, tenth round): words of
the concept layer that are everyday words alone ("pular o almoço": skip lunch; "sem fome":
not hungry; "waiting" before a school)."""

from __future__ import annotations

import pytest

import triage


@pytest.mark.parametrize(
    "text",
    [
        "hoje vou pular o almoço, to sem fome, tem reunião às 13h",
        "엄마가 학교 앞에서 기다리고 있어요. 상담 시간 알려 주세요",
        "the door closed behind me when I came into the shelter, I feel safe",
    ],
)
def test_everyday_words_are_no_emergency(text: str) -> None:
    assert triage.analyze(text).urgency.value != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "amanhã cedo vou pular da ponte, já escrevi as cartas pros meus filhos",
        "to trancada faz 2 dias no quarto, passando fome, socorro",
    ],
)
def test_the_same_concepts_in_danger_stay_emergencies(text: str) -> None:
    assert triage.analyze(text).urgency.value == "emergency"
