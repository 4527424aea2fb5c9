"""Issue 11, nineteenth round: causes the lead fixed beside the helpers, each on sentences of
the lead's own (none copied from a corpus message), with look-alikes that must not change."""

from __future__ import annotations

import pytest

import triage

pytestmark = pytest.mark.pure


def _minor(text: str) -> bool:
    return "minor_involved" in {indicator.value for indicator in triage.analyze(text).indicators}


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        # French "X de 15 ans" where X is whom the person is to the writer: an age
        ("Ma patiente de 15 ans dit que son proxénète l'attend dans le stationnement.", True),
        ("Mon élève de 14 ans ne dort plus chez elle, un homme la fait travailler.", True),
        ("Une cliente de 16 ans est venue avec un monsieur qui répondait pour elle.", True),
        ("Une travailleuse de 16 ans vit dans l'arrière-boutique.", True),
        ("Ma collègue de 17 ans n'a jamais vu son passeport.", True),
        # a duration or an amount of years stays one
        ("Il a eu une peine de 15 ans pour ce réseau.", False),
        ("Un prêt de 15 ans pour la maison, ça me coûte cher.", False),
        ("Je travaille ici depuis 15 ans.", False),
        ("Pendant plus de 15 ans il a gardé nos papiers.", False),
    ],
)
def test_whom_the_person_is_to_the_writer_then_an_age_is_a_minor(text: str, minor: bool) -> None:
    assert _minor(text) is minor


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # Hindi "तो" opens the main clause: the "not" before it is the condition's
        ("अगर पैसे नहीं आए तो वो मुझे मार देंगे, मालिक ने कहा है।", "emergency"),
        ("काम नहीं किया तो मार डालेगा, रोज़ यही कहता है।", "emergency"),
        # a "not" in the danger's own clause still denies it
        ("वो मुझे नहीं मारता, बस पैसे नहीं देता।", "high"),
        ("उसने मुझे कभी नहीं मारा।", "standard"),
    ],
)
def test_a_hindi_condition_keeps_its_not_to_itself(text: str, urgency: str) -> None:
    assert triage.analyze(text).urgency == urgency
