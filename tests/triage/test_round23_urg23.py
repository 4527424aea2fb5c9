"""Issue 11, round 23 (urgency): a child and a harm set for the coming hours.

A message that already reads a child's exploitation (`high`) and sets what is done to the child for
tonight, this evening, tomorrow morning or a few hours from now is a child in immediate danger
(TRIAGE.md), not an ongoing situation: the sentences below are written for these tests, in the
languages of the hotline, sharing the cause of the misses read in train23's even half (a marriage, a
client, a trip set for tonight) but not their words. A child said to be safe tonight, a habit ("every
night until 2 am") or a danger denied for tonight stays `high`.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency

TONIGHT = [
    # English: a 15-year-old's "manager" sends her to a client's flat this evening
    "My niece is 15. The man who runs her online ads told her she has to go to a client's flat this evening.",
    # French: a 14-year-old pupil promised to a man for money, he picks her up tonight
    "Ma voisine a 14 ans, son beau-père l'a promise à un homme contre de l'argent, il vient la "
    "chercher cette nuit.",
    # Spanish: a girl of 13 to be married off to an older man this afternoon
    "Mi prima tiene 13 años y sus padres la van a casar con un señor de 50 esta tarde en Oaxaca.",
    # Portuguese: a 16-year-old taken by bus to a mine this night
    "Meu sobrinho de 16 anos foi aliciado por um cara que leva meninos pro garimpo, o ônibus sai essa noite.",
    # Romanian: a 15-year-old girl told she must go with men tonight
    "Fata vecinilor are 15 ani, iubitul ei i-a spus că diseară trebuie să meargă cu niște bărbați.",
    # Russian: a 14-year-old to be driven to another city tomorrow morning by a "producer"
    "Дочке подруги 14 лет, какой-то продюсер увозит её в другой город завтра утром на «съёмки».",
    # Ukrainian: a girl of 13, a man who paid the father comes for her tonight
    "Моїй сестрі 13 років, батько взяв гроші у чоловіка, і той приїде по неї сьогодні вночі.",
    # Arabic: a 14-year-old girl married off this evening
    "أختي عمرها ١٤ سنة، أهلي سيزوجونها هذا المساء لرجل كبير دفع مهرا.",
    # Hindi: a 15-year-old sold to a man, he takes her away tonight
    "मेरी भांजी 15 साल की है, उसके चाचा ने उसे एक आदमी को बेच दिया, वो आज रात उसे ले जाएगा।",
    # Tagalog: a 14-year-old to be brought to a foreigner tonight
    "Ang pamangkin ko ay 14 anyos, dadalhin siya ng tiyuhin niya sa isang foreigner mamayang gabi.",
    # Vietnamese: a girl of 15 taken across the border tonight
    "Em gái tôi 15 tuổi, một người đàn ông hứa việc làm và tối nay sẽ đưa em qua biên giới.",
    # Chinese: a 14-year-old whose "boss" takes her to meet clients tonight
    "我妹妹才十四岁，她打工的老板今晚要带她去陪客人。",
]

KEPT_HIGH = [
    # a child safe tonight: the exploitation goes on, no danger in the coming hours
    "My son is 15 and older guys make him carry packages, he owes them 2000. He's home and safe tonight.",
    # a habit: every night until 2 am
    "Mon neveu de 14 ans travaille chaque nuit jusqu'à 2 h dans le restaurant de son oncle, sans être payé.",
    # a danger denied for tonight
    "Mi sobrina de 16 años entrega paquetes para unos tipos que dicen que les debe dinero. "
    "Esta noche no corre peligro.",
    # somewhere safe for the coming hours: with us, at home
    "Meu filho de 15 anos leva pacotes pra uns caras que dizem que ele deve 3 mil. Hoje à "
    "noite ele está em casa comigo.",
    "Моему сыну 15, старшие парни заставляют его возить свёртки, говорят, он должен им деньги. "
    "Сегодня вечером он дома.",
    "Ang pamangkin kong 16 anyos ay pinapadeliver ng droga ng mga lalaki sa kanto, may utang "
    "daw siya. Nasa bahay siya ngayong gabi.",
]


@pytest.mark.parametrize("text", TONIGHT)
def test_a_child_with_harm_set_for_the_coming_hours_is_an_emergency(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency, result.explanations
    assert any(reason.level is Urgency.emergency for reason in result.reasons)


@pytest.mark.parametrize("text", KEPT_HIGH)
def test_a_child_safe_tonight_or_a_habit_stays_high(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.high


# An age told as "I am N" in romanised Hindi ("main 16 ki hoon") or guessed as a ceiling in English
# ("can't be more than 12"): a minor, so never below `high` (the misses of train23's even half said
# a child's age in these two ways and read `standard`).
MINOR_AGES = [
    "main 16 ki hoon, ek aunty ne naukri ka bolke yahan rakha hai, ghar nahi jaane deti",
    "bhaiya mai 15 ka hu, dhaba malik paise nahi deta aur raat ko bahar nahi jaane deta",
    "The boy selling candy at the intersection every night can't be more than 12, "
    "a man in a car takes his money.",
    "the girl at the nail bar cant be older than 14, she sleeps in the back room",
]


@pytest.mark.parametrize("text", MINOR_AGES)
def test_an_age_said_as_i_am_or_as_a_ceiling_is_a_minor(text: str) -> None:
    result = triage.analyze(text)
    assert "minor_involved" in {i.value for i in result.indicators}, result.explanations
    assert result.urgency in (Urgency.emergency, Urgency.high)
