"""Chinese written in pinyin without tones: read as Chinese, and its dangers seen.

A message is read so only when it is plainly pinyin (`triage.pinyin`): Vietnamese without
diacritics, English, French, Indonesian, Tagalog and Swahili stay what they are. The
sentences are the tests' own, not the corpus's; the near misses (a past story, a joke told in
words of death, an everyday complaint) must not become emergencies.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator, Urgency
from triage.pinyin import is_pinyin_word, plainly_pinyin
from triage.tokens import tokenize


def _read(text: str) -> triage.TriageResult:
    return triage.analyze(text, second_opinion=False)


class TestPinyinIsToldFromOtherLatinWriting:
    @pytest.mark.parametrize("word", ["anmianyao", "fangjian", "zhongwen", "xuexiao", "nvhai", "wo"])
    def test_syllables_and_compounds_are_pinyin(self, word: str) -> None:
        assert is_pinyin_word(word)

    @pytest.mark.parametrize("word", ["toi", "khong", "please", "suis", "tidak", "hindi", "trong"])
    def test_words_of_other_languages_are_not(self, word: str) -> None:
        assert not is_pinyin_word(word)

    @pytest.mark.parametrize(
        "text",
        [
            "ta ba wo de shouji na zou le, wo xianzai zai cesuo li",
            "women san ge ren zhu zai yi ge fangjian, laoban bu gei gongzi",
        ],
    )
    def test_plain_pinyin_is_read_as_chinese(self, text: str) -> None:
        assert plainly_pinyin(tokenize(text).words)
        assert _read(text).language == "zh"

    @pytest.mark.parametrize(
        "text",
        [
            "toi bi chu nha nhot trong phong, khong cho ra ngoai, cuu toi voi",
            "he can see me from the window, please help me",
            "je suis enfermee dans la chambre depuis hier, il a pris mon telephone",
            "saya dikunci di kamar oleh majikan, tolong bantu saya",
            "ako ay nakakulong sa kwarto, hindi ako makalabas, tulungan niyo po ako",
            "habari, huduma yenu ni bure? ni kwa ajili ya shule",
        ],
    )
    def test_other_languages_are_not_pinyin(self, text: str) -> None:
        assert not plainly_pinyin(tokenize(text).words)
        assert _read(text).language != "zh"


class TestPinyinDangerNow:
    @pytest.mark.parametrize(
        "text",
        [
            "wo gangcai tun le yi ping yao, bu xiang zai huo le",
            "laoban ba wo suo zai cangku li, ta qu he jiu le",
            "ta xianzai zai menkou, zai zhao wo, wo duo zai cesuo",
            "wo meimei 14 sui, ta gang shuo nanren bu rang ta zou",
            "ta gang da le wo, wo liu xie le, zai Toronto",
        ],
    )
    def test_danger_now_is_an_emergency(self, text: str) -> None:
        assert _read(text).urgency is Urgency.emergency

    def test_an_age_in_sui_under_18_is_a_minor(self) -> None:
        result = _read("wo biaodi cai 13 sui, laoban rang ta mei tian gan huo")
        assert Indicator.minor_involved in result.indicators

    def test_a_passport_kept_with_a_debt_is_an_ongoing_situation(self) -> None:
        result = _read("zhongjie kou le wo de huzhao, shuo wo qian ta 2 wan kuai zhongjie fei")
        assert result.urgency is Urgency.high
        assert Indicator.retention_of_documents in result.indicators
        assert Indicator.debt_bondage in result.indicators


class TestPinyinNearMisses:
    @pytest.mark.parametrize(
        "text",
        [
            "wo san nian qian bei laoban guan zai gongchang li, xianzai wo hen anquan, xiang zhao lushi",
            "laoban yao ba wo lei si le haha",
            "ta conglai mei da guo wo, zhishi gongzi tai di le",
        ],
    )
    def test_past_jokes_and_denials_are_no_emergency(self, text: str) -> None:
        assert _read(text).urgency is not Urgency.emergency

    def test_a_past_story_is_standard(self) -> None:
        text = "wo qunian cong nage canguan pao chulai le, xianzai xiang xue yingyu"
        assert _read(text).urgency is Urgency.standard
