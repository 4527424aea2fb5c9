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


CONDITION_THEN_THREAT = [
    # the negation is the condition's ("if I don't go"), the threat after it stands
    ("daca nu vreau ma omoara", Urgency.emergency),
    ("si je ne le suis pas il me tue", Urgency.emergency),
    ("se eu não for ele me mata", Urgency.emergency),
    ("si m pa ale avè l l ap touye m", Urgency.emergency),
    ("if I don't pay he'll kill me tonight", Urgency.emergency),
    ("если я не заплачу он меня убьет", Urgency.emergency),
    ("如果我不去他就杀了我", Urgency.emergency),
]
DENIED_STILL = [
    # the danger word right after the negation is denied, in a condition or not
    "si no me pega es un buen día",
    "if he doesn't hit me today it's a good day",
    "si il ne me frappe pas aujourd'hui c'est une bonne journée",
    "nu ma omoara, doar tipa",
    "如果他不打我就好了",
]


@pytest.mark.parametrize(("text", "level"), CONDITION_THEN_THREAT)
def test_a_negation_inside_a_condition_does_not_deny_the_threat_after_it(text: str, level: Urgency) -> None:
    assert triage.analyze(text).urgency is level


@pytest.mark.parametrize("text", DENIED_STILL)
def test_a_danger_word_right_after_the_negation_stays_denied(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.emergency


RATHER_DIE = [
    "honestly id rather just be gone than have everyone see",
    "i'd rather be dead than go back to him",
    "je préférerais mourir que retourner là-bas",
    "prefiro morrer do que voltar pra ele",
    "mas gusto ko pang mamatay kaysa bumalik doon",
    "aș prefera să mor decât să mă întorc acolo",
    "я лучше умру чем вернусь к нему",
    "краще б мене не було, я не можу повернутися",
    "मैं वापस जाने से मर जाना पसंद करूंगी",
    "我宁愿死也不回去",
    "thà chết còn hơn quay lại chỗ đó",
]


@pytest.mark.parametrize("text", RATHER_DIE)
def test_rather_die_is_self_harm_said_as_a_wish(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency
    assert any("self-harm" in line for line in result.explanations)


def test_not_wanting_to_be_at_a_job_is_no_self_harm() -> None:
    result = triage.analyze("I don't want to be here anymore, this job is boring, can I switch shifts?")
    assert result.urgency is not Urgency.emergency
