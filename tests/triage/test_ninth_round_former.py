"""A former relation ("my ex-boss", "mon ancien patron") is a word of the past for the relation,
not for a pursuit told now (Issue 11, ninth round): new sentences, none from the corpus."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("my old boss found me. he is waiting outside my building right now", Urgency.emergency),
        ("my ex-boss found me, he is outside the shelter", Urgency.high),
        ("mon ancien patron m'a trouvée, il attend devant mon immeuble", Urgency.emergency),
        ("meu ex-patrão me achou, ele está esperando lá fora agora", Urgency.emergency),
    ],
)
def test_a_pursuit_by_a_former_boss_is_not_over(text: str, least: Urgency) -> None:
    assert triage.analyze(text).urgency.rank <= least.rank  # rank 0 is emergency


@pytest.mark.parametrize(
    "text",
    [
        "my ex-boss beat me two years ago, I want compensation",
        "my former employer used to lock us in, I left in 2022 and I am safe",
        "mi ex jefe me pegaba, ahora estoy bien y quiero denunciar",
    ],
)
def test_a_story_with_a_former_boss_stays_over(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.standard
