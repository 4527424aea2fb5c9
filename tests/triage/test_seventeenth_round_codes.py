"""Issue 11, seventeenth round: indicators read from what the message says happened, not from a
word that often comes with it (`triage/lexicons/codes/`, `triage/late_sign_table.py`).

Sentences of their own (not the corpus's), one class per cause, each with its look-alikes:
- pay asked for or claimed ("he was beaten because he asked for his wages", "pidió su sueldo",
  "я попросила зарплату", "讨薪") is pay held back: `withholding_of_wages`; money, a fee or a
  bill asked of the person ("he asked me to pay $3000", "me pidió dinero para el pasaje"), a
  salary asked about for a job offer, or children begging, are not.
- pay not paid told in the past, of other people or with a pronoun between the words ("ils le
  paient pas", "donde no nos pagaban", "o dono segurava nosso salário", "hindi kami binabayaran",
  "kinakaltasan", "nu ne plăteau", "недоплатили", "quỵt lương") is `withholding_of_wages` as the
  present "il ne me paie pas" is; rent not paid by the person, "segura" (safe), or someone who
  "does not give money" (pocket money) are not.
- material, a speaker or a volunteer post asked for in a language ("bwochi an kreyòl",
  "ملصقات بالعربية", "أتطوع كمترجم", "कोई वक्ता ... पंजाबी में") asks for no `interpretation`, also
  in a question about an imagined case for a class; a person who needs an interpreter still does.
- pay cut short by the one who pays ("pays us less than half", "nos pagaba menos", "платит меньше
  половины", "आधी तनख्वाह देता है", "ne plătește doar jumătate") is `withholding_of_wages`; the
  person paying half a fee or a debt, or "pays less attention", is not.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need


def _indicators(text: str) -> set[Indicator]:
    return set(triage.analyze(text).indicators)


class TestPayAskedForIsPayHeldBack:
    @pytest.mark.parametrize(
        "text",
        [
            "The supervisor hit my cousin with a pipe because he asked for his wages.",
            "Le contremaître l'a enfermé dans la remise parce qu'il a réclamé son salaire.",
            "El capataz le pegó a mi hermano porque pidió su sueldo de dos meses.",
            "O encarregado trancou meu marido no galpão porque ele cobrou o salário.",
            "Sinaktan siya ng amo dahil humingi siya ng sahod niya.",
            "Bòs la bat li paske li mande kòb li.",
            "Șeful l-a bătut pe fratele meu pentru că a cerut salariul.",
            "Ông chủ nhốt anh ấy trong kho vì anh ấy đòi lương.",
            "المشرف ضرب أخي لأنه طالب براتبه.",
            "Бригадир избил брата, потому что тот потребовал зарплату.",
            "Хазяїн вигнав нас на вулицю, бо ми попросили зарплату.",
            "मालिक ने उसे कमरे में बंद कर दिया क्योंकि उसने अपनी मजदूरी माँगी।",
            "他去找老板讨薪，被老板打了。",
        ],
    )
    def test_pay_asked_for_is_withheld(self, text: str) -> None:
        assert Indicator.withholding_of_wages in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "The recruiter asked me to pay 3000 dollars for the visa.",
            "I asked about the salary for the job and they said 20 an hour.",
            "Il m'a demandé de payer le loyer en avance.",
            "Me pidió dinero para pagar el pasaje.",
            "Gen timoun k ap mande lajan devan makèt la chak samdi.",
            "Mi-a cerut banii pe chirie înainte să mă mut.",
            "Він попросив у мене гроші на квиток.",
        ],
    )
    def test_money_asked_of_the_person_or_a_job_offer_is_not(self, text: str) -> None:
        assert Indicator.withholding_of_wages not in _indicators(text)


class TestPayNotPaidInAnyTenseOrPerson:
    @pytest.mark.parametrize(
        "text",
        [
            "Mon frère travaillait dans une serre à Mirabel, ils le payaient pas.",
            "Mi prima limpiaba casas en Laval y nunca le pagaron.",
            "Trabajé un año en un vivero donde no nos pagaban.",
            "Fiquei dois anos numa fazenda onde o patrão segurava o salário de todos.",
            "Lavoravo in un ristorante dove non mi pagavano.",
            "Ang sabi ng pinsan ko, tatlong buwan na hindi pa sila binabayaran ng amo nila.",
            "Kinakaltasan pa kami ng employer ng 300 dolyar kada buwan para sa renta.",
            "Yung sahod namin binabawasan ng amo para sa pagkain.",
            "Lucram la o fermă unde nu ne plăteau deloc.",
            "На стройке нам недоплатили за два месяца.",
            "Бригадир недоплатив нам за весь сезон.",
            "Bên môi giới quỵt tiền công của anh ấy suốt mùa vụ.",
        ],
    )
    def test_pay_not_paid_in_the_past_or_of_others(self, text: str) -> None:
        assert Indicator.withholding_of_wages in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Mes colocs paient pas leur part du loyer.",
            "Yo no pagaba el alquiler a tiempo y el dueño se enojó.",
            "Estou segura agora, mas sem dinheiro para o ônibus.",
            "Мама не дает мне денег на кино.",
            "Мама не дає грошей на кишенькові витрати.",
        ],
    )
    def test_rent_or_pocket_money_is_not(self, text: str) -> None:
        assert Indicator.withholding_of_wages not in _indicators(text)


class TestMaterialInALanguageIsNoInterpreter:
    @pytest.mark.parametrize(
        "text",
        [
            "Sou professora e preparo uma aula: e se alguém fosse obrigado a trabalhar sem salário? "
            "Vocês têm material em português?",
            "Nou se yon gwoup jèn nan legliz la. Èske nou ka jwenn bwochi an kreyòl sou trafik moun?",
            "أريد أن أتطوع كمترجم للغة العربية معكم.",
            "هل عندكم ملصقات بالعربية للمركز الإسلامي؟",
            "क्या आप हमारे कार्यक्रम के लिए कोई वक्ता भेज सकते हैं जो पंजाबी में बात करे?",
            "한국어로 강의해 줄 강사를 보내 주실 수 있나요?",
        ],
    )
    def test_material_or_a_speaker_asks_for_no_interpreter(self, text: str) -> None:
        assert Need.interpretation not in set(triage.analyze(text).needs)

    @pytest.mark.parametrize(
        "text",
        [
            "Si yon moun pa pale angle, èske li ka jwenn yon entèprèt?",
            "My sister only speaks Arabic and needs an interpreter for her hearing about her old boss.",
        ],
    )
    def test_a_person_who_needs_an_interpreter_still_does(self, text: str) -> None:
        assert Need.interpretation in set(triage.analyze(text).needs)


class TestPayCutShortIsPayHeldBack:
    @pytest.mark.parametrize(
        "text",
        [
            "The farm owner pays us less than half of what the contract says.",
            "Le patron nous paie moins que le salaire minimum depuis le printemps.",
            "El encargado nos pagaba menos de lo que marcaba el contrato.",
            "O dono da obra nos paga só metade do combinado.",
            "Хозяин платит нам меньше половины обещанного.",
            "Роботодавець платить менше мінімалки.",
            "मालिक हमें आधी तनख्वाह देता है।",
            "Șeful ne plătește doar jumătate din ore.",
            "老板每个月只给一半工资。",
        ],
    )
    def test_less_than_due_is_withheld(self, text: str) -> None:
        assert Indicator.withholding_of_wages in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "I paid half of the recruitment fee already and still owe the rest.",
            "Pagué la mitad del pasaje y me falta la otra mitad.",
            "He pays less attention to me since the baby came.",
            "Я заплатила половину долга агентству.",
        ],
    )
    def test_the_person_paying_is_not(self, text: str) -> None:
        assert Indicator.withholding_of_wages not in _indicators(text)
