"""Issue 11, twenty-first round: indicators read from the concept, not from a word that often
comes with it (`triage/lexicons/codes/`, `triage/threats.py`, `triage/shifts.py`).

Sentences of their own (not the corpus's), one class per cause, each with its look-alikes:
- a threat told with its harm first and its condition after ("we'll all get deported if anyone
  calls", "te deportan si hablas", "нас уволят, если пожалуемся"), or whose harm is losing the
  job ("if we complain he fires us", "якщо поскаржимося, звільнить", "如果投诉就开除我们"), is
  `intimidation_threats`; a wish with a condition ("I'd like to go back home if possible"), a
  question ("can they fire me if my permit expires?"), a dismissal told as done ("he fired me
  last week") or the person's own fear ("tengo miedo de que me deporten si...", "я боюсь, что
  меня уволят, если...") is none.
- a working day from a morning hour to late at night or to midnight written with a spaced hour
  ("from 6am until late at night", "de 6 h à minuit", "tới khuya") is `excessive_overtime`.
- pay the employer puts off to a far date ("he will pay us after the season", "заплатит после
  сезона", "旺季过了再给") is `withholding_of_wages`; a payday or the person's own debt is none.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator


def _indicators(text: str) -> set[Indicator]:
    return set(triage.analyze(text).indicators)


class TestThreatHarmFirstOrDismissal:
    @pytest.mark.parametrize(
        "text",
        [
            "I work at the plant. The supervisor says we'll all get deported if anyone calls the union.",
            "I work on the farm and he will fire us if we complain about the pay.",
            "Je travaille à la ferme. Le patron va nous virer si on se plaint.",
            "Trabajo en la granja. El patrón nos despide si hablamos con alguien.",
            "Trabalho na obra. O patrão diz que nos demite se reclamarmos.",
            "Nagtatrabaho ako sa bukid. Sabi ng amo tatanggalin kami kapag nagreklamo kami.",
            "Lucrez la fermă. Șeful ne concediază dacă ne plângem.",
            "Tôi làm ở trang trại. Ông chủ nói nếu chúng tôi khiếu nại thì sẽ đuổi việc hết.",
            "أعمل في المزرعة. المدير قال سيفصلني إذا اشتكيت.",
            "Я работаю на стройке. Бригадир говорит, если пожалуемся, уволит всех.",
            "Я працюю на фермі. Власник каже, якщо поскаржимося, звільнить усіх.",
            "मैं फ़ैक्ट्री में काम करता हूँ। मालिक कहता है अगर शिकायत की तो नौकरी से निकाल देगा।",
            "main factory mein kaam karta hoon. malik bolta hai agar kisi ko bataya toh complaint kar dega.",
            "我在农场干活。老板说如果我们投诉就开除我们。",
        ],
    )
    def test_threat(self, text: str) -> None:
        assert Indicator.intimidation_threats in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "I worked at the farm, they keep my passport. I would like to go back to Mexico if possible.",
            "They keep my passport at the farm. Can they fire me if my permit expires?",
            "He kept my passport at the farm and he fired me last week.",
            "Je travaillais à la ferme, il garde mon passeport. Il m'a viré la semaine passée.",
            "Я работал на стройке, паспорт у бригадира. Меня уволили в прошлом месяце.",
            "我在农场干活，老板扣着我的护照。上个月他把我开除了。",
        ],
    )
    def test_no_threat(self, text: str) -> None:
        assert Indicator.intimidation_threats not in _indicators(text)


class TestFearOfRemovalIsNoThreat:
    @pytest.mark.parametrize(
        "text",
        [
            "Me quitaron el pasaporte en la granja. Tengo miedo de que me deporten si termina el contrato.",
            "Ils gardent mon passeport à la ferme. J'ai peur qu'on me renvoie au pays si le contrat finit.",
            "Паспорт у бригадира. Я боюсь, что меня уволят, если я заболею.",
        ],
    )
    def test_no_threat(self, text: str) -> None:
        assert Indicator.intimidation_threats not in _indicators(text)

    def test_said_by_the_boss_is_a_threat(self) -> None:
        said = "Паспорт у бригадира. Бригадир сказал, что нас уволят, если заболеем."
        assert Indicator.intimidation_threats in _indicators(said)


class TestLongDayToLateNight:
    """A working day from a morning hour to midnight or late at night, the hour written with a
    space ("de 6 h à minuit") or the end said without a number ("tới khuya", "until late at
    night"), is `excessive_overtime`; a day that ends in the evening, or late at night with no
    start, is none."""

    @pytest.mark.parametrize(
        "text",
        [
            "My daughter cleans for a couple. She works from 6am until late at night, madam has her papers.",
            "Ma fille est aide-domestique. Elle travaille de 6 h à minuit, madame garde son passeport.",
            "Elle travaille de 7 h du matin jusqu'à tard le soir, madame garde son passeport.",
            "Mẹ tôi nấu ăn, dọn dẹp từ 5 giờ sáng tới khuya, anh ấy giữ hộ chiếu của mẹ.",
            "Она убирает с 6 утра до поздней ночи, хозяйка держит её паспорт.",
            "她从早上6点干到深夜，老板扣着她的护照。",
        ],
    )
    def test_long_day(self, text: str) -> None:
        assert Indicator.excessive_overtime in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Ma fille est aide-domestique. Elle travaille de 8 h à 17 h, madame garde son passeport.",
            "She works from 9am to 5pm and madam keeps her passport.",
            "Madam keeps her passport and she texts me late at night.",
            "Mẹ tôi gọi cho tôi lúc 5 giờ sáng, anh ấy giữ hộ chiếu của mẹ.",
        ],
    )
    def test_no_long_day(self, text: str) -> None:
        assert Indicator.excessive_overtime not in _indicators(text)


class TestPayPutOffToAFarDate:
    """Pay the employer promises for a far date (a season's end, a holiday, his return) is
    `withholding_of_wages`; a payday, or the person paying someone back later, is none."""

    @pytest.mark.parametrize(
        "text",
        [
            "We work construction for him and sleep in his basement. He says he'll pay us after the season.",
            "On travaille sur ses chantiers. Le patron promet de payer à la fin de la saison.",
            "O patrão diz que paga os três meses de salário depois da temporada.",
            "Patwon an di lè l tounen l ap peye nou.",
            "Șeful zice că ne plătește salariile pe trei luni după sezon.",
            "Ông chủ nói sẽ trả lương ba tháng sau mùa vụ.",
            "Хозяин говорит, что заплатит зарплату за три месяца после сезона.",
            "Власник каже, що заплатить зарплату за три місяці після сезону.",
            "मालिक कहता है तीन महीने की तनख्वाह सीज़न के बाद देगा।",
            "老板说三个月的工资等旺季过了再给。",
        ],
    )
    def test_held_back(self, text: str) -> None:
        assert Indicator.withholding_of_wages in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "We work construction for him and sleep in his basement. He pays us every Friday.",
            "Я должен брату за билет, я заплачу ему после сезона.",
            "Хозяин говорит, что после сезона мы поедем на другую ферму.",
        ],
    )
    def test_not_held_back(self, text: str) -> None:
        assert Indicator.withholding_of_wages not in _indicators(text)
