"""Issue 11, round 23: needs and indicators, tested on sentences written for them (not taken from
the round's writers): a harm threatened without its kind ("he will hurt my family"), permission
to go out refused in Russian and Ukrainian with a pronoun between, going home in Standard
Arabic, sexual harassment told as "pestering", a working day told by two bare hours of a
24-hour clock or by "in the morning" and "at night", a job that "they told me it was" in
Haitian Creole, and a question about an ongoing situation that names a service."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need


def _codes(text: str) -> set[str]:
    result = triage.analyze(text)
    return {code.value for code in (*result.needs, *result.indicators)}


class TestHarmThreatened:
    @pytest.mark.parametrize(
        "text",
        [
            "Он говорит, что если я кому-то расскажу, он навредит моей семье.",
            "Він каже, що якщо я комусь скажу, він зашкодить моїй родині.",
            "Бригадир сказал: если уйдёшь, отомстим твоим родителям.",
            "Hắn bảo nếu em bỏ trốn thì hắn sẽ trả thù gia đình em ở quê.",
            "قال إذا هربت سينتقم من أهلي في القرية.",
            "Zice că dacă mă plâng se răzbună pe copiii mei de acasă.",
        ],
    )
    def test_a_harm_on_a_condition_is_a_threat(self, text: str) -> None:
        assert Indicator.intimidation_threats in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "Мой начальник навредил себе спину на складе, теперь я работаю за двоих.",
            "The manager said the heat can harm the plants in the greenhouse.",
        ],
    )
    def test_a_harm_with_no_condition_is_no_threat(self, text: str) -> None:
        assert Indicator.intimidation_threats not in triage.analyze(text).indicators


class TestGoingOutRefused:
    @pytest.mark.parametrize(
        "text",
        [
            "Хозяин не разрешает нам выходить из дома даже в выходной.",
            "Бригадир не позволяет ей выходить из общежития одной.",
            "Господар не дозволяє нам виходити з будинку навіть у неділю.",
            "Власниця не відпускає мене нікуди з квартири.",
        ],
    )
    def test_permission_refused_with_a_pronoun_between_is_a_restriction(self, text: str) -> None:
        assert Indicator.restriction_of_movement in triage.analyze(text).indicators


class TestGoingHomeInStandardArabic:
    @pytest.mark.parametrize(
        "text",
        [
            "أريد فقط أن أعود إلى بلدي.",
            "أختي تريد أن تعود إلى بلدها بعد كل ما حدث لها في الخليج.",
        ],
    )
    def test_returning_to_ones_country_asks_for_repatriation(self, text: str) -> None:
        assert Need.repatriation in triage.analyze(text).needs


class TestHarassmentToldAsPestering:
    @pytest.mark.parametrize(
        "text",
        [
            "Бригадир пристаёт ко мне по ночам, я боюсь спать в вагончике.",
            "Син господаря ночами чіпляється до мене, а я тут без документів.",
        ],
    )
    def test_pestering_a_woman_is_sexual_violence(self, text: str) -> None:
        assert Indicator.physical_sexual_violence in triage.analyze(text).indicators


class TestWorkingDayByBareHours:
    @pytest.mark.parametrize(
        "text",
        [
            "Trabajamos de 7 a 23, todos los días, en el taller.",
            "Trabalhamos das 6 às 22 todos os dias na fazenda.",
            "Lucrăm de la 6 la 22 în fiecare zi la fabrică.",
            "We work from 6 in the morning until 11 at night every day on the farm.",
            "On bosse de 6 à 22 et le samedi aussi, au restaurant.",
        ],
    )
    def test_a_long_day_told_by_its_hours_is_excessive_overtime(self, text: str) -> None:
        assert Indicator.excessive_overtime in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "En el grupo hay chicos de 7 a 23 años, todos trabajan en el campo.",
            "La feria es del 7 al 23 de marzo en la plaza.",
            "Cobran de 5 a 20 dólares por hora en la obra.",
            "I work from 9 to 5 at the office.",
        ],
    )
    def test_ages_dates_amounts_and_office_hours_are_no_long_day(self, text: str) -> None:
        assert Indicator.excessive_overtime not in triage.analyze(text).indicators


class TestToldItWasAJob:
    def test_they_told_me_it_was_in_haitian_creole_is_deception(self) -> None:
        text = "Yo te di m se travay nan otèl, men lè m rive se yon ba."
        assert Indicator.deception in triage.analyze(text).indicators


class TestQuestionNamingAService:
    @pytest.mark.parametrize(
        "text",
        [
            "Le patron de la ferme garde nos passeports et menace d'appeler l'immigration. "
            "Est-ce qu'on peut avoir un avocat?",
            "El dueño del restaurante se queda con mi pasaporte y dice que si me quejo llama a "
            "migración. ¿Me pueden conseguir un abogado?",
            "Хозяин забрал паспорт у брата и грозит депортацией, если он пожалуется. Где найти адвоката?",
        ],
    )
    def test_asks_for_the_service_not_for_facts(self, text: str) -> None:
        result = triage.analyze(text)
        assert Need.legal in result.needs
        assert Need.information not in result.needs

    def test_a_question_naming_no_service_still_asks_for_facts(self) -> None:
        text = "My boss keeps my passport in his safe and takes half my pay. Is this normal here?"
        assert Need.information in triage.analyze(text).needs


def test_codes_helper_reads_needs_and_indicators() -> None:
    assert "excessive_overtime" in _codes("Trabajamos de 7 a 23 todos los días.")


class TestSweatshopIsNoWorkshop:
    @pytest.mark.parametrize(
        "text",
        [
            "Trabajamos de 7 a 23, todos los días, en el taller.",
            "Mi prima cose en un taller del barrio Flores, el dueño se queda con la mitad del sueldo.",
        ],
    )
    def test_the_taller_where_people_work_is_no_request_for_training(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is not triage.Urgency.low
        assert Need.information not in result.needs

    def test_a_workshop_to_give_is_still_a_request_for_training(self) -> None:
        text = "Somos una parroquia en Montreal, ¿podrían dar un taller sobre trata de personas?"
        assert triage.analyze(text).urgency is triage.Urgency.low


class TestMeantForAnotherBusiness:
    @pytest.mark.parametrize(
        "text",
        [
            "Hello is this the pizza place? I want to order two large pepperoni.",
            "Hola, ¿es la farmacia? ¿A qué hora cierran hoy?",
            "Oi, é da oficina? Meu carro está pronto?",
            "Hello po, ito po ba yung LBC? Kailan po darating padala ko?",
            "Alo, tiệm nail phải không? Chị muốn đặt lịch chiều nay.",
            "مرحبا، هل هذا مطعم الشام؟ أريد حجز طاولة.",
            "Алло, это автосервис? Когда будет готова машина?",
            "हेलो, क्या यह गैस एजेंसी है? सिलेंडर कब आएगा?",
            "你好，请问是快递公司吗？我的包裹什么时候到？",
            "Bonjour, c'est bien le cabinet du docteur Tremblay? Je voudrais changer mon rendez-vous.",
        ],
    )
    def test_a_message_for_another_business_asks_for_nothing(self, text: str) -> None:
        assert triage.analyze(text).needs == ()

    @pytest.mark.parametrize(
        "text",
        [
            "Is this the hotline for human trafficking? What are the signs to look for?",
            "Is this the bank? My boss took my bank card and keeps all my pay.",
        ],
    )
    def test_a_question_for_the_hotline_or_a_sign_keeps_its_needs(self, text: str) -> None:
        assert triage.analyze(text).needs != ()


class TestClaimsBeforeTheLaw:
    @pytest.mark.parametrize(
        "text",
        [
            "Hace años me trajeron engañada, ya pasó. Leí que hay reparación económica para "
            "víctimas, ¿cómo la pido?",
            "Fui explorada numa fazenda em 2019, já saí. Existe reparação para as vítimas?",
            "hey so my ex made me do stuff for money back then, its over. can u help me get him "
            "to delete my pics?",
            "Mi ex todavía tiene videos míos de cuando me obligaba. ¿Cómo hago para que borre los videos?",
            "Колишній досі має мої знімки. Як змусити його видалити фото?",
            "2021 में हमें भट्ठे से छुड़ाया गया था, मुआवज़े का पैसा अब तक नहीं मिला।",
        ],
    )
    def test_reparation_or_images_to_take_down_ask_for_legal_help(self, text: str) -> None:
        assert Need.legal in triage.analyze(text).needs


class TestKeptFromGoingHome:
    @pytest.mark.parametrize(
        "text",
        [
            "Le patron ne nous laisse pas rentrer au pays avant la fin du contrat.",
            "El patrón no nos deja regresar a nuestro país hasta que paguemos.",
            "O patrão não deixa a gente voltar pra casa até pagar a dívida.",
            "Hindi kami pinapauwi ng amo hangga't hindi tapos ang kontrata.",
            "Patronul nu ne lasă să ne întoarcem acasă până nu plătim.",
            "Ông chủ không cho chúng tôi về nước khi chưa trả hết nợ.",
            "الكفيل لا يسمح لي بالعودة إلى بلدي قبل نهاية العقد.",
            "Господар не відпускає нас додому, поки не відпрацюємо борг.",
            "老板不让我们回国，说要先还清债。",
            "Patwon an pa kite nou retounen lakay nou toutotan nou pa peye.",
        ],
    )
    def test_someone_refusing_the_way_home_restricts_movement(self, text: str) -> None:
        assert Indicator.restriction_of_movement in triage.analyze(text).indicators

    @pytest.mark.parametrize(
        "text",
        [
            "I can't go back home, I have no money for the ticket.",
            "Je veux rentrer chez moi mais je n'ai pas d'argent.",
            "Мой брат хочет вернуться домой, но боится.",
            "Chồng em không cho em gọi về nhà cho mẹ.",
            "لكنه ما زال يرفض يرجع جواز سفري وجواز زوجتي.",
            "Бригадир не дает нам позвонить домой.",
        ],
    )
    def test_a_way_home_wanted_a_call_home_or_a_thing_returned_is_no_restriction(self, text: str) -> None:
        assert Indicator.restriction_of_movement not in triage.analyze(text).indicators
