"""Issue 11, nineteenth round: indicators read from the concept, not from a word that often
comes with it (`triage/lexicons/`, `triage/lexicons/codes/`, `triage/late_signs.py`).

Sentences of their own (not the corpus's), one class per cause, each with its look-alikes:
- a phone taken is the person cut off from others (`isolation`), not an identity document
  retained (`retention_of_documents`); a passport taken still is.
- a debt owed to the person ("he owes me 5 weeks pay", "il me doit 2800 $", "老板还欠我工资")
  or to a bank ("my debt to the bank", "bankaya kredi kartı borcum") is no debt bondage; a
  debt the person owes someone still is, even beside one of those.
- a threat made on the person's papers (he will not sign or renew them, he will cancel the
  permit), on the family back home (they will come to them, kidnap a child) or told as
  "whoever complains..." is `intimidation_threats`, as a beating or a deportation is; the same
  words told as news or as a question are none.
- pay not received for a time ("on a pas eu de paie depuis 6 semaines", "wala akong sahod 3
  buwan na", "3 mahine se payment nahi mila", "nu m-a mai plătit din martie") is
  `withholding_of_wages`; pay received, or a wage named with no word of not getting it, is none.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator


def _indicators(text: str) -> set[Indicator]:
    return set(triage.analyze(text).indicators)


class TestAPhoneTakenIsIsolationNotADocument:
    @pytest.mark.parametrize(
        "text",
        [
            "The boss took my phone and I work 14 hours every day at the farm.",
            "Le patron a pris mon téléphone, je travaille tous les jours au restaurant.",
            "El jefe me quitó el teléfono y trabajo todos los días en la granja.",
            "O patrão pegou meu celular e trabalho todos os dias na obra.",
            "Kinuha ng amo ang cellphone ko, araw-araw akong nagtatrabaho.",
            "Patwon an pran telefòn mwen, m ap travay chak jou.",
            "Șeful mi-a luat telefonul și lucrez în fiecare zi pe șantier.",
            "Ông chủ lấy điện thoại của tôi, tôi làm việc mỗi ngày.",
            "صاحب العمل اخذ هاتفي وأعمل كل يوم في المزرعة.",
            "Хозяин забрал мой телефон, я работаю каждый день на ферме.",
            "Хазяїн забрав мій телефон, я працюю щодня на фермі.",
            "मालिक ने मेरा फोन ले लिया, मैं रोज़ फ़ार्म पर काम करता हूँ।",
            "老板把我的手机拿走了，我每天在农场干活。",
        ],
    )
    def test_isolation_and_no_document(self, text: str) -> None:
        found = _indicators(text)
        assert Indicator.isolation in found
        assert Indicator.retention_of_documents not in found

    @pytest.mark.parametrize(
        "text",
        [
            "The boss took my passport and I work 14 hours every day at the farm.",
            "Le patron a pris mon passeport, je travaille tous les jours au restaurant.",
            "El jefe me quitó el pasaporte y trabajo todos los días en la granja.",
            "Хозяин забрал мой паспорт, я работаю каждый день на ферме.",
            "老板把我的护照拿走了，我每天在农场干活。",
            "He took our phones and our passports, we work at the farm.",
        ],
    )
    def test_a_passport_taken_still_is_retained(self, text: str) -> None:
        assert Indicator.retention_of_documents in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Nos quitan los celulares y trabajamos en la granja.",
            "Șeful ne-a luat telefoanele și lucrăm pe șantier.",
            "老板收了手机，我们在工厂干活。",
        ],
    )
    def test_the_level_stays_high(self, text: str) -> None:
        assert triage.analyze(text).urgency.value == "high"


class TestADebtOwedToThePersonOrToABankIsNoBondage:
    @pytest.mark.parametrize(
        "text",
        [
            "My boss owes me 5 weeks pay, 2000 dollars, and still has my SIN card.",
            "Le patron me doit genre 2800 $ depuis juin, je travaille sur les toits.",
            "El patrón me debe 3000 dólares de sueldo de la granja.",
            "O patrão me deve 2 meses de salário, uns 4 mil.",
            "Хозяин должен мне 2000 долларов за работу на ферме.",
            "Хазяїн винен мені 2000 доларів за роботу на фермі.",
            "老板还欠我三个月工资，一共两万块。",
            "I have a debt to the bank, about 30,000, and I work two jobs by choice.",
            "Am o datorie la bancă în România, vreo 30.000 de lei, și lucrez în Ontario.",
            "Bankaya kredi kartı borcum var, iki işte çalışıyorum.",
            "पासपोर्ट मेरे पास है, कर्ज़ सिर्फ़ बैंक का एजुकेशन लोन है, मालिक ठीक आदमी है।",
            "Tengo una deuda con el banco de 20 mil pesos, por eso trabajo en la granja.",
        ],
    )
    def test_no_debt_bondage(self, text: str) -> None:
        assert Indicator.debt_bondage not in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "I owe the agency 5000 dollars for the flight and they take it from my pay.",
            "Je dois 5000 $ à l'agence pour le billet d'avion.",
            "Le debo 8.000 dólares a la señora que me trajo.",
            "Я должна агенту 4000 долларов за билет.",
            "我欠中介三万五的中介费，每天要还钱。",
            "He owes me two months of pay and says I owe him 3000 for the flight.",
            "I have a bank loan back home and the agent says I owe him 6000 for the visa.",
        ],
    )
    def test_a_debt_the_person_owes_still_is(self, text: str) -> None:
        assert Indicator.debt_bondage in _indicators(text)


class TestAThreatOnPapersOrOnTheFamilyAtHome:
    @pytest.mark.parametrize(
        "text",
        [
            "If I complain, he says he won't sign my papers for the PR.",
            "Dacă mă plâng, zice că nu-mi semnează hârtiile pentru PR.",
            "Si je me plains, il dit qu'il signera pas mes papiers.",
            "Если я пожалуюсь, он не продлит мне разрешение на работу.",
            "Якщо поскаржуся, він не продовжить мені дозвіл.",
            "Сказали, если не отработает, приедут к нам в Харьков.",
            "Si m pa voye lajan an, l ap fè yo kidnape pitit mwen an Ayiti.",
            "Si no pago, dicen que van a secuestrar a mi hermano en Honduras.",
            "Бригадир говорит: кто пожалуется — того посадят.",
            "boss bola complaint kiya to kal hi India bhej dega",
        ],
    )
    def test_a_threat(self, text: str) -> None:
        assert Indicator.intimidation_threats in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "My brother was kidnapped last year in Haiti and now I work here.",
            "Hindi ko alam kung paano ako magre-renew ng permit.",
            "I signed my papers yesterday and I work in a restaurant.",
            "Мой брат раньше работал на ферме, теперь приедут к нам родители.",
            "What happens if the employer won't sign my papers?",
        ],
    )
    def test_no_threat(self, text: str) -> None:
        assert Indicator.intimidation_threats not in _indicators(text)


class TestPayNotReceivedForATime:
    @pytest.mark.parametrize(
        "text",
        [
            "On a pas eu de paie depuis 6 semaines, on nettoie des bureaux.",
            "Wala akong sahod 3 buwan na, naglilinis ako sa bahay ng amo.",
            "Main 2 saal bina tankhwah kaam kiya uncle ke ghar.",
            "3 mahine se payment nahi mila, truck chalata hoon.",
            "Fiul ei nu m-a mai plătit din martie, lucrez ca îngrijitoare.",
            "Szef nie płacił mi przez pół roku na budowie.",
            "老板不给我们加班费，每天干十二个小时。",
            "I haven't received my salary for three months at the farm.",
            "No me han dado mi sueldo desde marzo en la granja.",
        ],
    )
    def test_wages_withheld(self, text: str) -> None:
        assert Indicator.withholding_of_wages in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "I received my salary on Friday, I work at the farm.",
            "On a eu notre paie hier, on nettoie des bureaux.",
            "May sahod ako tuwing Biyernes, naglilinis ako sa bahay ng amo.",
            "Payment mil gaya, truck chalata hoon.",
            "Wala akong pera pang-renta, naglilinis ako sa bahay ng amo.",
            "I haven't received any answer from the lawyer, I work at the farm.",
        ],
    )
    def test_pay_received_is_none(self, text: str) -> None:
        assert Indicator.withholding_of_wages not in _indicators(text)
