"""Issue 11, seventeenth round: names where people really write them (after a relation word in
a script without capitals, before a verb of speech, in a signature before a contact label) and
the words taken for names in their place (a cue phrase inside a longer one, unaccented
Vietnamese). The sentences are the team's own; the names and numbers in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestTheLongestCuePhraseIntroducesTheName:
    """A cue phrase that begins a longer one ("tên thật" in "tên thật của tôi", "numele" in
    "numele ei e") does not make the next word of the longer one a name."""

    @pytest.mark.parametrize(
        ("text", "kept", "name"),
        [
            ("ten that cua toi: Hoang Thi Mai", "cua toi", "Hoang Thi Mai"),
            ("tên thật của tôi: Hoàng Thị Mai", "của tôi", "Hoàng Thị Mai"),
            ("tên thật của tôi là Hoàng Thị Mai", "của tôi", "Hoàng Thị Mai"),
            ("Sora mea plânge. Numele ei e Mihaela Dobre.", "Numele ei e", "Mihaela Dobre"),
            ("E fratele meu, numele lui e Ion Popa.", "numele lui e", "Ion Popa"),
        ],
    )
    def test_the_words_of_the_cue_stay(self, text: str, kept: str, name: str) -> None:
        assert kept in redact(text)[0]
        assert not _leaks(text, name)


class TestUnmarkedVietnameseWordsAreNoNames:
    """Vietnamese typed without its marks writes words that are listed first names in lower
    case ("tìm" find, "theo" follow, "lúc" when): there, such a name needs its capital or a cue."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("toi muon tim viec lam", "tim"),
            ("em dang tim nha o Toronto, khong co tien", "tim"),
            ("anh ta bat em di theo, khong cho ve nha", "theo"),
            ("chu nha khong tra luong, toi phai di lam luc nua dem", "luc"),
        ],
    )
    def test_the_word_stays(self, text: str, word: str) -> None:
        redacted = redact(text)[0]
        assert word in redacted
        assert "[PERSON]" not in redacted

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("toi lam viec voi Tim o Toronto, khong duoc tra luong", "Tim"),
            ("chi toi la Khanh, nguoi ta giu ho chieu cua chi", "Khanh"),
            ("tim took my passport and left", "tim"),
            ("ajuda, o theo pegou meu passaporte", "theo"),
        ],
    )
    def test_a_name_with_its_capital_or_in_another_language_is_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)


class TestAHelpersNameAfterTheirRole:
    """The people who help a caller (a social worker, a lawyer, a counsellor) are named after
    their role as relatives are ("my worker Dana", "mon avocate Julie"); after "is", a family
    name that is also a town ends the name ("my worker is Dana Whitehorse")."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Victim services (my worker is Dana Whitehorse) told me to write", "Dana Whitehorse"),
            ("my boss is Dana Whitehorse and he keeps our passports", "Dana Whitehorse"),
            ("my caseworker Dana said you could help", "Dana"),
            ("mon intervenante Wislande m'a donné votre numéro", "Wislande"),
            ("mi abogada Misleidy dice que puedo denunciar", "Misleidy"),
            ("o meu advogado Tiberio falou com vocês", "Tiberio"),
            ("avocata mea Sorinela a zis să vă scriu", "Sorinela"),
            ("мой адвокат Ержан сказал написать вам", "Ержан"),
            ("мій юрист Добромир порадив написати", "Добромир"),
            ("avoka m Dorcelus di m ekri nou", "Dorcelus"),
        ],
    )
    def test_the_name_is_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("I came on the Seasonal Agricultural Worker Program in 2019", "Worker Program"),
            ("my lawyer is in Whitehorse this week", "Whitehorse"),
            ("mi abogada es de Guatemala", "Guatemala"),
        ],
    )
    def test_programmes_and_places_stay(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]

    def test_a_relation_after_a_sentences_first_word_still_names(self) -> None:
        # German writes every noun with a capital: "Meine Cousine" is no title
        assert not _leaks("Meine Cousine Jana schreibt mir gerade aus Toronto", "Jana")


class TestAChineseNameSignsBeforeItsContact:
    """A Chinese full name that opens the last sentence right before a contact label signs the
    message ("...职业培训。王秀英 微信：..."); thanks, roles and places there stay."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("我去年离开了。现在想找免费的英语课。王秀英 微信：wangxy_0811", "王秀英"),
            ("谢谢你们。陳美玲 手機：0912 345 678", "陳美玲"),
            ("请帮帮我！李建军 电话 416-555-0100", "李建军"),
        ],
    )
    def test_the_name_is_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("谢谢 微信：abc_123", "谢谢"),
            ("我在这里。老板电话：416-555-0100", "老板"),
            ("他们在多伦多。温哥华 微信：abc_99", "温哥华"),
        ],
    )
    def test_other_words_stay(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestDigitsSaidApartBelongToTheAddress:
    """An e-mail address said aloud puts a space before its digits ("rawat 88 at gmail"): the
    name before them is part of the address."""

    @pytest.mark.parametrize(
        ("text", "email"),
        [
            ("ईमेल: vikram dot sethi 88 at gmail dot com", "vikram dot sethi 88 at gmail dot com"),
            (
                "correo: marisol punto lopez 92 arroba gmail punto com",
                "marisol punto lopez 92 arroba gmail punto com",
            ),
            (
                "mon courriel c'est julie point roy 77 arobase videotron point ca",
                "julie point roy 77 arobase videotron point ca",
            ),
        ],
    )
    def test_the_whole_address_is_masked(self, text: str, email: str) -> None:
        assert not _leaks(text, email)
        assert "[EMAIL]" in redact(text)[0]

    def test_a_label_before_the_digits_stays(self) -> None:
        assert redact("email: 88 at gmail dot com")[0] == "email: [EMAIL]"


class TestAnItalianFileNumber:
    """Italian names a file, a permit or a document before its number as the other languages do
    ("Numero della pratica W-4471-2023"); a year after such a word stays."""

    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("Posso farlo in videoconferenza? Numero della pratica W-4471-2023", "W-4471-2023"),
            ("il numero del fascicolo è RG-2231/24", "RG-2231/24"),
            ("Numero di pratica: TRB 88213", "TRB 88213"),
        ],
    )
    def test_the_number_is_masked(self, text: str, number: str) -> None:
        assert not _leaks(text, number)

    @pytest.mark.parametrize("text", ["la pratica è del 2021, 3 anni fa", "ho la patente da 10 anni"])
    def test_a_year_or_a_duration_stays(self, text: str) -> None:
        assert redact(text)[0] == text


class TestArabicInLatinLettersIsNoName:
    """Arabic typed in Latin letters and digits ("3andi", "m3a") writes "ana" (I), "rani" (I am),
    "lina" (to us): listed names in lower case, words there; a capitalised name is still taken."""

    @pytest.mark.parametrize(
        "text",
        [
            "salam, ana khdama f wahed l'usine dyal l7ot, lpatron chad lina les passeports",
            "khouya, rani f camion m3a 6 dial bnat, galou lina ghadi nmchiw l Toronto",
            "ana sha8al fe mat3am f Mississauga w el m3alem bydrobni",
        ],
    )
    def test_the_words_stay(self, text: str) -> None:
        assert redact(text)[0] == text

    def test_a_capitalised_name_is_taken(self) -> None:
        assert not _leaks("ana Youssef men Masr, geit Montreal 3ala tol", "Youssef")

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("sahbi karim sift li daba message f l'usine. 3afakom", "karim"),
            ("please ma tettaslo, ib3atouli msg bas. ana Nourhan", "Nourhan"),
        ],
    )
    def test_a_name_after_a_relation_or_i_am_is_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    def test_a_time_is_no_arabic(self) -> None:
        assert not _leaks("help, ana is locked in with me since 3am, call 911", "ana")


class TestAnArabicAdjectiveAfterARelationIsNoName:
    """After a relation, an Arabic word in "ال" is an adjective ("زوجي السابق", my former
    husband; "أختي الكبيرة", my elder sister), not a first name; a name there is still taken."""

    @pytest.mark.parametrize(
        "text",
        [
            "زوجي السابق ما عاد يتصل ولا يهددني",
            "قبل خمس سنين كان زوجي الأول يقفل علي البيت",
            "زوجي القديم كان يضربني",
        ],
    )
    def test_the_adjective_stays(self, text: str) -> None:
        assert redact(text)[0] == text

    def test_a_name_after_the_relation_is_taken(self) -> None:
        assert not _leaks("أختي هبة عمرها 16 سنة", "هبة")


class TestAFamilyNamedWithItsArticle:
    """French and Spanish name a family with the plural article ("chez les Tremblay", "con los
    Ramírez"): the article goes with the name; other "les" stay."""

    @pytest.mark.parametrize(
        ("text", "family"),
        [
            ("Ma fille garde les enfants chez les Tremblay tous les soirs", "les Tremblay"),
            ("mi hija limpia con los Ramírez cada noche sin pago", "los Ramírez"),
        ],
    )
    def test_the_article_goes_with_the_name(self, text: str, family: str) -> None:
        assert not _leaks(text, family)

    def test_other_articles_stay(self) -> None:
        assert redact("j'ai vu Marie et les autres")[0] == "j'ai vu [PERSON] et les autres"


class TestWordsOfOtherLanguagesAreNoNames:
    """A Polish name's other case that is another language's word opens a sentence ("Kasi po",
    Tagalog "because"; "Kasi" is "Kasia" declined); Hindi verbs and adverbs after a contact word
    or a relation ("संपर्क किया", contacted; "भाई जल्दी", brother, quick) are none either."""

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Gusto ko lang po itanong kung may shelter kayo. Kasi po yung asawa ng amo ko", "Kasi"),
            ("कितने लोगों ने आपकी हेल्पलाइन से संपर्क किया?", "किया"),
            ("भाई जल्दी, ग्रीनहाउस में सुपरवाइज़र ने मेरे दोस्त को बंद कर दिया", "जल्दी"),
        ],
    )
    def test_the_word_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Nie widziałam Kasi od tygodnia, szef ją zamknął", "Kasi"),
            ("मेरे भाई रमेश को मालिक ने बंद कर दिया", "रमेश"),
        ],
    )
    def test_a_name_there_is_still_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)


class TestTheOneCapitalInALowerCaseChat:
    """A chat typed in lower case, places and "i" too, capitalises one word on purpose: before
    what a person does, it is a name no list knows ("Dani says were going to calgary"); a
    role, a place or an institution there stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "[01:12] they moving us tonight\n[01:13] Dezz says were going to calgary\n"
                "[01:13] i dont want to go",
                "Dezz",
            ),
            ("my sister is locked in and Yoyi took her phone last night", "Yoyi"),
            ("mi hermana esta encerrada y Titou dice que no puede salir de la casa", "Titou"),
        ],
    )
    def test_the_name_is_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        "text",
        [
            "i dont know what to do Boss says we owe him",
            "help me please im scared Police said they cant come",
            "help im locked in a room and Winnipeg said nothing",
            "Dezz says were going to calgary",  # too short to tell a chat typed in lower case
        ],
    )
    def test_other_words_stay(self, text: str) -> None:
        assert redact(text)[0] == text
