"""Round 20, the lead's own: English words read in a French message that are French words with
another meaning ("pain" is bread, "court" is short or runs), and their English look-alikes."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Need, Urgency

FRENCH_WORDS = [
    # (message, need that must not be read)
    ("Bonjour, on est une boulangerie, on a des surplus de pain le soir pour vos maisons.", Need.medical),
    ("Plus de pain ni de lait à la maison depuis hier, on a faim.", Need.medical),
    ("je suis à court d'argent ce mois-ci, c'est tout", Need.legal),
    ("Pour mon court métrage sur l'exploitation, avez-vous des chiffres?", Need.legal),
]


@pytest.mark.parametrize(("text", "need"), FRENCH_WORDS)
def test_an_english_word_that_is_a_french_word_is_not_read_in_french(text: str, need: Need) -> None:
    result = triage.analyze(text)
    assert result.language == "fr"
    assert need not in result.needs
    assert not any("pain" in reason.quote or "court" in reason.quote for reason in result.reasons)


ENGLISH_STILL = [
    ("I am in a lot of pain since he kicked me", "'pain' -> medical (en lexicon)"),
    ("my court date is next week and I have no lawyer", "'court' -> legal (en lexicon)"),
    # French with an English sentence in it still reads the English words of other meanings
    ("mon patron me frappe. I have chest pain, please help", '"chest pain"'),
]


@pytest.mark.parametrize(("text", "explained"), ENGLISH_STILL)
def test_the_same_words_in_english_still_count(text: str, explained: str) -> None:
    assert any(line.startswith(explained) for line in triage.analyze(text).explanations)


def test_french_reads_its_own_pursuit() -> None:
    result = triage.analyze("le gérant me court après en pick-up, je suis caché derrière le dépanneur")
    assert result.urgency is Urgency.emergency
