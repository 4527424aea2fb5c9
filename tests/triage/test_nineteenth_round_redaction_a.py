"""Issue 11, nineteenth round (helper red19a): names in Latin-script messages where round 19's
writers put them (after a title written in lower case or in Romanian and Italian, in lists of
co-workers, in brackets as a nickname, after a son or a younger brother) and the words that look
like names but are not (saints, lakes, mountains, stations). The sentences are the team's own;
the names and numbers in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestATitleBeforeANameNoListKnows:
    """An honorific is the surest cue there is: Spanish and Portuguese write "don", "doña",
    "dona" in lower case before the name ("el mayordomo, don Fulgencio"); Romanian says
    "Domnul", "Doamna", "Dl." and Italian "signor", "signora", "Sig." before a family name."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("El mayordomo, don Chencho, guarda las tarjetas de todos.", "Chencho"),
            ("Trabajamos las dos para doña Eduviges, sin papeles.", "Eduviges"),
            ("A patroa, dona Quitéria, fica com os nossos passaportes.", "Quitéria"),
            ("Lucrez pe un șantier. Domnul Brânzaru, șeful, ne ține banii.", "Brânzaru"),
            ("Stăm la doamna Zăvoianu și nu ne lasă să plecăm.", "Zăvoianu"),
            ("Mi ha chiamato il signor Scarpellini e ha detto che devo pagare.", "Scarpellini"),
            ("Lavoro per la signora Brambillasca da due anni senza stipendio.", "Brambillasca"),
        ],
    )
    def test_the_name_after_the_title_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Trabajo en la tienda Don Pedrito Tacos, en Laval.", "Laval"),
            ("Il signor sindaco di Laval ha parlato ieri.", "Laval"),
        ],
    )
    def test_what_follows_no_title_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestANicknameInBrackets:
    """One word in brackets right after a name, starting with the name's letter, is the
    nickname made from it ("a Joana (Joaninha)", "Balwinder (Bittu)"); another word there may
    say where the person is from and stays ("Kofi (Ghanaian)", "Kofi (Kumasi)")."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Estamos fechados na cave, eu, a Joana (Joaninha) e mais duas.", "Joaninha"),
            ("owner Balwinder (Bittu) roz 14 ghante kaam karwata hai", "Bittu"),
            ("le boss, Jean-Robert (Jiji), garde nos passeports", "Jiji"),
            ("mi patrona Guadalupe (Gualu) nos cobra la renta", "Gualu"),
            ("Patronul, Gheorghe (Ghiță), ne ține actele", "Ghiță"),
        ],
    )
    def test_the_nickname_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("my boss Kofi (Kenyan) took our passports", "Kenyan"),
            ("mi amiga Rosa (Rimouski) me ayudó a salir", "Rimouski"),
        ],
    )
    def test_what_is_no_nickname_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestAListOfPeople:
    """A list separated by commas and "and" in which two names are found, or one and the
    writer ("I", "moi", "yo", "main", "eu"), is a list of people: its other capitalised words
    are names, those no list knows too, wherever else the message writes them. A place, a shop
    or a word saying where one is from in it stays, and so does the capitalised word that opens
    the sentence before it."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Estamos Chencho, Brayan, Don Tomás y yo, sin carro.", "Chencho"),
            ("A Chencho le cayó químico en los ojos. Estamos Chencho, Brayan, Don Tomás y yo.", "Chencho"),
            ("bhai hum 7 log hai: main, Gurpreet, Lovepreet, Sukhman, Arsh aur 2 bihar wale.", "Sukhman"),
            ("bhai hum 7 log hai: main, Gurpreet, Lovepreet, Sukhman, Arsh aur 2 bihar wale.", "Arsh"),
            ("Estamos fechados na cave, eu, a Joana (Joaninha) e o Kiame.", "Kiame"),
            ("On est quatre : moi, Aminata, Ndeye pis Yacouba, sans paie depuis mai.", "Ndeye"),
            ("We are three girls, me, Precious and Ebiere, locked in the house.", "Ebiere"),
            ("Suntem patru: eu, Costel, Marian și Ionuț, fără acte.", "Ionuț"),
        ],
    )
    def test_the_names_of_the_list_are_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Somos de Guatemala, Honduras y El Salvador, yo y Brayan.", "Honduras"),
            ("moi, Aminata et Mariam, on travaille chez Net-Pro, Walmart et Costco.", "Walmart"),
            ("We came from Kumasi, me, Kofi and Ama, all Ghanaian, to Toronto.", "Ghanaian"),
            ("Estamos Eusebio, Brayan y yo. Mañana, Lunes, vamos al hospital.", "Mañana"),
        ],
    )
    def test_what_is_no_person_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestARelationSaidWithWhichOne:
    """Between a relation and the name, the words saying which one ("pitit gason m", my boy
    child; "mi hermano menor", "fiul meu cel mic") are passed over as a possessive is, so a
    name no list knows after them is taken; a word in lower case there stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Pitit gason m Woodley 15 an, gen yon gang ki fè l vann dwòg.", "Woodley"),
            ("Pitit fi m Wislande pa vle ale lekòl ankò.", "Wislande"),
            ("mi hermano menor Yerzhan trabaja en la granja sin pago.", "Yerzhan"),
            ("meu filho mais novo Kauãzinho está com eles.", "Kauãzinho"),
            ("mon fils aîné Yerzhan ne revient plus de la ferme.", "Yerzhan"),
            ("fiul meu cel mic Yerzhan lucrează la ferma lui.", "Yerzhan"),
            ("mio fratello minore Yerzhan lavora senza contratto.", "Yerzhan"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("mi hermano menor Montreal no conoce, vive en Laval.", "Montreal"),
            ("Pitit gason m Ayiti rete, se mwen ki Kanada.", "Ayiti"),
        ],
    )
    def test_a_place_after_them_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestANameThatNamesAPlaceOrAFeast:
    """A first name after a capitalised word that makes it a saint, a lake or a mountain
    ("São João", "Sen Jan Batis", "Lake Louise", "Mount Saint Vincent"), or before a word that
    makes it an institution or a stop ("Kennedy station", "King City", "Jean Lesage airport"), or
    after Haitian "sou" (on: a street, "sou Bélanger") names no one and stays; the same name
    said of a person is still taken."""

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("a Associação vai fazer a festa de São João a 24 de junho.", "São João"),
            ("N ap òganize yon atelye jou Sen Jan Batis (24 jen) sou travay fòse.", "Sen Jan Batis"),
            ("housekeeping sa resort sa Lake Louise. 16 oras kami araw-araw", "Lake Louise"),
            ("a guest speaker for my class at Mount Saint Vincent University in March", "Saint Vincent"),
            ("Scarborough, perto da Kennedy station. por favor", "Kennedy station"),
            ("lavora come badante in una villa a King City da due anni", "King City"),
            ("he picked us up at Jean Lesage airport and took our passports", "Jean Lesage airport"),
            ("they took her to Joseph Brant Hospital last night", "Joseph Brant Hospital"),
            ("M nan yon Couche-Tard sou Bélanger kounye a", "Bélanger"),
            ("trabajo en una finca cerca de Santa Rosa, nos pagan poco", "Santa Rosa"),
        ],
    )
    def test_the_place_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("João me levou para a casa dele e ficou com o passaporte.", "João"),
            ("Louise took our passports at the farm near the lake.", "Louise"),
            ("my friend Kennedy drives us to the station.", "Kennedy"),
        ],
    )
    def test_the_person_is_still_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)


class TestANameInAppositionAfterWhereThePersonIsFrom:
    """A relation, "from" and a place, then a name between commas, is that person's name
    ("my student from Kazakhstan, Yerzhan, told me"); a second place there stays."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("my student from Kazakhstan, Yerzhan, told me his boss keeps his passport", "Yerzhan"),
            ("mi alumno de Honduras, Wilmer, me dijo que no le pagan", "Wilmer"),
            ("mon élève du Mali, Sékouba, m'a dit qu'il dort au travail", "Sékouba"),
            ("a minha colega de Angola, Kiame, contou-me tudo", "Kiame"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("my cousin from Haiti, Port-au-Prince, lives here now", "Port-au-Prince"),
            ("my friend from Mexico, Oaxaca state, works there", "Oaxaca"),
        ],
    )
    def test_a_place_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestANameDeclinedInRussianWrittenInLatinLetters:
    """In Russian or Ukrainian written in Latin letters, a listed first name with its case
    ending ("ot Viktora", from Viktor; "u Olega", "s Ivanom") is a name; a place declined
    so stays ("Edmontona"), and so does such a word in a message in another language."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("proverka svyazi. test ot Viktora iz russkoy obshchiny, eto rabotaet?", "Viktora"),
            ("ya rabotayu u Olega na ferme, on zabral moy pasport, pomogite", "Olega"),
            ("mne skazal chto nado govorit s Ruslanom, eto ego brat", "Ruslanom"),
        ],
    )
    def test_the_declined_name_is_redacted(self, text: str, name: str) -> None:
        assert not _leaks(text, name)

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("proverka svyazi. test ot Viktora iz russkoy obshchiny Edmontona, eto rabotaet?", "Edmontona"),
            ("We work near the Montana border, the boss keeps our passports.", "Montana"),
        ],
    )
    def test_what_is_no_name_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]


class TestVietnameseWordsThatFoldOntoNumberWords:
    """Vietnamese words written with their marks that fold onto a number word are not one
    ("từ", from, is not "tư", four; "bây giờ", now, holds no "bảy", seven; "bà", grandmother, no
    "ba"): "từ năm 2014, bây giờ" is a year, no phone; a phone said in number words still is."""

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Tôi đã thoát ra được từ năm 2014, bây giờ có gia đình ở Edmonton.", "2014"),
            ("Con tôi ở với bà từ năm 2019, bây giờ nó 12 tuổi.", "2019"),
        ],
    )
    def test_the_year_stays(self, text: str, kept: str) -> None:
        assert kept in redact(text)[0]

    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("số của em là không chín một hai ba bốn năm sáu bảy tám", "không chín một hai"),
            ("gọi em: năm một bốn, năm năm năm, không một hai bẩy", "năm một bốn"),
        ],
    )
    def test_a_phone_in_number_words_is_still_redacted(self, text: str, phone: str) -> None:
        assert phone not in redact(text)[0]
