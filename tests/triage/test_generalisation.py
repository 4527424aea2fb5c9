"""Issue 11, second round: rules meant to carry over to messages nobody tuned on.

Each family is checked in several languages on sentences written for these tests (not
taken from the corpus): questions about an imagined case, a lock closed to hide, care
refused put together from a negation and a word of care, pay far below any minimum wage,
a sentence that is no age, a place name that is no typo, the Devanagari danda, romanised
Hindi and Romanian without diacritics told by their words, Russian told from Ukrainian.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Need, Urgency
from triage.danger.kinds import What
from triage.danger.reasons import render
from triage.folding import fold_plain
from triage.tokens import tokenize
from triage.wages import underpaid


def _urgency(text: str) -> Urgency:
    return triage.analyze(text).urgency


class TestImaginedCase:
    @pytest.mark.parametrize(
        "text",
        [
            "If someone was locked in by their boss and escaped, would they be deported?",
            "Si quelqu'un était enfermé par son patron et partait, perdrait-il son permis?",
            "Si alguien tiene el pasaporte retenido por su jefe, ¿lo deportan si llama a la policía?",
            "Если человека заперли на работе, его депортируют, если он пойдёт в полицию?",
        ],
    )
    def test_a_question_about_an_imagined_case_is_standard_and_asks_information(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.standard
        assert Need.information in result.needs
        assert result.indicators == ()

    def test_for_a_class_it_is_low(self) -> None:
        text = "Para mi clase de derecho: ¿qué pasaría si alguien fuera encerrado por su patrón?"
        assert _urgency(text) is Urgency.low

    def test_a_threat_with_if_and_a_word_of_now_stays_an_emergency(self) -> None:
        # "if someone calls" is the threat's condition, not an imagined case
        text = "Right now he has a knife and says he will kill me if someone calls the police?"
        assert _urgency(text) is Urgency.emergency


class TestHidingIsNoConfinement:
    @pytest.mark.parametrize(
        "text",
        [
            "he is outside the door with a knife, he says he will kill me. I locked myself in the bathroom",
            "il crie qu'il va me tuer, il a un couteau. je me suis barrée dans la salle de bain",
            "dice que me va a matar, tiene un cuchillo. me encerré en el baño",
        ],
    )
    def test_the_lock_of_a_person_hiding_is_not_restriction_of_movement(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.emergency
        assert Indicator.restriction_of_movement not in result.indicators

    def test_hiding_is_explained_in_both_languages(self) -> None:
        result = triage.analyze("il a un couteau, il va me tuer. je suis barrée dans la salle de bain")
        hiding = [r for r in result.reasons if r.what is What.hiding]
        assert hiding
        assert "hiding from someone" in render(hiding[0], "en")
        assert "se cache" in render(hiding[0], "fr")

    def test_locked_in_by_someone_else_is_still_confinement(self) -> None:
        result = triage.analyze("the boss locked us in the basement since yesterday, no food")
        assert Indicator.restriction_of_movement in result.indicators


class TestCareRefusedComposed:
    @pytest.mark.parametrize(
        "text",
        [
            "my leg is broken, I can't walk, the boss says no hospital for us",
            "У мужа перелом, он не может ходить. Прораб сказал: никакой больницы.",
        ],
    )
    def test_a_grave_injury_and_no_care_is_an_emergency(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.emergency
        assert any(r.what is What.care_refused for r in result.reasons)

    def test_no_doctor_without_an_injury_is_no_emergency(self) -> None:
        assert _urgency("I don't need a doctor, I need a lawyer for my work permit") is not Urgency.emergency

    def test_no_health_card_is_no_care_refused(self) -> None:
        text = "I got out last year. I have some pain, is there a clinic without a health card?"
        assert _urgency(text) is not Urgency.emergency


class TestLowPay:
    @pytest.mark.parametrize(
        ("text", "said"),
        [
            ("they pay only $800 a month", "$800 a month"),
            ("me pagan 300 al mes en efectivo", "300 al mes"),
            ("yo ba l 100 dola pa mwa", "100 dola pa mwa"),
            ("платят 5 долл/час наличными", "5 долл/час"),
            ("primesc 500$ pe lună", "500$ pe luna"),
        ],
    )
    def test_pay_far_below_a_minimum_wage_is_read(self, text: str, said: str) -> None:
        assert underpaid(fold_plain(text)) == said

    @pytest.mark.parametrize(
        "text",
        [
            "I work 12 hours a day for 3 months",
            "I owe 9000 dollars",
            "the rent is 2000 a month",
            "I earn $15 an hour",
        ],
    )
    def test_durations_debts_and_fair_pay_are_not(self, text: str) -> None:
        assert underpaid(fold_plain(text)) is None

    def test_it_is_a_sign_of_withheld_wages_and_a_labour_rights_need(self) -> None:
        result = triage.analyze("I clean a house in Calgary and they pay me $600 a month")
        assert Indicator.withholding_of_wages in result.indicators
        assert Need.labour_rights in result.needs
        assert result.urgency is Urgency.high


class TestWordsThatAreNotWhatTheyLookLike:
    @pytest.mark.parametrize(
        "text",
        [
            "Mon ancien proxénète a été condamné à 6 ans de prison.",
            "The man who exploited me was sentenced to 12 years.",
            "El patrón fue condenado a 8 años de cárcel.",
        ],
    )
    def test_a_sentence_is_no_age(self, text: str) -> None:
        assert Indicator.minor_involved not in triage.analyze(text).indicators

    def test_an_age_is_still_an_age(self) -> None:
        assert Indicator.minor_involved in triage.analyze("elle a 15 ans et il la force").indicators

    def test_a_place_name_is_no_typo(self) -> None:
        result = triage.analyze("Mi hermana recibió una oferta de trabajo en Mexico como modelo")
        assert Need.medical not in result.needs
        assert Need.medical in triage.analyze("necesito un mediko urgente").needs  # a real typo

    def test_a_devanagari_danda_ends_the_word_before_it(self) -> None:
        assert tokenize("वो मार देगा। मदद").words == ["वो", "मार", "दगा", "मदद"]
        assert _urgency("सुपरवाइजर ने कहा किसी को बोला तो मार देगा। मदद") is Urgency.emergency

    def test_arabic_my_son_is_not_read_inside_brought_me(self) -> None:
        # "جابني" (brought me) holds the letters of "ابني" (my son)
        result = triage.analyze("من ثلاث سنين جابني لكندا بوعد شغل. خرجت، وبدي محامي")
        assert result.urgency is not Urgency.emergency


class TestLanguageTold:
    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("meri behen ne abhi call kiya, uska malik use maar raha hai", "hi"),
            ("patronul ma ameninta ca suna la imigrare daca ma plang, nu ma plateste", "ro"),
            ("estamos trancados no alojamento da obra, sem comida desde ontem", "pt"),
            ("сломал руку на работе, хозяин не пускает в больницу", "ru"),
            ("зламав ногу на будові, бос не везе до лікарні", "uk"),
        ],
    )
    def test_latin_typed_and_cyrillic_languages(self, text: str, language: str) -> None:
        assert triage.analyze(text).language == language

    def test_test_1_2_3_is_not_an_unread_language(self) -> None:
        assert _urgency("test test 1 2 3") is not Urgency.high


class TestSecondPassFamilies:
    @pytest.mark.parametrize(
        "text",
        [
            "i can't take it anymore, the goodbye letters are written, the pills are ready",
            "ما عاد فيي، الليلة سأشرب السم",
            "我真的撑不住了，今晚就从楼上跳下去",
            "ya no puedo más, compré veneno y me lo voy a tomar",
        ],
    )
    def test_self_harm_said_as_poison_a_jump_or_letters_is_an_emergency(self, text: str) -> None:
        result = triage.analyze(text)
        assert result.urgency is Urgency.emergency
        assert Indicator.self_harm_risk in result.indicators

    @pytest.mark.parametrize(
        "text",
        [
            "I'm her teacher. She is 13 and tonight her uncle will take her to some men",
            "Sou professora. Ela tem 12 anos e hoje à noite o padrasto vai levar ela a uns homens",
            "Tôi là giáo viên. Em ấy 13 tuổi, tối nay chú nó sẽ đưa nó đến gặp mấy người đàn ông",
        ],
    )
    def test_a_child_taken_somewhere_tonight_is_an_emergency(self, text: str) -> None:
        assert _urgency(text) is Urgency.emergency

    def test_a_suspected_job_scam_asked_about_is_standard(self) -> None:
        text = (
            "An agency promises my cousin a nanny job in Canada if she pays a $3000 fee first."
            " Is this a scam?"
        )
        result = triage.analyze(text)
        assert result.urgency is Urgency.standard
        assert Indicator.deception in result.indicators

    def test_english_no_denies_nothing_in_vietnamese(self) -> None:
        # "nó" (him, her) folds to "no": it must not deny "đánh" (hitting)
        result = triage.analyze("cứu em với, chủ nó đang đánh em ngay bây giờ")
        assert result.urgency is Urgency.emergency


class TestObfuscationsOfThisRound:
    @pytest.mark.parametrize(
        ("text", "hidden"),
        [
            ("tawag sa " + "\u200b".join("438-555-0144"), "438"),
            ("मेरा नंबर 204-555-\n0173", "0173"),
            ("电话 ６４７－５５５－０１５８", "５５５"),
            ("call me at 4l6 555 0l99", "0l99"),
        ],
    )
    def test_hidden_phones_are_redacted(self, text: str, hidden: str) -> None:
        redacted = triage.analyze(text).redacted
        assert "[PHONE]" in redacted
        assert hidden not in redacted

    def test_a_word_with_an_l_next_to_digits_is_left(self) -> None:
        assert triage.analyze("Ill be there at 5").redacted == "Ill be there at 5"

    def test_a_street_type_ending_a_street_name_is_not_the_end(self) -> None:
        assert triage.analyze("the kid is at 55 Elm Grove Ave right now").redacted == (
            "the kid is at [ADDRESS] right now"
        )


class TestNameCuesOfThisRound:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Prietena mea e la spital. O cheamă Daniela", "Daniela"),
            ("O patrão gritou comigo e com o colega, eu e o Wanderson fugimos", "Wanderson"),
            ("tôi đã an toàn. tên thật của tôi: 阮氏蘭", "阮氏蘭"),
            ("sinaktan ako ng amo ko doon, pangalan sa kontrata: Rosalinda Cruz", "Rosalinda"),
        ],
    )
    def test_a_name_after_a_cue_is_redacted(self, text: str, name: str) -> None:
        redacted = triage.analyze(text).redacted
        assert name not in redacted
        assert "[PERSON]" in redacted


class TestDocumentsHeld:
    @pytest.mark.parametrize(
        "text",
        [
            "the owner keeps all our passports in his office",
            "le contremaître garde nos permis de travail",
            "yung foreman hawak mga work permit namin",
            "паспорта у бригадира, он не отдаёт",
            "雇主一直扣着我的护照",
        ],
    )
    def test_a_document_and_a_word_of_holding_in_one_clause(self, text: str) -> None:
        result = triage.analyze(text)
        assert Indicator.retention_of_documents in result.indicators
        assert any("documents held by someone else" in line for line in result.explanations)

    @pytest.mark.parametrize(
        "text", ["my passport is here with me", "he took me to the office, my passport is at home"]
    )
    def test_not_when_the_person_has_them_or_the_words_are_apart(self, text: str) -> None:
        assert Indicator.retention_of_documents not in triage.analyze(text).indicators


class TestPursuitAndConfinementWords:
    @pytest.mark.parametrize(
        "text",
        [
            "je me suis sauvée ce matin, ils tournent dans le quartier pour me trouver",
            "fugi ontem à noite, eles estão rodando de carro me procurando",
            "я сбежала, они ездят кругами и ищут меня",
        ],
    )
    def test_searched_for_is_an_emergency(self, text: str) -> None:
        assert _urgency(text) is Urgency.emergency

    def test_kept_inside_is_confinement(self) -> None:
        result = triage.analyze("the boss keeps us inside the house, windows nailed shut")
        assert Indicator.restriction_of_movement in result.indicators


class TestArabicInLatinLetters:
    @pytest.mark.parametrize(
        "text",
        [
            "3afak 3awnini daba, rajli kaydrebni f lbit",
            "ana f motel daba, ghadi yddiwna f lil l mdina khra, khbit had tilifon",
            "khoya 3am ydawro 3laye halla2, ma ba3ref wen rou7",
        ],
    )
    def test_darija_and_levantine_typed_in_latin_letters(self, text: str) -> None:
        assert _urgency(text) is Urgency.emergency
