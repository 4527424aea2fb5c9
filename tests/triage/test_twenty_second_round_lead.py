"""Issue 11, round 22, after holdout22's end score: causes of its missed emergencies, fixed on
sentences written for them (not the set's own): a safety check-in in Haitian Creole (its negation
"pa"), Vietnamese and Hindi, and one kept by a sign sent at intervals ("a dot every hour"); a wish
not to exist said as "it'd be easier if I weren't here"; a beating that follows an unmet quota
("完不成业绩就挨打") read as a condition, not as a denial."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency
from triage.danger.kinds import What


@pytest.mark.parametrize(
    "text",
    [
        "Si m pa reponn anvan 10è, rele lapolis tanpri.",
        "Si li pa ekri w anvan minwi, rele lapolis.",
        "Nếu tôi không trả lời trước 11 giờ, hãy gọi cảnh sát.",
        "Agar main 10 baje tak reply nahi karti to police ko call karna.",
        "إذا لم أرسل لك رسالة كل ساعة فاتصلي بالشرطة.",
        "If I don't send you a dot every hour, call the police.",
        "Si je ne t'envoie pas un point chaque heure, appelle la police.",
    ],
)
def test_more_safety_check_ins_are_emergencies(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency
    assert any(reason.what is What.check_in for reason in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Si m pa jwenn travay, èske lapolis ka ede m?",
        "If I don't send the form every hour, will the police fine me?",
        "Nếu tôi không có giấy tờ, cảnh sát có bắt tôi không?",
    ],
)
def test_questions_about_the_police_are_no_check_in(text: str) -> None:
    result = triage.analyze(text)
    assert not any(reason.what is What.check_in for reason in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "everything is falling apart and honestly it would be easier if i just wasnt here",
        "My family would be better off without me. I can't do this anymore.",
        "i dont want to exist anymore, they took everything",
    ],
)
def test_a_wish_not_to_exist_is_self_harm(text: str) -> None:
    result = triage.analyze(text)
    assert result.urgency is Urgency.emergency
    assert any(reason.what is What.self_harm for reason in result.reasons)


def test_being_away_from_a_place_is_no_wish_to_die() -> None:
    result = triage.analyze("It would be easier if I wasn't here on Mondays, the shifts are long.")
    assert not any(reason.what is What.self_harm for reason in result.reasons)


def test_a_beating_after_an_unmet_quota_is_not_denied() -> None:
    result = triage.analyze("我哥哥在工厂里，每天完不成任务就挨打，老板不让他走。")
    assert result.urgency in (Urgency.high, Urgency.emergency)
    assert not any(reason.what is What.violence and "denied" in str(reason.when) for reason in result.reasons)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("nimewo dosye m se en en de zewo kat senk uit uit, m rele pou papye m", "en en de zewo"),
        ("my file is oh oh five one four five five five, please call", "oh oh five"),
    ],
)
def test_a_number_dictated_from_an_inside_only_word_is_redacted(text: str, number: str) -> None:
    """ "en" (Haitian 1, French "in") and "oh" start no run alone; followed by another such word they do."""
    assert number not in triage.analyze(text).redacted


def test_french_en_before_a_number_word_is_no_number() -> None:
    text = "Je suis arrivée en un an, cinq fois plus de travail."
    assert triage.analyze(text).redacted == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("c'est la mère de Maëlie, 15 ans. elle m'a appelée", "Maëlie"),
        ("I'm the mother of Tanisha and she is not answering", "Tanisha"),
        ("soy la madre de Yuridia y no contesta desde ayer", "Yuridia"),
        ("sou a mãe da Kaillany, ela sumiu ontem", "Kaillany"),
    ],
)
def test_a_relative_named_after_of_is_redacted(text: str, name: str) -> None:
    """The writer is the relative OF the person: "la mère de Maëlie" names Maëlie."""
    assert name not in triage.analyze(text).redacted


@pytest.mark.parametrize(
    "text",
    ["le patron de Walmart nous paie pas", "ma mère de Montréal est malade", "la fille de Saint-Jérôme"],
)
def test_a_business_or_a_place_after_of_is_kept(text: str) -> None:
    assert triage.analyze(text).redacted == text
