"""Issue 11, third round: classes of danger and of personal data that unseen messages missed.

Each test is a class, checked in several languages with sentences of its own (not the
corpus's): an escape that is not over, an Arabic verb after a relation cue that is no name.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Urgency


class TestAnEscapeThatIsNotOver:
    @pytest.mark.parametrize(
        "text",
        [
            "I ran away from the house this morning and they are looking for me",
            "escaped from the farm, now i'm hiding behind the church",
            "je me suis enfuie il y a une heure, je suis cachée chez une voisine",
            "me escapé de la casa, me están buscando en el barrio",
            "eu fugi da casa do patrão e eles estão me procurando",
            "am fugit acum doua ore si ma cauta prin oras",
            "мы сбежали, они ищут нас по всему городу",
            "я втекла, вони шукають мене",
            "मैं भाग गई, वे मुझे ढूँढ रहे हैं",
            "我逃出来了，他们正在找我",
        ],
    )
    def test_fled_and_pursued_or_hiding_is_an_emergency(self, text: str) -> None:
        assert triage.analyze(text).urgency is Urgency.emergency

    @pytest.mark.parametrize(
        "text",
        [
            "I ran away from that employer two years ago, can I still claim my wages?",
            "je me suis enfuie il y a trois ans, je voudrais porter plainte",
            "me escapé hace dos años y quiero saber sobre la visa",
            "am fugit acum trei ani, vreau un avocat",
        ],
    )
    def test_an_escape_long_ago_is_not_an_emergency(self, text: str) -> None:
        assert triage.analyze(text).urgency is not Urgency.emergency

    def test_a_conditional_leaving_is_no_escape(self) -> None:
        text = "Moi travail 16 heures. Patron dit visa fini si moi partir. Dormir dans cuisine."
        assert triage.analyze(text).urgency is Urgency.high


class TestAnArabicVerbAfterARelationIsNoName:
    @pytest.mark.parametrize(
        ("text", "verb"),
        [
            ("الكفيل يضربها في المطبخ", "يضربها"),
            ("المدير بيضربني كل يوم", "بيضربني"),
            ("جاري حبسوها في الغرفة", "حبسوها"),
        ],
    )
    def test_the_verb_stays_and_the_violence_is_seen(self, text: str, verb: str) -> None:
        assert verb in triage.analyze(text).redacted

    @pytest.mark.parametrize(
        ("text", "name"), [("أختي هبة عمرها 15", "هبة"), ("صديقتي سلمى في البيت", "سلمى")]
    )
    def test_a_name_after_a_relation_is_still_redacted(self, text: str, name: str) -> None:
        assert name not in triage.analyze(text).redacted


class TestViolenceInItsInflections:
    """A third person's violence in the forms verbs take: progressive, object pronouns,
    telegraphic, Arabic in Latin letters with digits."""

    @pytest.mark.parametrize(
        "text",
        [
            "mi prima me acaba de llamar, el patrón le está pegando en la bodega",
            "ma collègue vient de m'appeler, le gérant la frappe dans l'arrière-boutique",
            "minha irmã acabou de mandar mensagem, o marido está batendo nela agora",
            "prietena mea m-a sunat acum, sefii o lovesc in depozit",
            "صاحبتي بعتتلي هلق، الكفيل يضربها بالمطبخ",
            "khti sifatli daba, l patron kaydrbouha f lmatbakh, 3afakom",
            "pomogite, menya zaperli, on menya b'et",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert triage.analyze(text).urgency is Urgency.emergency


class TestTelegraphicAndMovedTonight:
    @pytest.mark.parametrize(
        "text",
        [
            "moi partir maison matin, patron chercher moi partout, il dit tuer",
            "救命。锁门。老板打我们。",
            "ils nous transfèrent ce soir dans une autre ville, j'ai caché le cell",
            "ne muta diseara cu duba in alta tara, am ascuns telefonul",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert triage.analyze(text).urgency is Urgency.emergency


class TestAChildHeldOrSoldNow:
    @pytest.mark.parametrize(
        "text",
        [
            "मेरी भांजी 13 साल की है, उस आदमी ने उसे खरीदा है, उसने कहा बचा लो",
            "моя племянница 14 лет, дядя запер её, вечером приедут гости за ней",
            "my niece is 13, a man is driving her to another city to meet clients, please help",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert triage.analyze(text).urgency is Urgency.emergency

    def test_a_bare_now_does_not_make_an_ongoing_sale_an_emergency(self) -> None:
        text = "fiica mea de 16 ani e cu un iubit care o trimite la club, acum lucreaza acolo"
        assert triage.analyze(text).urgency is not Urgency.emergency


class TestHindiDoerMarkIsNoNegation:
    def test_ne_after_the_doer_does_not_deny(self) -> None:
        # "ने" folds to "न" once vowel signs go: it was read as "not".
        text = "मालिक ने मुझे कमरे में बंद किया है, अभी बचाओ"
        assert triage.analyze(text).urgency is Urgency.emergency

    def test_na_hi_still_denies(self) -> None:
        text = "उसने मुझे कभी मारा नहीं, न ही कमरे में बंद किया। बस तनख्वाह कम है"
        assert triage.analyze(text).urgency is not Urgency.emergency


class TestAStreetWithoutANumber:
    @pytest.mark.parametrize(
        ("text", "street"),
        [
            ("je reste sur la rue Bellechasse, il me surveille", "Bellechasse"),
            ("moro na rua dos pinheiros com o patrão", "pinheiros"),
            ("vivo en la calle Ontario con ellos", "Ontario"),
            ("locuim pe strada Jarry, ne tin inchisi", "Jarry"),
            ("живём на ул. Белангер, нас не выпускают", "Белангер"),
            ("живу на вулиці Жаррі", "Жаррі"),
            ("نسكن في شارع Jean-Talon مع الكفيل", "Jean-Talon"),
            ("我们住在Finch街，老板不让出门", "Finch"),
        ],
    )
    def test_is_an_address(self, text: str, street: str) -> None:
        assert street not in triage.analyze(text).redacted

    @pytest.mark.parametrize(
        "text",
        ["je dors dans la rue depuis deux mois", "je prends des cours de français", "à sa place il"],
    )
    def test_a_common_word_is_no_street(self, text: str) -> None:
        assert "[ADDRESS]" not in triage.analyze(text).redacted


class TestNamesTypedWithoutTheUsualSigns:
    @pytest.mark.parametrize(
        ("text", "surname"),
        [
            ("me llamo carmen lucía ortega, trabajo en una finca", "ortega"),
            ("meu nome é joana paula silva, moro com eles", "silva"),
            ("tôi tên là trần văn nam, chủ giữ hộ chiếu", "nam"),
            ("je m'appelle awa traoré. je travaille", "traor"),
        ],
    )
    def test_a_full_name_in_lower_case_after_a_self_introduction(self, text: str, surname: str) -> None:
        assert surname not in triage.analyze(text).redacted

    def test_a_lower_case_name_stops_at_a_stop_word(self) -> None:
        assert "trabajo en una finca" in triage.analyze("me llamo maria y trabajo en una finca").redacted

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("не маю де жити з понеділка Оксана, +1 613 555 0142", "Оксана"),
            ("мой номер +1 438 555 0177, Айгерим", "Айгерим"),
        ],
    )
    def test_a_name_beside_a_contact_at_the_end(self, text: str, name: str) -> None:
        assert name not in triage.analyze(text).redacted

    @pytest.mark.parametrize(
        "text", ["Call me at 514 555 0199, Montreal", "escribeme al WhatsApp +1 514 555 0100"]
    )
    def test_a_place_or_an_app_beside_a_contact_is_no_name(self, text: str) -> None:
        assert "[PERSON]" not in triage.analyze(text).redacted


class TestAnEscapeNamesNoRestriction:
    def test_fled_and_pursued_says_threats_not_restriction(self) -> None:
        result = triage.analyze("I ran away from the farm this morning, they are looking for me")
        assert Indicator.restriction_of_movement not in result.indicators
        assert Indicator.intimidation_threats in result.indicators

    def test_a_survivor_asking_for_a_course_is_no_mere_information_request(self) -> None:
        text = "我去年从工厂逃出来了，现在想学英语，有没有免费课程？"
        assert triage.analyze(text).urgency is Urgency.standard


class TestALicencePlateAfterItsCue:
    @pytest.mark.parametrize(
        ("text", "plate"),
        [
            ("anotei a placa do carro: KLM 4471", "4471"),
            ("رقم لوحة السيارة: HJKT 905", "905"),
            ("他的车牌 AXRT 552", "552"),
            ("el coche tiene patente RTY 318", "318"),
        ],
    )
    def test_is_an_id_number(self, text: str, plate: str) -> None:
        assert plate not in triage.analyze(text).redacted


class TestNamesAfterRelationsAndWeakCues:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("colegul meu Sorin m-a sunat acum", "Sorin"),
            ("lucram in echipa lui Marcel la ferma", "Marcel"),
            ("老板叫吴建国，他不给工资", "吴建国"),
            ("Sou Benedito Tchimbila, moro em Toronto", "Tchimbila"),
            ("Naam Gurdeep, kaam bahut hai", "Gurdeep"),
        ],
    )
    def test_is_redacted(self, text: str, name: str) -> None:
        assert name not in triage.analyze(text).redacted

    @pytest.mark.parametrize("text", ["I am Toronto Police.", "Soy de Guatemala, trabajo aquí"])
    def test_a_place_after_a_weak_cue_stays(self, text: str) -> None:
        assert "[PERSON]" not in triage.analyze(text).redacted


class TestADoorBlockedAndWaitingForAnHour:
    @pytest.mark.parametrize(
        "text",
        [
            "il est chez moi, il bloque la porte et crie",
            "he is blocking the door and says I owe him",
            "я не говорити добре. двері замок. їсти нема",
            "ils attendent dans le stationnement, ça fait 2 heures qu'ils sont là",
            "a minha colega ligou: estão a bater-lhe no armazém",
        ],
    )
    def test_is_an_emergency(self, text: str) -> None:
        assert triage.analyze(text).urgency is Urgency.emergency


class TestJokesTestsAndDefinitionsInEachLanguage:
    @pytest.mark.parametrize(
        "text",
        [
            "lo que te dije antes del patrón era broma, perdón",
            "ce ti-am scris despre sefu, glumeam, scuze",
            "jo maine likha tha woh mazaak tha, sorry",
            "я пошутила про хозяина, извините",
            "刚才说老板的事是开玩笑的",
            "isso é só um teste de envio",
        ],
    )
    def test_is_low(self, text: str) -> None:
        assert triage.analyze(text).urgency is Urgency.low

    def test_a_survivor_asking_whether_care_is_free_is_not_low(self) -> None:
        text = "m fèk sot nan sitiyasyon sa a, m bezwen wè doktè, kote m ka ale gratis?"
        assert triage.analyze(text).urgency is not Urgency.low


class TestPayHeldOrTakenInOneClause:
    @pytest.mark.parametrize(
        "text",
        [
            "the supervisor takes half of every paycheck for the room",
            "el supervisor se queda con 300 dólares de cada quincena",
            "хозяйка забирает зарплату, говорит я должна",
            "o patrão ficou com dois meses de salário",
            "老板扣工资，说是中介费",
        ],
    )
    def test_is_withholding_of_wages(self, text: str) -> None:
        assert Indicator.withholding_of_wages in triage.analyze(text).indicators

    def test_pay_and_a_holding_word_in_different_clauses_are_not(self) -> None:
        text = "my pay is fine. he keeps asking me to work weekends"
        assert Indicator.withholding_of_wages not in triage.analyze(text).indicators
