"""Issue 11, sixteenth round: false alarms read by the lead in earlier rounds' notes, fixed by
rules tested on sentences written for these tests."""

from __future__ import annotations

import triage
from triage.codes import Indicator, Urgency


def test_a_man_who_only_shouts_is_no_violence_happening_now() -> None:
    result = triage.analyze("Mi esposo nunca me pegó, solo grita mucho. ¿Eso es violencia?")
    assert result.urgency is not Urgency.emergency
    assert Indicator.physical_sexual_violence not in result.indicators


def test_being_shouted_at_by_the_employer_is_degrading_treatment() -> None:
    result = triage.analyze("cuido a los niños de una familia en Laval, la patrona me grita todo el día")
    assert Indicator.abusive_conditions in result.indicators
    assert Indicator.physical_sexual_violence not in result.indicators


def test_someone_heard_screaming_while_beaten_is_still_an_emergency() -> None:
    result = triage.analyze("la vecina está gritando, la están golpeando ahora mismo")
    assert result.urgency is Urgency.emergency


# Read after holdout16's end score: the causes, tested on sentences written for these tests.
def test_fled_from_where_they_were_held_and_followed_now_is_an_emergency() -> None:
    text = "ya me sali de la casa donde me tenian pero ahora un carro negro me viene siguiendo"
    assert triage.analyze(text, second_opinion=False).urgency is Urgency.emergency


def test_the_same_escape_years_ago_is_over() -> None:
    text = "Hace tres años me sali de la casa donde nos tenian. Hoy estoy bien, quiero estudiar."
    assert triage.analyze(text, second_opinion=False).urgency is not Urgency.emergency


def test_a_relatives_fear_of_deportation_is_no_threat_now() -> None:
    for text in (
        "Мій чоловік працює на фермі, каже, що не спить ночами, боїться, що його вишлють.",
        "Мой муж работает на ферме, говорит, что не спит ночами, боится, что его вышлют.",
    ):
        assert triage.analyze(text, second_opinion=False).urgency is not Urgency.emergency, text


def test_pills_someone_else_gives_are_no_self_harm() -> None:
    for text in (
        "Ей там дают какие-то таблетки, и она уже без них не может.",
        "Йому на фермі дають якісь таблетки, щоб працював довше.",
    ):
        result = triage.analyze(text, second_opinion=False)
        assert Indicator.self_harm_risk not in result.indicators, text


def test_pills_bought_to_be_taken_tonight_are_self_harm_now() -> None:
    for text in ("я купила таблетки, вип'ю їх сьогодні вночі", "я купил таблетки и сегодня выпью их все"):
        assert triage.analyze(text, second_opinion=False).urgency is Urgency.emergency, text


def test_a_part_of_the_day_in_a_sentence_a_year_dates_is_no_now() -> None:
    for text in (
        "В 2018 году меня ночью увезли в фургоне из Монреаля в Калгари.",
        "У 2018 році мене вночі вивезли в фургоні з Монреаля до Калгарі.",
    ):
        assert triage.analyze(text, second_opinion=False).urgency is not Urgency.emergency, text


def test_a_part_of_the_day_alone_or_tonight_stays_now() -> None:
    for text in ("Меня ночью увезли в фургоне из Монреаля.", "Сегодня ночью меня увезут в фургоне."):
        assert triage.analyze(text, second_opinion=False).urgency is Urgency.emergency, text
