"""Issue 11, round 22 (helper red22): the pieces of a name written beside the part the finder
finds (a quoted nickname and the surname after it, "van der" and "de la" before a surname,
the letters spelled one by one in a voice transcript, the characters of a Chinese name
explained), names half hidden by the writer ("박○○", "王某", "李××"), and the words kept that
looked like names (a bank ending in "bank", a school named after a king). The sentences are
the team's own; the names in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


def _kept(text: str, value: str) -> bool:
    redacted, _ = redact(text)
    return value in redacted


class TestAQuotedNicknameInsideAName:
    """ "Maria 'Mia' Santos", "Jean-Marc « Ti-Jean » Tremblay": the nickname between quotes and
    the surname after it are the same person's name."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("My cousin Maria 'Mia' Okonkwo is locked in the house.", "Okonkwo"),
            ("Mon oncle Jean-Marc « Ti-Jean » Lavoisier la garde enfermée.", "Ti-Jean"),
            ("Mon oncle Jean-Marc « Ti-Jean » Lavoisier la garde enfermée.", "Lavoisier"),
            ('El patrón, Ramón "El Toro" Quintanilla, nos amenaza.', "El Toro"),
            ('El patrón, Ramón "El Toro" Quintanilla, nos amenaza.', "Quintanilla"),
            ("Stăpânul, Ionel „Nelu” Bărbulescu, ne-a luat actele.", "Bărbulescu"),
            ("Kumuha ng passport ko si Rodel 'Dodong' Manalastas kahapon.", "Manalastas"),
        ],
    )
    def test_the_nickname_and_the_surname_are_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("My friend Maria said 'help' Tuesday and then nothing.", "Tuesday"),
            ('Ramón dijo "vete" Montréal es lejos.', "Montréal"),
            ("Ma sœur Julie a écrit « au secours » Lundi soir.", "Lundi"),
        ],
    )
    def test_a_quoted_word_that_is_not_a_nickname_keeps_what_follows(self, text: str, word: str) -> None:
        assert _kept(text, word)


class TestParticlesBeforeASurname:
    """Two particles before a surname ("van der", "de la", "van den", "de los")."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The supervisor, Pieter van der Berg, took our passports.", "Berg"),
            ("Mijn baas Joost van den Hoek houdt mijn paspoort.", "Hoek"),
            ("El encargado, Julio de los Santos, nos encierra.", "Santos"),
        ],
    )
    def test_the_surname_after_two_particles_is_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False

    def test_a_place_after_the_particles_is_kept(self) -> None:
        assert _kept("Pieter van der Berg came from Montréal last week.", "Montréal")


class TestLettersSpelledOneByOne:
    """A name spelled letter by letter in a voice transcript, after the name or after a cue:
    "Tomasz T O M A S Z", "Nasima, spelled N-A-S-I-M-A"."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("my name is Tomasz T O M A S Z and I need help", "T O M A S Z"),
            ("me llamo Lucía, L U C I A, y necesito ayuda", "L U C I A"),
            ("my name is Nasima, spelled N-A-S-I-M-A", "N-A-S-I-M-A"),
            ("je m'appelle Aurélie, A U R E L I E, je suis à Laval", "A U R E L I E"),
            ("amar nam Rupa R U P A ami Toronto te", "R U P A"),
            ("mă numesc Ileana I L E A N A, sunt la Iași", "I L E A N A"),
        ],
    )
    def test_the_spelled_letters_are_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("I need help, S O S, they lock the door", "S O S"),
            ("call the R C M P or the police", "R C M P"),
        ],
    )
    def test_letters_beside_no_name_are_kept(self, text: str, word: str) -> None:
        assert _kept(text, word)


class TestChineseCharactersExplained:
    """A Chinese caller tells the characters of a name: "木子李" (李 of 木 and 子), "建设的建" (建
    of 建设), "弓长张"."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("我叫李建国 木子李 建设的建 国家的国 我需要帮助", "建设的建"),
            ("我叫李建国 木子李 建设的建 国家的国 我需要帮助", "木子李"),
            ("我叫张伟，弓长张，伟大的伟，现在在多伦多", "伟大的伟"),
            ("我叫陈美玲 耳东陈 美丽的美 玲珑的玲", "玲珑的玲"),
        ],
    )
    def test_the_explained_characters_are_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("我叫张伟，我的护照在老板那里", "我的护照"),
            ("我叫张伟 我在多伦多的餐馆工作", "多伦多的餐馆"),
        ],
    )
    def test_other_phrases_with_de_are_kept(self, text: str, word: str) -> None:
        assert _kept(text, word)


class TestNamesHalfHidden:
    """A family name with the rest hidden ("박○○", "최○철 씨", "王某", "李××", "张**"): still a
    name, for the family name and the situation can identify the person."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("사장(김○○)이 여권을 가지고 있어요.", "김○○"),
            ("이○수 씨가 월급을 안 줘요.", "이○수"),
            ("老板(王○○)拿走了我的护照。", "王○○"),
            ("中介王某把我们锁在宿舍里。", "王某"),
            ("工头李××每天打我们。", "李××"),
            ("介绍人张**说要还债。", "张**"),
        ],
    )
    def test_the_hidden_name_is_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("某天老板把门锁上了。", "某天"),
            ("评分：★★★○○", "★★★○○"),
            ("注意**重要**事项", "注意"),
        ],
    )
    def test_other_masks_are_kept(self, text: str, word: str) -> None:
        assert _kept(text, word)


class TestHmongNamesInVietnamese:
    """Hmong names written in Vietnamese carry "A" between the clan and the given name ("Giàng A
    Sử", "Vàng A Dơ")."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Kẻ dụ dỗ em tôi tên là Sùng A Lử, ở Hà Giang.", "Lử"),
            ("Chồng tôi tên là Vàng A Dơ, anh ấy bị giữ ở Trung Quốc.", "Dơ"),
        ],
    )
    def test_the_given_name_after_a_is_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False


class TestWordsThatAreNotNames:
    """A bank named at the end of a message ("STK 0123 Vietcombank"), a school or a hospital
    named after a person ("Escola Básica D. Manuel I", "Hôpital Jean-Talon")."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("Chuyển tiền vào STK 0123456789 Agribank", "Agribank"),
            ("Tài khoản của tôi ở Sacombank bị khóa.", "Sacombank"),
            ("My wages went to an account at Firstbank, Lagos", "Firstbank"),
        ],
    )
    def test_a_bank_is_kept(self, text: str, word: str) -> None:
        assert _kept(text, word)

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("Sou professora na Escola Básica D. Manuel I, em Braga.", "Escola Básica D. Manuel I"),
            ("J'enseigne à l'École Jean-Baptiste-Meilleur à Repentigny.", "Jean-Baptiste-Meilleur"),
        ],
    )
    def test_an_organisation_named_after_a_person_is_kept(self, text: str, word: str) -> None:
        assert _kept(text, word)


class TestHaitianCalledAfterADeterminer:
    """Haitian Creole "chofè a rele X" (the driver is called X): a capitalised name after "a
    rele", "la rele", "an rele"."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Nou nan kamyon an, chofè a rele Tidjo, li pa kite nou soti.", "Tidjo"),
            ("Fanm nan rele Manoune, li pran paspò nou.", "Manoune"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False

    def test_whom_one_calls_is_kept(self) -> None:
        assert _kept("Si m pa ka soti, m a rele lapolis.", "lapolis")


class TestCountryCodeSaidInWords:
    """A country code said in words before a phone in digits, with "plus" and a joiner between
    the tens and the units ("plus patruzeci și nouă, 152 ...", "plus forty nine, 152 ...")."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Numărul ei e plus patruzeci și nouă, 152, 5550, 1187.", "plus patruzeci și nouă"),
            ("His number is plus forty nine, 152, 5550, 1187.", "plus forty nine"),
            ("Son numéro est plus quarante-neuf, 152, 5550, 1187.", "plus quarante-neuf"),
            ("Номер плюс сорок девять 152 5550 1187.", "плюс сорок девять"),
        ],
    )
    def test_the_country_code_is_part_of_the_phone(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False

    def test_an_amount_plus_a_phone_keeps_the_amount(self) -> None:
        assert _kept("He pays 300 plus tips, call 514 555 0143", "300 plus tips")


class TestEuropeanCourtFileNumbers:
    """The division, the register's letters, the number and the year of a European court's file
    ("IV P 118/24", "3 Ca 123/24"); a date or "24/7" alone is no file number."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Potrzebuję tłumacza do sprawy w sądzie pracy, sygnatura II P 342/23.", "II P 342/23"),
            ("Sprawa I C 1234/2023 jest w sądzie rejonowym.", "I C 1234/2023"),
            ("Das Arbeitsgericht hat das Aktenzeichen 7 Ca 561/24 vergeben.", "7 Ca 561/24"),
        ],
    )
    def test_the_file_number_is_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("I arrived 03/23 and left in 11/24.", "03/23"),
            ("Przyjechałam w 2023, pracowałam 12 godzin dziennie.", "2023"),
        ],
    )
    def test_dates_are_kept(self, text: str, word: str) -> None:
        assert _kept(text, word)


class TestPolishEverydayNamesDeclined:
    """The everyday Polish forms in -ka and -sia, declined after a preposition ("do Kaśki", to
    Kaśka's; "u Baśki", "z Gośką")."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("sorki, pomyłka, to miało iść do Baśki", "Baśki"),
            ("Byłam wczoraj u Gośki, ona też nie dostała wypłaty.", "Gośki"),
            ("Przyjechałam z Zośką, szef zabrał nam paszporty.", "Zośką"),
        ],
    )
    def test_the_declined_name_is_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False


class TestHindiInLatinLettersPostpositions:
    """A capitalised word before "ko" (object) or "ne" (agent) in Hindi written in Latin letters
    is a person ("mujhe aur Raju ko band kar diya", "Pinky ne mera phone le liya"); God, the
    employer and places stay."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("madad karo, mujhe aur Bittu ko kamre me band kar diya hai", "Bittu"),
            ("hamare camp me Lakhan ne mera passport le liya, ab wapas nahi de raha", "Lakhan"),
            ("meri behen aur Guddo ko kal se khana nahi diya", "Guddo"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("bas Allah ne bachaya, hum abhi Dubai me hai", "Allah"),
            ("hum log kal Delhi ko nikal gaye the, kya karein", "Delhi"),
            ("Pagal hu kya, ye nahi karunga", "Pagal"),
        ],
    )
    def test_other_words_are_kept(self, text: str, word: str) -> None:
        assert _kept(text, word)


class TestBusinessesNamedLikeStreetsOrPeople:
    """A business whose name starts with a street type ("Rang", "Square") or signs a message:
    its last word is a business word ("Radio", "Manpower"), or a number word alone names a mall
    ("Square One"). A home on a street stays an address."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("On veut annoncer votre numéro. - Punjab Rang Radio, Surrey", "Punjab Rang Radio"),
            ("we are in the parking lot of Square One, she is not breathing well", "Square One"),
            ("Can you send us posters? - Golden Star Manpower", "Golden Star Manpower"),
        ],
    )
    def test_the_business_is_kept(self, text: str, word: str) -> None:
        assert _kept(text, word)

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Thanks for your help. - Mariela Quispe", "Mariela Quispe"),
            ("I live at 12 Maple Street, apt 4, with my aunt", "12 Maple Street"),
        ],
    )
    def test_a_person_and_a_home_are_still_redacted(self, text: str, value: str) -> None:
        assert _leaks(text, value) is False
