"""Issue 11, eighteenth round: causes the lead found and fixed, each on sentences of our own."""

from __future__ import annotations

import pytest

from triage import analyze
from triage.codes import Urgency
from triage.redaction import redact
from triage.second_opinion.opinion import told_as_over


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # how the writer is, capitalised after a weak cue ("c'est", "soy", "I am") and before a
        # comma or at the end: a word the operator needs, not a name
        ("c'est Grave, il me frappe", "Grave"),
        ("soy Menor, tengo 15 y me tienen encerrada", "Menor"),
        ("Sou Menor, tenho 15 anos", "Menor"),
        ("I am Exhausted, they take my pay", "Exhausted"),
        ("Ich bin Verzweifelt", "Verzweifelt"),
        ("mi chiamo Giulia e sono Stanca", "Stanca"),
        ("sunt Disperată, ajutor", "Disperată"),
        # whom one calls: Haitian "m rele" is also "my name is"; French "qu'on appelle" also
        # "whom we call"; "nombre" is the Spanish "name"
        ("Li di si m rele lapolis l ap touye m.", "lapolis"),
        ("patwon an di si m plenn li rele imigrasyon sou mwen", "imigrasyon"),
        ("il veut pas qu'on appelle l'ambulance, ça saigne", "l'ambulance"),
        ("je cherche le nombre d'appels à votre ligne en 2025", "d'appels"),
    ],
)
def test_a_word_of_the_message_after_a_cue_is_no_name(text: str, word: str) -> None:
    assert word in redact(text)[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soy Lupita, tengo 15", "Lupita"),
        ("mi chiamo Giulia e sono stanca", "Giulia"),
        ("Bonjou, m rele Wilda, m bezwen èd", "Wilda"),
        ("Hi it's Maria, I need help", "Maria"),
        ("c'est Xochitl qui m'a amenée ici", "Xochitl"),
    ],
)
def test_a_name_after_the_same_cues_is_still_taken(text: str, name: str) -> None:
    assert name not in redact(text)[0]


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("En 2018, il m'a enfermée toute la nuit dans la cave et m'a frappée.", True),
        ("Il ne m'a jamais frappée, mais il garde mon passeport.", True),  # denied, and a hold
        ("il m'a enfermée dans la cave, il me frappe, aidez moi", False),  # now
        ("En 2018 il m'a frappée. Ce soir il m'a encore enfermée.", False),  # one danger now
        ("Bonjour, est-ce que la ligne est gratuite ?", False),  # no danger read at all
    ],
)
def test_a_story_told_as_over_is_one_whose_every_danger_is_past_or_denied(text: str, over: bool) -> None:
    assert told_as_over(analyze(text, second_opinion=False)) is over


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title, a first name that is also a town, a surname
        ("Hi, Cst. Brandon Kejick, Thunder Bay Police Service.", "Brandon"),
        ("Bonjour, Mme Regina Tremblay de l'école m'a appelée", "Regina"),
        # a middle initial between the names
        ("Pwede po ba kayong tumulong? Rowena B. Castillo, WhatsApp", "Castillo"),
        ("Thank you, Maria T. Gonzales", "Gonzales"),
        # who runs the work or the papers
        ("Crew leader Dipak take $300 each month from us", "Dipak"),
        ("the consultant Mehul said the job was ready", "Mehul"),
        # the name before "speaking" in Hindi
        ("नमस्ते, मैं अखबार से रश्मि वर्मा बोल रही हूँ।", "रश्मि"),
    ],
)
def test_names_after_titles_roles_and_with_initials_are_taken(text: str, name: str) -> None:
    assert name not in redact(text)[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I moved to Brandon last year for the farm job", "Brandon"),
        ("Mr. Brandon lives in Regina now", "Regina"),
        ("Plan B. Then we go to the shelter", "Then"),
        ("Team leader said no days off", "said"),
    ],
)
def test_towns_and_words_beside_them_stay(text: str, word: str) -> None:
    assert word in redact(text)[0]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a former employer at the door now: the relation is over, the pursuit is not
        (
            "Її колишній роботодавець зараз стоїть під нашим будинком, стукає у двері, кричить що забере її.",
            Urgency.emergency,
        ),
        ("Её бывший работодатель сейчас стоит под нашим домом и стучит в дверь.", Urgency.emergency),
        ("Мій колишній роботодавець бив мене, але це давно минуло.", Urgency.standard),
        ("Бывший хозяин меня бил, сейчас я в безопасности.", Urgency.standard),
        # on the stairs to the writer, now
        ("he broke my phone, he is coming up the stairs now with the big scissors", Urgency.emergency),
        ("Last year the landlord was coming up the stairs every morning to check on us.", Urgency.standard),
    ],
)
def test_someone_at_the_door_now(text: str, level: Urgency) -> None:
    assert analyze(text, second_opinion=False).urgency is level
