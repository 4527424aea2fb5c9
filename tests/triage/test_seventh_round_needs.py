"""Issue 11, seventh round: needs an operator ticks from the whole picture (`triage.settled_needs`).

Sentences of their own (not the corpus's), in several languages: money taken from a person
sold for sex asks for no labour complaint, pay held back at work does; an adult made to
commit a crime needs legal help, a child in the same case youth protection; drugs one is
made to sell are no addiction; a question about an ongoing situation asks for information.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Exploitation, Indicator, Need, Urgency
from triage.folding import fold
from triage.late_signs import read_late_signs
from triage.settled_needs import NeedCues, settle_indicators, settle_needs


def _needs(text: str) -> set[Need]:
    return set(triage.analyze(text).needs)


class TestLabourRightsAreAWorkersRemedy:
    @pytest.mark.parametrize(
        "text",
        [
            "My boyfriend posts my ads online and keeps all the money the clients pay me.",
            "Il publie mes annonces et garde tout l'argent des clients, je dois lui rembourser le billet.",
            "Он выставляет мои объявления и забирает все деньги клиентов.",
        ],
    )
    def test_money_taken_in_sexual_exploitation_asks_no_labour_complaint(self, text: str) -> None:
        result = triage.analyze(text)
        assert Exploitation.sexual_exploitation in result.exploitation
        assert Need.labour_rights not in result.needs

    @pytest.mark.parametrize(
        "text",
        [
            "The farm owner keeps half of our wages and we work 14 hours a day.",
            "El patrón de la granja se queda con la mitad del sueldo y trabajamos 14 horas al día.",
        ],
    )
    def test_pay_held_back_at_work_still_does(self, text: str) -> None:
        assert Need.labour_rights in _needs(text)


class TestAnAdultMadeToCommitACrimeNeedsLegalHelp:
    @pytest.mark.parametrize(
        "text",
        [
            "The men who brought my cousin here make him sell drugs in the park to pay back 5000 dollars.",
            "A mi primo lo obligan a vender droga en el parque, dicen que les debe 5000 dólares.",
            "Ils forcent mon frère à vendre de la drogue pour une gang, il leur doit 2000 $.",
            "他们逼我哥哥贩毒，说他欠他们三万块。",
            "Meu irmão é obrigado a vender droga na rua, dizem que ele deve 4000 dólares da viagem.",
        ],
    )
    def test_legal_and_no_addiction_support(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.high
        assert Need.legal in result.needs
        assert Need.substance_use not in result.needs

    def test_a_child_in_the_same_case_is_youth_protections(self) -> None:
        needs = _needs("My son is 15 and a gang makes him sell drugs after school, they say he owes them.")
        assert Need.youth_protection in needs
        assert Need.legal not in needs

    def test_a_crime_word_in_a_finished_story_adds_nothing(self) -> None:
        cues = NeedCues(crime=True)
        assert settle_needs(Urgency.standard, set(), set(), set(), cues) == set()


class TestAQuestionAboutAnOngoingSituationAsksForInformation:
    @pytest.mark.parametrize(
        "text",
        [
            "Mi patrona me quitó el pasaporte y me paga 400 dólares al mes. ¿Eso es normal?",
            "Le patron garde mon passeport et me paie 500 $ par mois. C'est tu normal ça?",
            "Хозяин забрал мой паспорт и платит 400 долларов в месяц. Это нормально?",
        ],
    )
    def test_information_beside_the_other_needs(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.high
        assert Need.information in result.needs

    def test_not_in_an_emergency(self) -> None:
        cues = NeedCues(question=True)
        assert settle_needs(Urgency.emergency, {Need.emergency_safety}, set(), set(), cues) == {
            Need.emergency_safety
        }

    def test_not_in_a_statement(self) -> None:
        assert settle_needs(Urgency.high, set(), {Indicator.debt_bondage}, set(), NeedCues()) == set()


def _late(text: str) -> set[Indicator]:
    """The indicators the late signs read in `text` when the rules found none."""
    signs = read_late_signs(text, fold(text), ())
    return {sign.indicator for sign in signs.signs if sign.indicator is not None}


class TestPayNotPaidOrCutSaysItAlone:
    @pytest.mark.parametrize(
        "text",
        [
            "I cleaned offices for six months and I never got paid.",
            "On a travaillé tout l'été sans nous payer.",
            "Trabajé en la obra tres meses y nunca me pagaron.",
            "Tatlong buwan na kaming di sumasahod sa pabrika.",
            "Нам уже четвёртый месяц не платят.",
            "老板拖欠我们三个月了。",
            "Agencja potrąca za mieszkanie prawie wszystko.",
        ],
    )
    def test_withholding_of_wages_with_no_word_of_pay(self, text: str) -> None:
        assert Indicator.withholding_of_wages in _late(text)

    def test_labour_rights_follow(self) -> None:
        result = triage.analyze("I cleaned offices for six months and never got paid, the agency says later.")
        assert Indicator.withholding_of_wages in result.indicators
        assert Need.labour_rights in result.needs

    def test_being_paid_is_no_sign(self) -> None:
        assert Indicator.withholding_of_wages not in _late("They pay me every Friday, 18 dollars an hour.")


class TestADocumentInSomeoneElsesHands:
    @pytest.mark.parametrize(
        "text",
        [
            "The supervisor has our passports in his safe.",
            "Kapitan ang may hawak ng passport namin.",
            "Паспорт у хозяина до конца сезона.",
            "我的护照在老板那里。",
            "lpatron 3ando les passeports dyal l3ommal",
            "Pasaportul a ramas la patron.",
        ],
    )
    def test_is_retention_of_documents(self, text: str) -> None:
        assert Indicator.retention_of_documents in _late(text)

    def test_a_passport_of_ones_own_is_not(self) -> None:
        own = "I renewed my passport at the consulate last week."
        assert Indicator.retention_of_documents not in _late(own)


class TestAThreatToldAsACondition:
    @pytest.mark.parametrize(
        "text",
        [
            "The foreman told us that if anyone complains he will send us back on the next plane.",
            "Le contremaître dit que si on se plaint, il va appeler la police.",
            "Dice que si no trabajo el domingo me denuncia a migración.",
            "Kapag umalis daw ako, ipapadeport niya ako.",
            "Șeful zice că dacă plecăm ne bat.",
            "Бригадир сказал, если уйдём, нас сдадут в полицию.",
            "Хазяїн каже, якщо піду, мене депортують.",
            "老板说如果我们辞职就报警。",
            "malik bolta hai agar chhoda to police ko de dega",
        ],
    )
    def test_is_intimidation(self, text: str) -> None:
        assert Indicator.intimidation_threats in _late(text)

    @pytest.mark.parametrize(
        "text",
        [
            "What happens if I go to the police, will they deport me?",
            "Si je porte plainte, est-ce qu'on va me renvoyer?",
            "If you need help, call us any time.",
        ],
    )
    def test_a_question_or_an_offer_is_not(self, text: str) -> None:
        assert Indicator.intimidation_threats not in _late(text)


class TestEveryDayIsNoOvertime:
    @pytest.mark.parametrize(
        "text",
        [
            "She calls me every day and cries, she says the family is kind to her.",
            "Mi vecina pasa todos los días a verme.",
            "Він дзвонить щодня, каже що все добре.",
            "我一个小时前到了多伦多。",
        ],
    )
    def test_a_bare_frequency_or_an_hour_ago(self, text: str) -> None:
        assert Indicator.excessive_overtime not in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "I work 16 hours a day in the kitchen.",
            "Trabajo de 6 de la mañana hasta la medianoche sin día libre.",
            "每天工作16个小时，没有休息日。",
        ],
    )
    def test_hours_far_above_a_limit_still_are(self, text: str) -> None:
        assert Indicator.excessive_overtime in triage.analyze(text).indicators

    def test_beating_told_in_the_past_is_violence(self) -> None:
        text = "Колись мене тримали в підвалі і били, тепер я в безпеці."
        assert Indicator.physical_sexual_violence in triage.analyze(text).indicators


class TestAShortPleaAsksForSomeoneNotForFacts:
    @pytest.mark.parametrize(
        "text",
        [
            "good evening, is anyone there? I need to talk please",
            "Bonsoir, vous pouvez m'aider svp?",
            "Oi, alguém pode me ajudar? Preciso falar.",
            "Magandang gabi po, pwede po ba akong makausap?",
            "Добрий вечір, можете допомогти?",
            "您好，能帮帮我吗？",
        ],
    )
    def test_no_information(self, text: str) -> None:
        assert Need.information not in _needs(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Qu'est-ce que la traite des personnes exactement?",
            "Ano po ang ibig sabihin ng forced labour?",
        ],
    )
    def test_a_short_question_about_facts_keeps_it(self, text: str) -> None:
        assert Need.information in _needs(text)


class TestAHiddenPhoneOrALanguageIsNoIsolation:
    @pytest.mark.parametrize(
        "text",
        [
            "I hid this phone under the mattress, please write only in the morning.",
            "Escondí este celular en mi zapato, no me llamen.",
            "Сховала цей телефон у шафі, не дзвоніть.",
            "I don't speak English and I need a job.",
            "Não falo inglês, preciso de ajuda com os papéis.",
            "我不会说英语，想找一个中文的律师。",
        ],
    )
    def test_no_isolation(self, text: str) -> None:
        assert Indicator.isolation not in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "He took my phone and I can't call my family.",
            "Nos quitaron los celulares y no nos dejan llamar a la familia.",
            "Забрали телефон, не дають дзвонити рідним.",
        ],
    )
    def test_a_phone_taken_still_is(self, text: str) -> None:
        assert Indicator.isolation in triage.analyze(text).indicators


class TestAThingNamedIsNoNeedAsked:
    @pytest.mark.parametrize(
        ("text", "need"),
        [
            ("The boss takes 300 dollars a month for housing in his basement.", Need.shelter),
            ("Le patron retient 200 $ pour le logement.", Need.shelter),
            ("Descuentan la vivienda del sueldo cada semana.", Need.shelter),
            ("За житло забирають половину зарплати.", Need.shelter),
            ("他把我们的手机都收走了。", Need.basic_needs),
            ("Pitit la pa al lekòl ankò depi 2 mwa.", Need.employment_education),
        ],
    )
    def test_no_need(self, text: str, need: Need) -> None:
        assert need not in _needs(text)

    @pytest.mark.parametrize(
        ("text", "need"),
        [
            ("I left last week and I have nowhere to go tonight.", Need.shelter),
            ("Je cherche un hébergement pour ce soir, je suis à la rue.", Need.shelter),
            ("Mwen vle jwenn travay e fè klas angle.", Need.employment_education),
        ],
    )
    def test_a_need_asked_still_is(self, text: str, need: Need) -> None:
        assert need in _needs(text)


class TestARequestForFactsNamesNoSituationOfItsOwn:
    @pytest.mark.parametrize(
        "text",
        [
            "I'm a journalist preparing a story on recruiters who deceive workers and take their passports.",
            "Soy estudiante y hago una tesis sobre menores de 15 años explotados; ¿tienen estadísticas?",
            "我们是一个移民社区电台，想请你们来做一次关于劳工权利的培训。",
        ],
    )
    def test_information_only(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.low
        assert result.indicators == ()
        assert set(result.needs) <= {Need.information, Need.interpretation}

    def test_settled_directly(self) -> None:
        needs = {Need.information, Need.immigration, Need.legal, Need.interpretation}
        assert settle_needs(Urgency.low, needs, set(), set(), NeedCues()) == {
            Need.information,
            Need.interpretation,
        }
        assert settle_indicators(Urgency.low, {Indicator.deception}) == set()
        assert settle_indicators(Urgency.high, {Indicator.deception}) == {Indicator.deception}

    def test_a_journalist_or_a_trainer_asks_for_information(self) -> None:
        asked = settle_needs(Urgency.low, set(), set(), set(), NeedCues(professional=True))
        assert asked == {Need.information}


class TestEachLevelHasTheNeedsOfItsTime:
    def test_going_home_waits_until_the_person_is_safe(self) -> None:
        needs = {Need.emergency_safety, Need.repatriation, Need.medical}
        assert settle_needs(Urgency.emergency, needs, set(), set(), NeedCues()) == {
            Need.emergency_safety,
            Need.medical,
        }

    def test_an_ongoing_situation_is_no_crisis_of_care(self) -> None:
        needs = {Need.basic_needs, Need.medical, Need.mental_health, Need.immigration}
        assert settle_needs(Urgency.high, needs, set(), set(), NeedCues()) == {Need.immigration}

    def test_a_situation_over_calls_for_no_rescue(self) -> None:
        needs = {Need.emergency_safety, Need.youth_protection, Need.mental_health}
        assert settle_needs(Urgency.standard, needs, set(), set(), NeedCues()) == {Need.mental_health}
        assert settle_indicators(Urgency.standard, {Indicator.minor_involved}) == set()

    @pytest.mark.parametrize(
        "text",
        [
            "When I was 12 my aunt sent me to work in a house. Now I am 34 and safe, I want a counsellor.",
            "Cuando tenía 14 años me pegaban en una casa en Lima. Ahora tengo 30 años, estoy bien.",
            "Коли мені було 13, мене продали в Одесі. Тепер мені 29, я в безпеці, шукаю психолога.",
        ],
    )
    def test_the_child_of_a_past_story_is_an_adult_now(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.standard
        assert Indicator.minor_involved not in result.indicators
        assert Need.youth_protection not in result.needs

    def test_indicators_of_their_time(self) -> None:
        past = {Indicator.abusive_conditions, Indicator.abuse_of_vulnerability, Indicator.deception}
        assert settle_indicators(Urgency.standard, past) == {Indicator.deception}
        ongoing = {Indicator.physical_sexual_violence, Indicator.retention_of_documents}
        assert settle_indicators(Urgency.high, ongoing) == ongoing
        now = {Indicator.physical_sexual_violence, Indicator.isolation}
        assert settle_indicators(Urgency.emergency, now) == now
