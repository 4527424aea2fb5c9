"""Issue 11, sixteenth round: needs said as a wish or a situation, on messages from new writers,
read after the level so that it never moves (`triage/late_signs.py`, `triage/settled_needs.py`,
`triage/lexicons/codes/`).

Sentences of their own (not the corpus's), one class per test, each with its near miss:
- studies, a language to learn or other work wished for by the person ("she wants to go back to
  school", "quiero estudiar enfermería", "хочу найти другую работу", "想学英语") ask for
  `employment_education`, also while the situation goes on (`high`), where training otherwise
  waits until the person is out; a course the boss makes them pay for, or school named
  without a wish, does not.
- pay not paid, said of other people or in the passive ("il n'a pas été payé" is listed; "travail
  non payé", "nu a fost plătit", "pa peye yo", "poko touche", "неоплаченная зарплата", "一分没拿到")
  and pay kept "to save it" for the worker ("工资帮我们存着") are `withholding_of_wages`; the same
  verbs of rent or of a bill are not.
- accounts, cards, loans or debts put in the person's name by those who exploited them ("cartes de
  crédit à mon nom", "кредиты на её имя", "conturi pe numele meu", "用我的名字开户") ask for
  `legal` (fraud, debts to contest); the person's own name given, or an account named alone,
  does not.
- a passport, a permit or "papers" held by someone else is `retention_of_documents` and asks for
  no `immigration` by itself (the labels give it 1 time in 3 where nothing else names the status);
  a status at stake (deportation, no papers, the immigration office) still does.
- a dependence said as a situation ("she's dopesick", "drinking to sleep", "离了安眠药就睡不着",
  "не может уснуть без таблеток") asks for `substance_use`; a medical treatment ("tratamento",
  "лікування", "điều trị") or drugs the person is made to carry do not;
- Tagalog "matutulungan" (can be helped) is a word of its own, not a one-letter typo of
  "matutulugan" (a place to sleep): it asks for no `shelter`; "walang matutulugan" still does.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need, Urgency


def _needs(text: str) -> set[Need]:
    return set(triage.analyze(text).needs)


class TestStudiesWishedForAskForEducation:
    @pytest.mark.parametrize(
        "text",
        [
            "My boss in Regina keeps my passport and pays me 300 a month. I want to study nursing one day.",
            "Le patron garde mon passeport et ne me paie pas. Je voudrais retourner à l'école.",
            "El patrón tiene mi pasaporte y no me paga. Quisiera aprender inglés para buscar otro empleo.",
            "O patrão ficou com meu passaporte e não me paga. Eu queria estudar e arranjar outro emprego.",
            "Hawak ng amo ang passport ko at hindi ako binabayaran. Gusto ko sanang mag-aral ulit.",
            "Patwon an kenbe paspò m, li pa peye m. Mwen vle aprann angle pou m jwenn lòt travay.",
            "Patronul mi-a luat pașaportul și nu mă plătește. Aș vrea să învăț engleză.",
            "Chủ giữ hộ chiếu của tôi và không trả lương. Tôi muốn đi học tiếng Anh.",
            "صاحب الشغل أخذ جوازي وما بيدفعلي. بدي أتعلم إنجليزي وأدور على شغل تاني.",
            "Хозяин забрал мой паспорт и не платит. Я хочу учиться и найти другую работу.",
            "Господар забрав мій паспорт і не платить. Я хочу вчитися на кухаря.",
            "मालिक ने मेरा पासपोर्ट रख लिया है और पैसे नहीं देता। मैं पढ़ाई करना चाहती हूँ।",
            "老板扣着我的护照，不发工资。我想去上学。",
        ],
    )
    def test_a_wish_to_study_or_change_work_asks_for_education_now(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.high
        assert Need.employment_education in result.needs

    @pytest.mark.parametrize(
        "text",
        [
            "My boss in Regina keeps my passport and makes me pay for the safety course.",
            "Le patron garde mon passeport et ne me paie pas. Ma fille est à l'école.",
            "El patrón tiene mi pasaporte y no me paga. Mis hijos van a la escuela aquí.",
            "Хозяин забрал мой паспорт и не платит. Дети ходят в школу рядом.",
        ],
    )
    def test_school_or_a_course_named_without_a_wish_does_not(self, text: str) -> None:
        assert Need.employment_education not in _needs(text)


class TestPayNotPaidSaidOfOthersIsWithheld:
    @pytest.mark.parametrize(
        "text",
        [
            "My brother worked on a farm near Leamington and he was not paid for the whole summer.",
            "Mon voisin a fait du travail non payé dans une ferme de Saint-Rémi tout l'été.",
            "Mi primo trabaja en una granja y el patrón no le paga desde marzo.",
            "Meu irmão trabalhou três meses numa obra e não foi pago.",
            "Patwon an pa peye yo depi twa mwa, yo travay chak jou.",
            "Travay nan fèm lan depi avril, m poko touche anyen.",
            "Fratele meu a lucrat la o fermă și nu a fost plătit două luni.",
            "Брат работал на стройке, ему должны неоплаченную зарплату за три месяца.",
            "Брат працював на будові, і йому не оплатили три місяці роботи.",
            "我在餐馆干了半年，老板说工资帮我们存着，一分没拿到。",
        ],
    )
    def test_pay_not_paid_is_withholding_of_wages(self, text: str) -> None:
        assert Indicator.withholding_of_wages in set(triage.analyze(text).indicators)

    @pytest.mark.parametrize(
        "text",
        [
            "My brother moved to Leamington and the rent is paid by the month. Where can he find a clinic?",
            "Mon voisin cherche un logement près de Saint-Rémi, le loyer est payé d'avance.",
            "我在银行存着一点钱，想问问怎么寄回家。",
        ],
    )
    def test_rent_or_savings_are_not(self, text: str) -> None:
        assert Indicator.withholding_of_wages not in set(triage.analyze(text).indicators)


class TestDebtsInThePersonsNameAskForLegal:
    @pytest.mark.parametrize(
        "text",
        [
            "I left him last spring but there are still three loans in my name that he took out.",
            "Je suis partie l'an passé, mais il reste des cartes de crédit à mon nom.",
            "Ya salí de eso, pero abrieron cuentas a mi nombre y ahora el banco me llama.",
            "Já saí, mas ficaram dívidas no meu nome que ele fez.",
            "Am plecat de la ei, dar au rămas credite pe numele meu.",
            "Я ушла от него, но он взял кредиты на моё имя.",
            "Я пішла від нього, але він оформив позики на моє ім'я.",
            "他们用我的名字开户转钱，我现在不干了。",
        ],
    )
    def test_debts_or_accounts_in_the_persons_name_ask_for_legal(self, text: str) -> None:
        assert Need.legal in _needs(text)

    @pytest.mark.parametrize(
        "text",
        [
            "I left him last spring. My name is on a shelter list, can I open a bank account?",
            "Je suis partie l'an passé et j'ai ouvert un compte à la banque. Mon nom est long.",
            "Я ушла от него и открыла новый счёт в банке.",
        ],
    )
    def test_an_account_or_a_name_alone_does_not(self, text: str) -> None:
        assert Need.legal not in _needs(text)


class TestAPassportHeldAloneAsksForNoImmigration:
    @pytest.mark.parametrize(
        "text",
        [
            "The owner of the motel keeps my passport in his safe and pays me 600 a month.",
            "O dono do restaurante guarda o meu passaporte no cofre dele.",
            "Хозяйка забрала мой паспорт и не отдаёт уже месяц.",
            "Patwon an kenbe paspò m nan biwo li depi janvye.",
            "Chủ tiệm giữ giấy tờ của tôi từ tháng trước.",
            "Господар забрав мої документи і не віддає.",
            "Kinuha ng amo ang mga papeles ko.",
            "O patrão ficou com os meus documentos.",
        ],
    )
    def test_a_passport_held_is_retention_only(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.retention_of_documents in result.indicators
        assert Need.immigration not in result.needs

    @pytest.mark.parametrize(
        "text",
        [
            "The owner of the motel keeps my passport and says he will call immigration to deport me.",
            "Хозяйка забрала мой паспорт и говорит, что меня депортируют.",
        ],
    )
    def test_a_status_at_stake_still_asks_for_immigration(self, text: str) -> None:
        assert Need.immigration in _needs(text)


class TestADependenceSaidAsASituationAsksForSubstanceUse:
    @pytest.mark.parametrize(
        "text",
        [
            "I got out of the agency last year. Now I keep drinking to sleep, every night.",
            "Je suis sortie de là l'an passé, mais je bois pour dormir chaque soir.",
            "Salí de esa casa el año pasado y ahora bebo para olvidar.",
            "Saí de lá faz um ano e agora bebo pra dormir todas as noites.",
            "Am plecat de acolo anul trecut, dar nu pot dormi fără pastile.",
            "Я ушла оттуда год назад, теперь не могу уснуть без таблеток.",
            "Я пішла звідти торік, тепер не можу заснути без таблеток.",
            "我去年离开了那里，现在离了安眠药就睡不着。",
        ],
    )
    def test_a_dependence_asks_for_substance_use(self, text: str) -> None:
        assert Need.substance_use in _needs(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Saí do restaurante no ano passado e agora faço tratamento para a tuberculose.",
            "Я пішла звідти торік, зараз проходжу лікування руки в лікарні.",
            "Tôi đã rời chỗ đó năm ngoái, giờ đang điều trị vết bỏng ở bệnh viện.",
            "La recruteuse m'a menti sur le travail. Un enganchador nous a amenés en autobus.",
        ],
    )
    def test_a_medical_treatment_or_a_recruiter_does_not(self, text: str) -> None:
        assert Need.substance_use not in _needs(text)


class TestCanBeHelpedIsNoPlaceToSleep:
    def test_matutulungan_asks_for_no_shelter(self) -> None:
        text = "Ate, paano po kami matutulungan? Hindi binabayaran ang sweldo namin sa farm."
        assert Need.shelter not in _needs(text)

    def test_nowhere_to_sleep_still_asks_for_shelter(self) -> None:
        assert Need.shelter in _needs("Wala akong matutulugan ngayong gabi, pinalayas ako ng amo ko.")
