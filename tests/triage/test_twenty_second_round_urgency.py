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


class TestBeatingHeldBackByACondition:
    @pytest.mark.parametrize(
        "text",
        [
            "they said if he doesn't do what they say they will beat him, right now he moves money for them",
            "dacă nu face ce zic ei îl bat, și acum lucrează pe șantier",
            "ils disent que s'il ne paie pas ils vont le frapper, maintenant il travaille pour eux",
            "dicen que si no paga le van a pegar, ahora trabaja para ellos",
        ],
    )
    def test_a_beating_that_waits_on_the_act_is_a_threat_not_an_emergency(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.high
        assert Indicator.intimidation_threats in result.indicators

    @pytest.mark.parametrize(
        "text",
        [
            "he is beating me right now, if you don't come he will kill me",
            "il me frappe en ce moment, aidez-moi",
            "Sunt șofer, din remorca se aud bătăi în perete acum",
        ],
    )
    def test_a_beating_now_or_a_false_condition_stays_an_emergency(self, text: str) -> None:
        assert triage.analyze(text).urgency is Urgency.emergency


class TestContactLostJustAfterAnAlarm:
    @pytest.mark.parametrize(
        "text",
        [
            "My sister works at a spa, her boss took her passport. She texted me 10 min ago that she is"
            " scared and now she's not answering.",
            "My cousin (15) wrote me just now that a man took her to his car, her phone went dead.",
            "Моя дочь (16) написала 10 минут назад, что её посадили в машину. Теперь не отвечает.",
            "Ma nièce de 15 ans m'a écrit il y a 10 min qu'un homme l'emmène en voiture, elle répond plus.",
            "Nepoata mea de 15 ani mi-a scris acum 5 minute că un bărbat o duce cu mașina. Nu mai răspunde.",
        ],
    )
    def test_a_person_silent_minutes_after_writing_an_alarm_is_an_emergency(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.emergency
        assert Need.emergency_safety in result.needs

    @pytest.mark.parametrize(
        "text",
        [
            "My boss keeps my passport, I called him 10 minutes ago about my wages and he's not answering.",
            "Mi prima trabaja en una finca y le quitaron el pasaporte, hace 3 semanas que ya no contesta.",
        ],
    )
    def test_the_writers_own_unanswered_call_or_an_old_silence_stays_high(self, text: str) -> None:
        assert triage.analyze(text).urgency is Urgency.high


class TestSelfHarmTonightWithTheSubjectSaid:
    @pytest.mark.parametrize(
        "text",
        [
            "мені 15. хтось має мої фото і каже що розішле всім. сьогодні вночі я все закінчу",
            "мне 15. у кого-то мои фото, говорит разошлёт всем. сегодня ночью я всё закончу",
            "dziś w nocy ze wszystkim skończę",
        ],
    )
    def test_ending_it_all_tonight_is_an_emergency_with_self_harm(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.emergency
        assert Indicator.self_harm_risk in result.indicators
