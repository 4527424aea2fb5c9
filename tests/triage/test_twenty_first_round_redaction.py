"""Issue 11, round 21 (helper red21): third parties and lawyers who name the people they write
about with a title ("李文博律师", "بیرسٹر نادیہ قریشی"), case numbers in the forms courts and
lawyers write them, signatures after a dash, and the words that look like names and are not.
The sentences are the team's own; the names and numbers in them are made up."""

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


class TestChineseNamesBeforeATitle:
    """A full Chinese name right before a title ("我是李文博律师", "代理黄秀英女士的案件",
    "张伟医生"), and a family name before a lawyer's or a doctor's title ("陈律师"); not a word
    that starts with a family character ("高中老师", "周末", "马上")."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("您好，我是李文博律师，想咨询一下。", "李文博"),
            ("我代理黄秀英女士的民事索赔案。", "黄秀英"),
            ("请联系王医生或者张伟律师。", "张伟"),
            ("请联系陈律师，他会帮你。", "陈律师"),
            ("林芳女士现在很安全。", "林芳"),
            ("我的案子由刘建华教授负责。", "刘建华"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert _leaks(text, name) is False

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("我的朋友，王丽娜，被关起来了。", "王丽娜"),
            ("我表妹，李娜，今年15岁。", "李娜"),
        ],
    )
    def test_a_name_between_commas_after_a_relation_is_redacted(self, text: str, name: str) -> None:
        assert _leaks(text, name) is False

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("我朋友，周末会来。", "周末"),
            ("我是高中老师，想问问怎么给学生讲。", "高中老师"),
            ("周末老板不在店里。", "周末老板"),
            ("马上老板就来了。", "马上老板"),
        ],
    )
    def test_a_word_before_a_title_is_kept(self, text: str, word: str) -> None:
        assert _kept(text, word)


class TestCaseNumbers:
    """A case number after the words lawyers write in Hindi and Urdu ("मुकदमा संख्या",
    "کیس نمبر"), after a Haitian noun and its article ("dosye a se"), and a Chinese court's
    case number, which needs no cue ("（2023）粤0106民初12345号")."""

    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("मुकदमा संख्या 4817/22 है, सुनवाई मार्च में है।", "4817"),
            ("मेरे मुवक्किल का मामला नंबर 5520/23 है।", "5520"),
            ("میرے موکل کا کیس نمبر 4817-22 ہے", "4817"),
            ("Dosye a se 55120 nan IRCC.", "55120"),
            ("案号：（2023）粤0106民初12345号，当事人在多伦多。", "12345"),
            ("她的案子(2022)京01民终888号已经判了。", "888"),
        ],
    )
    def test_the_number_is_redacted(self, text: str, number: str) -> None:
        assert _leaks(text, number) is False

    def test_a_date_in_chinese_is_kept(self) -> None:
        assert _kept("我是2023年5号到的多伦多。", "2023")


class TestSignatures:
    """A listed first name that is also a word ("Junior", "Hope"), alone after a dash at the
    end, signs the message; a place there does not."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Je fais quoi avant qu'il revienne? — Junior", "Junior"),
            ("What should I do now? - Hope", "Hope"),
            ("¿Qué puedo hacer? — Junior", "Junior"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert _leaks(text, name) is False

    def test_a_town_after_a_dash_is_kept(self) -> None:
        assert _kept("On se voit là-bas. — Regina", "Regina")


class TestUrduTitlesAndGreeting:
    """A name after a lawyer's title in Urdu ("بیرسٹر نادیہ قریشی"); the greeting in Urdu
    spelling ("السلام علیکم") is no name."""

    def test_the_name_after_the_title_is_redacted(self) -> None:
        assert _leaks("السلام علیکم، میں بیرسٹر نادیہ قریشی ہوں۔", "نادیہ") is False

    def test_the_greeting_is_kept(self) -> None:
        assert _kept("السلام علیکم، میں بیرسٹر نادیہ قریشی ہوں۔", "السلام علیکم")


class TestOrganisations:
    """A radio station's name after "se" (it is) in Haitian Creole is no person."""

    def test_the_station_is_kept(self) -> None:
        assert _kept("Bonjou, se Radyo Pa Nou Montreal. Nou ta renmen fè yon emisyon.", "Radyo Pa Nou")


class TestPhonesWithTheDashSaid:
    """A phone whose groups are split by the word for a dash ("0917 dash 555 dash 0142",
    "916 тире 555 тире 0143"), in the shape of a phone; a score is kept."""

    @pytest.mark.parametrize(
        "text",
        [
            "numero ko ay 0917 dash 555 dash 0142",
            "mon numéro 514 tiret 555 tiret 0107",
            "mi número 514 guion 555 guion 0107",
            "meu número 514 traço 555 traço 0107",
            "номер 916 тире 555 тире 0143",
            "số em 090 gạch 555 gạch 2180",
            "nimewo m 514 tirè 555 tirè 0107",
            "رقمي 514 شرطة 555 شرطة 0107",
            "मेरा नंबर 647 डैश 555 डैश 0184",
        ],
    )
    def test_the_phone_is_redacted(self, text: str) -> None:
        assert _leaks(text, "555") is False

    def test_a_score_is_kept(self) -> None:
        assert _kept("We won 3 dash 2 last night, score 514 dash 5", "514 dash 5")


class TestSignatureBlocks:
    """A closing word that ends its line, then a name of two or three capitalised words before
    a comma, a bar or the line's end: a signature block's name, in every language written with
    capitals; an organisation or a place there is kept."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Thanks,\nDana Whitford | Outreach Coordinator | Covenant House Toronto", "Whitford"),
            ("Thanks,\nDana Whitford\nOutreach Coordinator\nSafe Harbour Centre", "Whitford"),
            ("Cumprimentos,\nThaynara Oliveira, assistente social", "Thaynara"),
            ("Un abrazo,\nItzel Cuautle, trabajadora social", "Cuautle"),
            ("Mulțumesc,\nLoredana Vîlcu | asistentă socială", "Loredana"),
            ("С уважением,\nГульнара Ахметова\nсоцработник", "Гульнара"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert _leaks(text, name) is False

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Thanks,\nNew York Times", "New York Times"),
            ("Thanks,\nCovenant Centre Toronto\nOutreach team", "Covenant Centre"),
        ],
    )
    def test_an_organisation_or_a_place_is_kept(self, text: str, kept: str) -> None:
        assert _kept(text, kept)


class TestChineseRoleThenName:
    """A role, a space, then the name that signs ("社工 陈嘉欣，华人服务中心"); "周末" (weekend)
    after a relation is no name."""

    def test_the_name_is_redacted(self) -> None:
        assert _leaks("谢谢，\n社工 陈嘉欣，华人服务中心", "陈嘉欣") is False

    def test_the_weekend_is_kept(self) -> None:
        assert _kept("我朋友周末会来。", "周末")


class TestVietnameseMonasticNames:
    """ "Thích", the family name Vietnamese Buddhist monks and nuns take, opens their full name
    ("thầy Thích Minh Quang"); the verb "thích" (to like) stays."""

    @pytest.mark.parametrize(
        "text",
        ["Xin liên hệ thầy Thích Minh Quang.", "Sư cô Thích Nữ Diệu Hạnh sẽ đến nói chuyện."],
    )
    def test_the_name_is_redacted(self, text: str) -> None:
        assert _leaks(text, "Thích") is False

    def test_the_verb_is_kept(self) -> None:
        assert _kept("Tôi rất thích Montréal, em Thích ăn phở.", "thích Montréal")


class TestNepaliNumberLabel:
    """ "उहाँको नम्बर" (his number) before the phone that ends a Nepali message is no signature."""

    def test_the_label_is_kept(self) -> None:
        assert _kept("म धनगढीमा छु। उहाँको नम्बर +1 403 555 0178", "उहाँको नम्बर")
