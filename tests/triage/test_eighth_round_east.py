"""Issue 11, eighth round: emergencies of ar, ru, uk, ro, hi, ur, fa, tr, sw by their structure.

Sentences of their own (not the corpus's). Each class is tried in several languages, with hard
negatives beside it: care kept away by a threat on going to the hospital (a condition before
the word of care, or after it in Turkish), a burn told in Arabic typed in Latin letters, an
escape through a window an hour ago, a watcher who says he knows where the person is, a child
handed over to a man today, a death threat "ten minutes ago" in a long romanised sentence that
also names a year gone by.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency

CARE_UNDER_THREAT: list[tuple[str, str]] = [
    ("tr", "Sıcak su bacağıma döküldü, derim soyuldu. Şef hastaneye gidersem beni işten atacağını söylüyor."),
    ("sw", "Nimeungua mkono na damu inatoka sana, bosi anasema nikienda hospitali ataniita polisi."),
    (
        "ru",
        "Мне на стройке разбили голову, кровь течёт. Бригадир "
        "говорит если поеду в больницу, сдаст меня миграционной.",
    ),
    (
        "hi",
        "Malik ne rod se mara, sar se khoon beh raha hai, "
        "kehta hai agar hospital gaya to deport karwa dega",
    ),
    ("en", "The foreman broke my wrist with a pipe. He says if I go to the hospital he calls immigration."),
]

CARE_NOT_REFUSED: list[tuple[str, str]] = [
    # A condition and a word of care without any injury or violence: a question, not a danger.
    ("tr", "Hastaneye gidersem sigortam olmadan ücret öder miyim?"),
    ("ru", "Если я пойду к врачу без страховки, сколько это стоит?"),
    ("en", "If I go to the doctor without a health card, will they ask about my status?"),
]

EMERGENCIES: list[tuple[str, str]] = [
    # A burn in Arabic typed in Latin letters (the root ḥ-r-q), and care refused by "mesh".
    ("ar", "el m3alem 7ara2 rigli bel mayya el s5na w mesh 3ayez ywadini el mostashfa, el waga3 gamed"),
    # Out through a window an hour ago, with the watchers still after the person.
    ("uk", "Я вибралася через вікно годину тому, поки господар спав, тепер сиджу на зупинці."),
    ("ru", "Вылезла через окно полчаса назад, сижу в кафе, они уже 20 раз звонили."),
    # The watcher says he knows where the person is (Arabic in Latin letters), with a call to come fast.
    ("ar", "el ragel elli kan shaghalni wa2ef odam el mahal, ba3atli 'e7na 3arfin enti fein', ta3alo bsor3a"),
    # A child handed over to a man today (Hindi, Devanagari and romanised).
    ("hi", "मेरी 13 साल की भतीजी को आज शाम उसके चाचा एक आदमी के हवाले कर देंगे, उसने पैसे दे दिए हैं"),
    ("hi", "meri student 14 saal ki hai, aaj raat uske papa use ek aadmi ke ghar chhod denge"),
    # A death threat "ten minutes ago" in a run-on sentence that also says when the writer came.
    (
        "hi",
        "main 2022 me aaya tha, sab theek tha, par abhi 15 minute "
        "pehle seth ne chaku dikha ke bola maar dalunga, wo bahar hi hai",
    ),
]

NOT_EMERGENCIES: list[tuple[str, str]] = [
    # A threat "they will find him" about a teenager, nothing now: an ongoing situation.
    ("uk", "Мій брат, йому 16, працює на людей, які пишуть йому, що знайдуть, якщо він піде."),
    # A window, an hour ago, without any escape or danger.
    (
        "ru",
        "Час назад вышла через окно на балкон покурить, "
        "соседи шумят. Где найти юриста по трудовым делам?",
    ),
    # A year gone by, with nothing now: the threat is over.
    ("hi", "2019 me seth ne chaku dikha ke dhamki di thi, ab main safe hoon, bas case karna hai"),
]


@pytest.mark.parametrize(("lang", "text"), CARE_UNDER_THREAT)
def test_care_kept_away_by_a_threat_on_going_is_an_emergency(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), CARE_NOT_REFUSED)
def test_a_condition_on_care_without_harm_is_no_emergency(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is not Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), EMERGENCIES)
def test_eighth_round_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, (lang, result.explanations)


@pytest.mark.parametrize(("lang", "text"), NOT_EMERGENCIES)
def test_eighth_round_not_emergencies(lang: str, text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is not Urgency.emergency, (lang, result.explanations)
