"""Issue 11, round 22: urgency mechanisms, tested on sentences written for them (not taken from
the round's writers): a safety check-in ("if I don't answer by 23:00, call the police") and
ages spelled out by speech-to-text ("twelve years old")."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need, Urgency
from triage.danger.kinds import What


class TestSafetyCheckIn:
    @pytest.mark.parametrize(
        "text",
        [
            "If I don't reply by 23:00, call the police. I'm at the flat on Main street.",
            "She said if she didn't answer by 10pm to call the police. It's 10:15 and nothing.",
            "If I don't text back by 11 call 911",
            "Si je ne réponds pas avant 23h, appelez la police. Je suis chez lui.",
            "Se eu não responder até as 22h, liga pra polícia.",
            "Si no contesto antes de las 11, llamen a la policía, estoy con él.",
            "Dacă nu răspund până la ora 23, sunați la poliție.",
            "Jeśli nie odpiszę do 22:30, dzwońcie na policję.",
            "Если я не отвечу до 23:00, звоните в полицию.",
            "Якщо я не відповім до 23:00, дзвоніть у поліцію.",
            "如果我十点还没回你，就报警。",
            "如果我十一点还没接电话，你们就报警",
            "Kapag hindi ako sumagot bago mag 11, tumawag kayo sa pulis.",
        ],
    )
    def test_a_deadline_to_call_the_police_is_an_emergency(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.emergency
        assert Need.emergency_safety in result.needs
        assert any(reason.what is What.check_in for reason in result.reasons)

    @pytest.mark.parametrize(
        "text",
        [
            "If I don't answer, call me back at 5.",
            "If my employer doesn't answer my emails by the 15th, can I go to the police?",
            "My boss said if I complain he will call the police on me at 9 tomorrow.",
            "Si no contesto es que estoy trabajando, llámame a las 5.",
        ],
    )
    def test_no_reply_without_police_or_a_question_is_no_check_in(self, text: str) -> None:
        result = triage.analyze(text)
        assert not any(reason.what is What.check_in for reason in result.reasons)

    def test_a_joke_is_not_raised(self) -> None:
        result = triage.analyze("haha if I don't reply by 9 call the police, the cake is that bad lol 😂😂")
        assert result.urgency is not Urgency.emergency


class TestSpelledAges:
    @pytest.mark.parametrize(
        "text",
        [
            "my cousin is twelve years old and they make her do video calls with foreigners every night",
            "ma fille a quatorze ans et un homme la fait travailler la nuit",
            "mi hermana tiene quince años y su novio la obliga a trabajar",
            "minha sobrinha tem treze anos e o patrão não deixa ela sair",
            "моей сестре пятнадцать лет, её заставляют работать",
        ],
    )
    def test_a_spelled_age_under_18_marks_a_minor(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.minor_involved in result.indicators
        assert result.urgency.rank >= Urgency.high.rank

    @pytest.mark.parametrize(
        "text",
        [
            "I worked there for twelve years and he never paid me",
            "twelve years ago I was trafficked, now I need a lawyer",
            "dix-huit ans, je cherche du travail",
        ],
    )
    def test_a_spelled_duration_or_an_adult_is_no_minor(self, text: str) -> None:
        assert Indicator.minor_involved not in triage.analyze(text).indicators
