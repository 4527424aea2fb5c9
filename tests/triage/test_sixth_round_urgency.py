"""Issue 11, sixth round, urgency: classes of error the outsider files showed, fixed as classes.

Each test is a class, in several languages, with sentences of its own (not the corpus's): a
negation whose scope runs over auxiliaries, adverbs and "or" to more than one danger word;
tests and bare greetings; a farewell letter is one to the family; "before 4 years" is no age.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Urgency


def _rules(text: str) -> Urgency:
    return triage.analyze(text, second_opinion=False).urgency


class TestANegationReachesOverItsScope:
    @pytest.mark.parametrize(
        "text",
        [
            "Nobody has ever really hit me or locked me up, I only want to know about my work permit",
            "no one has ever once beaten me nor locked me in, my question is about taxes",
            "nadie me ha pegado nunca ni me ha encerrado, solo pregunto por mi permiso de trabajo",
            "personne ne m'a jamais frappée ni enfermée, c'est pour une question de permis",
            "ninguém nunca me bateu nem me trancou, é só uma dúvida sobre o visto",
            "hindi naman po ako kailanman sinaktan o kinulong, tanong lang po tungkol sa visa",
            "никто меня никогда не бил и не запирал, вопрос про визу",
        ],
    )
    def test_denies_every_danger_in_its_scope(self, text: str) -> None:
        assert _rules(text) is not Urgency.emergency
        result = triage.analyze(text, second_opinion=False)
        assert Indicator.restriction_of_movement not in result.indicators

    @pytest.mark.parametrize(
        "text",
        [
            "I can't sleep, he is beating me right now",
            "nobody helps me and he is beating my sister right now",
            "no puedo más, me está pegando ahora mismo",
            "je ne sais pas quoi faire, il me frappe en ce moment",
        ],
    )
    def test_stops_at_words_outside_its_scope(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestATestOrAGreetingAlone:
    @pytest.mark.parametrize(
        "text",
        [
            "testing 1 2 3",
            "prueba prueba",
            "teste",
            "tès, eske sa mache?",
            "проверка",
            "thử tin nhắn",
            "测试一下",
            "allo?",
            "Hola buenas",
            "deneme",
            "테스트",
            "bonjour",
        ],
    )
    def test_is_low(self, text: str) -> None:
        assert _rules(text) is Urgency.low

    @pytest.mark.parametrize(
        "text",
        ["hello? help me", "aidez-moi svp", "test: he is hitting me now", "prueba de embarazo por favor"],
    )
    def test_a_request_or_a_danger_is_not(self, text: str) -> None:
        assert _rules(text) is not Urgency.low


class TestAFarewellLetterIsOneToTheFamily:
    @pytest.mark.parametrize(
        "text",
        [
            "I wrote a letter to my daughter's principal about the bullying, what else can I do?",
            "I sent a letter to my landlord about the heating, he never answers",
            "j'ai écrit une lettre à ma propriétaire pour le bail, elle ne répond pas",
            "le escribí una carta a mi jefe para pedir mis vacaciones",
            "escrevi uma carta para o meu advogado sobre o processo",
        ],
    )
    def test_any_other_letter_is_no_self_harm(self, text: str) -> None:
        assert _rules(text) is not Urgency.emergency

    @pytest.mark.parametrize(
        "text",
        [
            "I put letters for my three kids under the pillow, I am done with everything",
            "laissé une lettre à ma mère sur la table, je n'en peux plus",
            "dejé una carta para mi mamá, ya no aguanto más",
        ],
    )
    def test_letters_to_the_family_are(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestADurationIsNoAge:
    def test_before_n_years_is_a_time_past(self) -> None:
        result = triage.analyze(
            "Before 6 years in Sudan a man keep me and beat me. Now I live in Winnipeg, all fine. "
            "I need a counsellor who speaks Arabic",
            second_opinion=False,
        )
        assert Indicator.minor_involved not in result.indicators
        assert result.urgency is Urgency.standard

    def test_an_age_is_still_an_age(self) -> None:
        result = triage.analyze("my niece is 15 years, the man sells her", second_opinion=False)
        assert Indicator.minor_involved in result.indicators


class TestArabicInLatinLettersReadByItsRoots:
    @pytest.mark.parametrize(
        "text",
        [
            "ana ma7bosa fi sha2a w homa 2aflin el bab 3alaya, mesh 3arfa a3mel eh",
            "ana magrou7a w dami byenzef, el m3allem mesh ray7 yewadini, sa3douni",
            "khoya m9foul 3lih f l'entrepot, ghadi y9tlouh l3chiya",
            "ra7 ye2toloni iza 7akeit, ana 5ayfe ktir halla2",
        ],
    )
    def test_a_danger_root_is_read_in_any_spelling(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency

    @pytest.mark.parametrize(
        "text",
        [
            "l m3allem ma drebnich 3mro, bghit ghir n3ref 7o9o9i f lkhedma",
            "howa mabyedrabnish, bas mosh bydfa3li el felous men 3 shohour",
        ],
    )
    def test_a_circled_negation_denies_it(self, text: str) -> None:
        assert _rules(text) is not Urgency.emergency

    def test_a_spanish_word_with_the_same_consonants_is_not_read(self) -> None:
        text = "habías dicho que el trabajo era legal, quiero saber mis derechos"
        assert _rules(text) is not Urgency.emergency


class TestALanguageNoLexiconReads:
    @pytest.mark.parametrize(
        "text",
        [
            "Hilfe, der Mann hat mich eingesperrt, bitte ruft die Polizei",
            "aiutatemi vi prego, chiamate la polizia, sono al terzo piano",
            "Ratunku! Zadzwońcie na policję, on tu jest",
            "Lütfen yardım edin, polisi arayın",
            "제발 도와주세요 경찰에 신고해 주세요",
            "تو رو خدا کمک کنید، به پلیس زنگ بزنید",
            "SOS",
            "🆘 🆘",
        ],
    )
    def test_a_distress_call_is_an_emergency(self, text: str) -> None:
        result = triage.analyze(text, second_opinion=False)
        assert result.urgency is Urgency.emergency
        # a distress reason, or the reading of a light lexicon (German "eingesperrt": locked in now)
        assert any(reason.level is Urgency.emergency for reason in result.reasons)

    @pytest.mark.parametrize(
        "text",
        [
            "Mein Arbeitgeber hat meinen Pass genommen und zahlt seit Monaten nicht",
            "Szef zabrał mój paszport i nie płaci mi od trzech miesięcy",
            "Patronum pasaportumu aldı ve üç aydır maaş ödemiyor",
            "사장님이 제 여권을 가져가서 돌려주지 않아요",
            "صاحب کار پاسپورتم را گرفته و سه ماه است که حقوق نمی‌دهد",
        ],
    )
    def test_words_no_lexicon_reads_are_read_by_a_person(self, text: str) -> None:
        assert _rules(text) is Urgency.high

    @pytest.mark.parametrize("text", ["Das ist nur ein Test", "deneme", "テスト"])
    def test_a_test_in_it_stays_low(self, text: str) -> None:
        assert _rules(text) is Urgency.low

    @pytest.mark.parametrize(
        "text",
        [
            "I need to know if the police can help me get my passport back from my old boss",
            "est-ce que je peux appeler la police pour mon salaire?",
        ],
    )
    def test_a_read_language_naming_the_police_is_left_alone(self, text: str) -> None:
        assert _rules(text) is not Urgency.emergency


class TestAYearGoneByIsThePast:
    @pytest.mark.parametrize(
        "text",
        [
            "Năm 2018 tôi bị nhốt trong nhà hàng ở Toronto. Bây giờ tôi cần luật sư",
            "2015年我被关在一个农场里。现在想找律师",
            "2016 में मुझे एक फैक्ट्री में बंद रखा गया था। अब मुझे वकील चाहिए",
            "In 2012 they locked me in a basement in Dubai. I am looking for a lawyer",
            "قبل 9 سنوات كانوا يحبسوني في بيت. اليوم أريد محامي",
        ],
    )
    def test_a_danger_in_a_year_gone_by_is_no_emergency(self, text: str) -> None:
        assert _rules(text) is not Urgency.emergency

    @pytest.mark.parametrize(
        "text",
        [
            "since 2021 the boss locks us in the dorm at night and right now he has the key",
            "I owe them 2000 dollars and they locked me in the room, I cant get out right now",
        ],
    )
    def test_since_a_year_and_an_amount_are_not(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestAThreatThatWaitsOnACondition:
    @pytest.mark.parametrize(
        "text",
        [
            "my boss says if I complain he will report me to immigration, I work every day",
            "el patrón dice que si me quejo me denuncia a migración, trabajo todos los días",
            "le patron dit que si je me plains il appelle l'immigration",
            "хозяин говорит, если я пожалуюсь, он позвонит в миграционную службу",
        ],
    )
    def test_is_high_not_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.high

    def test_a_threat_to_life_is_still_an_emergency(self) -> None:
        assert _rules("he says if I talk to the police he will kill me") is Urgency.emergency


class TestMoneyOrPapersHeldAreNoConfinement:
    @pytest.mark.parametrize(
        "text",
        [
            "агентство удерживает из зарплаты половину, я работаю по 12 часов",
            "老板把我的护照锁在柜子里，不还给我",
        ],
    )
    def test_is_no_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.high


class TestAFavourIsNoPursuit:
    @pytest.mark.parametrize(
        "text",
        [
            "J'ai quitté ce milieu l'an passé. Mon casier judiciaire m'empêche de me trouver un emploi, un "
            "avocat peut m'aider?",
            "I left that job last year and a friend wants to find me a job in Ottawa, can you help with my "
            "permit?",
        ],
    )
    def test_is_standard(self, text: str) -> None:
        assert _rules(text) is Urgency.standard


class TestAWitnessUnsureOfWhatTheySee:
    @pytest.mark.parametrize(
        "text",
        [
            "Next door a man drops off young women every night and locks the door behind them. Not sure if "
            "it's trafficking, should I call someone?",
            "En el edificio de enfrente un hombre encierra a unas muchachas cuando sale. No sé si es trata "
            "o estoy exagerando.",
        ],
    )
    def test_is_no_emergency(self, text: str) -> None:
        assert _rules(text) is not Urgency.emergency

    def test_a_witness_seeing_it_now_is(self) -> None:
        text = "Not sure if it's trafficking but right now a man is beating a woman in the parking lot"
        assert _rules(text) is Urgency.emergency

    def test_a_child_stays_an_emergency(self) -> None:
        text = "je sais pas si c'est grave, la petite voisine de 12 ans est enfermée dans le garage ce soir"
        assert _rules(text) is Urgency.emergency


def test_cyrillic_laughter_is_a_joke() -> None:
    assert _rules("мене кіт тримає вдома 😹 хахаха") is Urgency.low


class TestAProfessionalAsking:
    @pytest.mark.parametrize(
        "text",
        [
            "Bonjour, je suis journaliste à la radio, je prépare un reportage sur le recrutement de "
            "travailleurs "
            "agricoles. Pourriez-vous m'accorder une entrevue?",
            "Soy investigadora de la universidad y estudio la captación de trabajadoras domésticas. "
            "¿Tienen datos?",
            "Я корреспондентка газеты, готовлю материал о вербовке рабочих. Можно задать вопросы?",
            "I'm a graduate student writing my thesis on debt bondage among recruited workers. Could "
            "we talk?",
        ],
    )
    def test_is_low_though_it_names_exploitation(self, text: str) -> None:
        assert _rules(text) is Urgency.low

    def test_a_professional_telling_a_danger_now_is_not(self) -> None:
        text = "I'm a journalist and right now a man is beating a girl in the hallway of my building, help"
        assert _rules(text) is Urgency.emergency


class TestAQuestionAboutTheLine:
    @pytest.mark.parametrize(
        "text",
        ["¿Ustedes atienden en español? ¿Es gratuito?", "Eske nou pale kreyòl?", "这个热线要收费吗？"],
    )
    def test_is_low(self, text: str) -> None:
        assert _rules(text) is Urgency.low


class TestAnApproximateNumberIsNoAge:
    @pytest.mark.parametrize(
        "text",
        [
            "Trong nhà đó có khoảng 9 cô gái ở chung, không ai ra ngoài",
            "il y a environ 7 filles qui vivent là",
        ],
    )
    def test_counts_people_not_years(self, text: str) -> None:
        result = triage.analyze(text, second_opinion=False)
        assert Indicator.minor_involved not in result.indicators

    def test_with_a_word_of_age_it_is_an_age(self) -> None:
        result = triage.analyze("elle a environ 15 ans et le patron la garde", second_opinion=False)
        assert Indicator.minor_involved in result.indicators


class TestLocksHidingAndFarewellsAsPeopleWriteThem:
    @pytest.mark.parametrize(
        "text",
        [
            "the boss padlocked the container with 6 of us inside, it is very hot",
            "mes enfants et moi, porte cadenassée, on peut pas sortir",
            "нас закрили на складі, телефон забрали",
            "меня закрыли в подвале, воды нет",
            "my cousin 13 is hiding under the bed because the man is drunk",
            "钱永远还不完，今晚就结束吧",
            "nabali ang paa ko sa construction, ayaw akong dalhin ng amo sa ospital",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert _rules(text) is Urgency.emergency


class TestAnOngoingSituationAsPeopleWriteIt:
    @pytest.mark.parametrize(
        "text",
        [
            "ça fait 5 mois qu'il garde mon passeport et je travaille sans salaire",
            "a patroa não deixa eu sair sozinha, trabalho todos os dias",
            "الكفيل لا يسمح لي بالخروج من البيت منذ شهور",
            "агент каже, що не відпустить, поки я не поверну борг",
            "mera passport unke locker me hai aur paise nahi dete",
        ],
    )
    def test_is_high(self, text: str) -> None:
        assert _rules(text) is Urgency.high


def test_a_conditional_threat_to_a_child_is_not_demoted() -> None:
    text = "my nephew is 12, right now he is in the van of a man who said if he runs he will beat him"
    assert _rules(text) is Urgency.emergency


def test_a_room_locked_from_outside_in_romanised_hindi() -> None:
    assert _rules("bhai hum 5 log, kamra bahar se band hai, khana nahi") is Urgency.emergency
