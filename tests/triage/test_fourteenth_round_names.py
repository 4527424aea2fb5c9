"""Issue 11, fourteenth round: names in the shapes new writers used (train14), told by general
rules, each with the words that must survive. The sentences are the team's own; the names in
them are made up."""

from __future__ import annotations

import pytest

from triage.redaction import redact


def _redacted(text: str) -> str:
    return redact(text)[0]


class TestANameFoundOnceIsFoundAgain:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "C'est l'amie de Léa qui écrit. Léa (19 ans) se fait faire du chantage.",
                "C'est l'amie de [PERSON] qui écrit. [PERSON] (19 ans) se fait faire du chantage.",
            ),
            (
                "Mon amie Lily a 17 ans. Lily ne répond plus.",
                "Mon amie [PERSON] a 17 ans. [PERSON] ne répond plus.",
            ),
        ],
    )
    def test_the_second_writing_opening_a_sentence_is_redacted(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("Ma fille Rose a 15 ans. Elle aime la rose.", "la rose"),  # the flower, in lower case
            ("Tôi bị nhốt ở Anh. Số hồ sơ bên cảnh sát Anh: không có.", "ở Anh"),  # in England
        ],
    )
    def test_a_lower_case_namesake_or_a_place_after_a_place_word_stays(self, text: str, kept: str) -> None:
        assert kept in _redacted(text)


class TestChineseNames:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("我個女16歲，佢叫Chloe。求下你哋", "Chloe"),  # Cantonese "she is called"
            ("我的电话：514-555-0134，李明", "李明"),  # a full name after the last comma signs
            ("老李的工厂不发工资，我想走。", "老李"),  # a familiar name, then "of"
            ("我表妹周小敏19岁，在餐馆打工。", "周小敏"),  # a relation, a full name, an age
        ],
    )
    def test_the_name_is_redacted(self, text: str, name: str) -> None:
        assert name not in _redacted(text)

    @pytest.mark.parametrize(
        "text",
        [
            "我在工厂做工，谢谢",  # thanks: a doubled character
            "我现在在温哥华，温哥华",  # Vancouver: a place
            "请帮帮我，马上",  # at once: a function character
            "老师的话我听不懂",  # the teacher's words: 师 is no family name after 老 here
            "我工作了3个小时的时间",
        ],
    )
    def test_words_that_look_like_names_stay(self, text: str) -> None:
        assert _redacted(text) == text


class TestKoreanFullNameBeforeANounOfHers:
    def test_a_name_ending_like_a_particle_before_her_story_is_redacted(self) -> None:
        assert _redacted("사촌 이지은 얘기인데요, 사장이 여권을 뺏었어요.") == (
            "사촌 [PERSON] 얘기인데요, 사장이 여권을 뺏었어요."
        )

    @pytest.mark.parametrize("text", ["언니 나이는 얘기 안 했어요", "언니 회사는 토론토에 있어요."])
    def test_a_noun_and_its_particle_before_such_a_noun_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestTurkishSelfIntroductionInLowerCase:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "merhaba ben Ahmet. patronum pasaportumu aldı.",
                "merhaba ben [PERSON]. patronum pasaportumu aldı.",
            ),
            ("Mehmet ve Ahmet geldi", "[PERSON] ve [PERSON] geldi"),
        ],
    )
    def test_a_name_after_a_word_spelled_like_an_unmarked_place_word_is_redacted(
        self, text: str, expected: str
    ) -> None:
        assert _redacted(text) == expected

    def test_a_listed_name_after_the_marked_vietnamese_place_word_stays(self) -> None:
        assert _redacted("em ở bên Bình Dương") == "em ở bên Bình Dương"


class TestAListedNameBeforeAnActOfAPerson:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Jordan took my passport and I can't leave.", "[PERSON] took my passport and I can't leave."),
            ("Then Jordan said he would call the police.", "Then [PERSON] said he would call the police."),
        ],
    )
    def test_the_name_opening_the_sentence_is_redacted(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize(
        "text",
        ["I went to Jordan. Immigration said no.", "May said no.", "Hope is all I have, Will said nothing."],
    )
    def test_a_place_an_institution_or_a_month_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestNicknamesWithAnArticle:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Trabajo para el Chino en la cocina.", "Trabajo para el [PERSON] en la cocina."),
            ("Eu trabalho para o Zé na obra.", "Eu trabalho para o [PERSON] na obra."),
            ("il Moro mi ha chiuso", "il [PERSON] mi ha chiuso"),
        ],
    )
    def test_the_nickname_is_redacted(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "compré en el chino de la esquina",
            "Trabajé en El Salvador y en China",
            "Fui a la China el año pasado",
        ],
    )
    def test_a_lower_case_word_or_a_place_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestPersianNamesInPersianLetters:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("با تشکر، علی", "با تشکر، [PERSON]"),  # a closing, then the writer's name
            ("من رضا هستم و ۲۵ سالمه", "من [PERSON] هستم و ۲۵ سالمه"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize("text", ["ممنون از شما", "با تشکر از کمک شما", "امید دارم کمک کنید"])
    def test_thanks_and_everyday_words_stay(self, text: str) -> None:
        assert _redacted(text) == text


class TestVietnameseGivenNamesThatAreWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("mình là Vy nè", "mình là [PERSON] nè"),
            ("thằng Tùng bắt em đi khách", "thằng [PERSON] bắt em đi khách"),
            ("em gặp Tùng ở Toronto", "em gặp [PERSON] ở Toronto"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize(
        "text", ["Như em đã nói, chủ giữ hộ chiếu", "Tài khoản của em bị khóa", "Em sống ở Giang Tô"]
    )
    def test_the_word_opening_a_sentence_or_a_place_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestALatinFirstNameGluedToChinese:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("我的室友Amy也被骗了", "我的室友[PERSON]也被骗了"),
            ("我老公叫Kevin，他打我", "我老公叫[PERSON]，他打我"),
        ],
    )
    def test_the_name_is_redacted(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize(
        "text", ["我用WhatsApp联系", "在Victoria工作", "我在Walmart上班", "April的时候来的"]
    )
    def test_apps_places_shops_and_months_stay(self, text: str) -> None:
        assert _redacted(text) == text


class TestAnOfficersRank:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Officer Dupuis told me to call you", "Officer [PERSON] told me to call you"),
            ("Constable Wong said it was closed", "Constable [PERSON] said it was closed"),
        ],
    )
    def test_the_name_after_the_rank_is_redacted(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize("text", ["I called the Officer on duty", "the Detective Agency"])
    def test_the_rank_alone_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestACaseEndingAfterAnApostropheOrADash:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Dün Ayşe'yi dövdü", "Dün [PERSON] dövdü"),
            ("Mehmet'ten para aldım", "[PERSON] para aldım"),
        ],
    )
    def test_a_listed_name_with_its_ending_is_redacted(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Tim Hortons'da çalışıyorum",
            "আমি Tim Hortons-এ কাজ করি",
            "我在Tim Hortons打工",
            "Toronto'da yaşıyorum",
        ],
    )
    def test_a_shop_named_like_a_person_or_a_town_with_its_ending_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestBengaliNames:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("আমি সুমি, বয়স ২০", "আমি [PERSON], বয়স ২০"),  # I am Sumi, age 20
            ("ধন্যবাদ, রাশেদ", "ধন্যবাদ, [PERSON]"),  # thanks, then the writer's name
            ("আমার স্বামী জামাল আমাকে মারে", "আমার স্বামী [PERSON] আমাকে মারে"),  # my husband J. beats me
        ],
    )
    def test_the_name_is_redacted(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize("text", ["ধন্যবাদ আপনাকে", "আমি টরন্টোতে থাকি", "আমি কাজ করি"])
    def test_thanks_and_the_writers_own_words_stay(self, text: str) -> None:
        assert _redacted(text) == text
