"""Issue 11, sixth round: needs and indicators read after the level (`triage.late_signs`).

New sentences, written for these tests, in several languages: each sign is found, its need
follows unless the message is an emergency, and the urgency is the same with or without it.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need, Urgency


@pytest.mark.parametrize(
    "text",
    [
        "the manager takes 60% of what the girls make",
        "il garde tout le cash depuis l'été",
        "kinukuha ng amo ang kalahati ng sahod ko",
        "patronul opreste jumatate din bani pentru mancare",
        "бригадир затримує гроші вже другий місяць",
        "老板一直拖着工资不给",
    ],
)
def test_pay_taken_is_wages_withheld_with_labour_rights(text: str) -> None:
    result = triage.analyze(text)
    assert Indicator.withholding_of_wages in result.indicators
    assert Need.labour_rights in result.needs
    assert any("pay taken or held back" in line for line in result.explanations)


@pytest.mark.parametrize(
    "text",
    [
        "my boss pays the salary every friday, no problem there",
        "I take the bus to work and my pay is fine",
        "si un patron prend 50% de la paye de quelqu'un, est-ce que c'est du trafic? hypothétiquement",
    ],
)
def test_pay_without_anyone_taking_it_is_no_sign(text: str) -> None:
    assert Indicator.withholding_of_wages not in triage.analyze(text).indicators


def test_a_late_sign_never_changes_the_urgency() -> None:
    text = "he has a knife right now and says he will kill me, he keeps all my pay"
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency
    assert Indicator.withholding_of_wages in result.indicators
    assert Need.labour_rights not in result.needs  # the needs of now come first


@pytest.mark.parametrize(
    "text",
    [
        "je dois encore 4 500 $ au gars qui m'a fait venir",
        "dice que debemos 2 mil cada uno por el pasaje",
    ],
)
def test_an_amount_owed_is_debt_bondage(text: str) -> None:
    result = triage.analyze(text)
    assert Indicator.debt_bondage in result.indicators
    assert any("a debt to pay off" in line for line in result.explanations)


@pytest.mark.parametrize(
    "text",
    ["tu dois venir demain à 9h", "debe llegar a las 10 con el pasaporte", "tengo 300 dólares ahorrados"],
)
def test_must_without_an_amount_owed_is_no_debt(text: str) -> None:
    assert Indicator.debt_bondage not in triage.analyze(text).indicators


@pytest.mark.parametrize(
    "text",
    [
        "we sleep in the garage on a mattress, eight of us",
        "je dors sur un matelas dans l'entrepôt du patron",
        "no tenemos agua desde ayer en la finca",
        "我们住在工地的集装箱里",
        "the boss says no hospital for my broken hand",
    ],
)
def test_living_conditions_and_care_refused_are_abusive_conditions(text: str) -> None:
    assert Indicator.abusive_conditions in triage.analyze(text).indicators


@pytest.mark.parametrize(
    "text",
    [
        "I live in a nice apartment with my sister",
        "je dors mal depuis des mois",
        "no pasa nada, tengo comida",
    ],
)
def test_an_ordinary_home_is_no_abusive_condition(text: str) -> None:
    assert Indicator.abusive_conditions not in triage.analyze(text).indicators


def test_someone_who_has_just_fled_needs_shelter() -> None:
    result = triage.analyze("I ran away from the farm an hour ago, they are driving around looking for me")
    assert Need.shelter in result.needs
    assert any("has just fled" in line for line in result.explanations)


def test_an_escape_years_ago_needs_no_shelter() -> None:
    assert Need.shelter not in triage.analyze("five years ago I escaped from them, now I study nursing").needs


@pytest.mark.parametrize(
    "text",
    [
        "me escapé hace media hora, no tengo dinero ni zapatos",
        "我们被锁在仓库里，两天没吃饭",
        "ми без їжі вже другий день, нема води",
    ],
)
def test_no_money_food_or_clothes_is_a_basic_need_even_in_an_emergency(text: str) -> None:
    assert Need.basic_needs in triage.analyze(text).needs


def test_work_without_pay_is_no_basic_need() -> None:
    assert Need.basic_needs not in triage.analyze("kaam bina paise ke karwata hai").needs


def test_a_removal_threat_needs_immigration() -> None:
    assert Need.immigration in triage.analyze("el jefe dice que le va a avisar a migración si me quejo").needs


# Round 16: a passport held is retention_of_documents alone; the labels give it `immigration`
# only 1 time in 3 where nothing else names the status (triage.late_signs._status).
@pytest.mark.parametrize(
    "text", ["la patronne garde mon passeport depuis que je suis arrivée", "老板扣着我的护照不还"]
)
def test_a_passport_held_alone_is_retention_without_immigration(text: str) -> None:
    result = triage.analyze(text)
    assert Indicator.retention_of_documents in result.indicators
    assert Need.immigration not in result.needs


def test_a_passport_of_ones_own_needs_no_immigration() -> None:
    assert Need.immigration not in triage.analyze("I want to renew my passport at the embassy").needs


def test_an_emergency_explains_no_need_it_leaves_out() -> None:
    text = "il est devant ma porte avec un couteau en ce moment. il garde tout le cash depuis l'été"
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency
    assert Need.labour_rights not in result.needs
    assert "'garde tout le cash' -> withholding_of_wages (pay taken or held back)" in result.explanations


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend checks my phone every night",
        "la señora se llevó los celulares de todas",
        "хозяйка забрала у нас телефоны",
    ],
)
def test_a_phone_taken_or_checked_is_isolation(text: str) -> None:
    assert Indicator.isolation in triage.analyze(text).indicators


@pytest.mark.parametrize("text", ["thử tin nhắn", "call me on my phone after 6", "li voye mesaj ban mwen yè"])
def test_a_phone_alone_is_no_isolation(text: str) -> None:
    assert Indicator.isolation not in triage.analyze(text).indicators


@pytest.mark.parametrize(
    "text",
    [
        "the agency promised me a hotel job and now I clean toilets at a farm",
        "nos prometieron 20 dólares la hora y nos pagan 9",
        "中介说是去餐厅打工，结果是按摩店",
    ],
)
def test_a_broken_promise_is_deception(text: str) -> None:
    assert Indicator.deception in triage.analyze(text).indicators


def test_a_word_that_only_looks_like_an_offer_is_no_deception() -> None:
    assert Indicator.deception not in triage.analyze("the boss of the farm hits the workers").indicators


@pytest.mark.parametrize(
    "text",
    [
        "patron pega yo con palo, mucho dolor",
        "О п'ятій ранку бригадир бив нас палицею",
        "ele batia em nós quando a gente parava",
    ],
)
def test_telegraphic_or_past_hitting_is_violence(text: str) -> None:
    assert Indicator.physical_sexual_violence in triage.analyze(text).indicators


@pytest.mark.parametrize(
    "text",
    [
        "él nunca me pegaba, pero tiene mi pasaporte",
        "woh maarta nahi hai bas paise rakhta hai",
        "bị bắt làm thêm giờ",
    ],
)
def test_hitting_denied_or_a_look_alike_word_is_no_violence(text: str) -> None:
    assert Indicator.physical_sexual_violence not in triage.analyze(text).indicators
