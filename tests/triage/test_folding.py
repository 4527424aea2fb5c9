"""The one folding (triage.folding): what it makes of text, and the positions it promises."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import triage
from triage.folding import fold, fold_char, fold_keyword, fold_plain, fold_word, words
from triage.lexicon import parse
from triage.places import find_region
from triage.redaction import redact
from triage.scoring import score
from triage.term_matching import TermMatcher
from triage.tokens import tokenize

# Characters that fold to nothing, to several characters, or to a plain letter, and the
# letters that stretch: where positions can go wrong.
_TRICKY = list("aAbßẞæÆœŒøØłŁđĐıİﬁ½²éÉàçñ ـأإآىةئ'’`-.,!?0123456789\n") + list("абвЁ我叫मेरानाम्ा")
TEXT = st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(), max_size=40)


class TestWhatFoldingMakes:
    def test_special_letters_fold_to_plain_ones(self) -> None:
        assert fold_plain("Łódź") == "lodz"
        assert fold_plain("Đà Nẵng") == "da nang"
        assert fold_plain("Straße Œuvre Æsa Ørsted ıx") == "strasse oeuvre aesa orsted ix"

    def test_a_word_folds_alike_alone_and_in_a_message(self) -> None:
        for word in ("Łódź", "ĐẶNG", "m'appelle", "Montreaaal", "sœur"):
            assert fold_word(word) == fold_plain(word) == " ".join(tokenize(word).words)

    def test_a_letter_that_folds_to_nothing_shifts_positions(self) -> None:
        # "ß" folds to two letters and the tatweel to none: as many characters in the end,
        # but not one for one (fold used to report them one for one).
        folded = fold("aßـb")
        assert folded.text == "assb"
        assert folded.origin is not None
        assert folded.source_span(3, 4) == (3, 4)
        assert folded.source_span(1, 3) == (1, 2)
        assert tokenize("aßـb").folded == folded

    def test_tokenize_on_text_that_folds_to_as_many_characters(self) -> None:
        tokens = tokenize("Đà Nẵng ßـ x")
        assert tokens.words == ["da", "nang", "ss", "x"]
        assert tokens.source_span(3, 3) == (11, 12)


class TestKeywords:
    def test_case_accents_punctuation_and_spaces_are_ignored(self) -> None:
        assert fold_keyword("  ARRÊTER !! ") == "arreter"
        assert fold_keyword("«Stop.»") == "stop"
        assert fold_keyword("Effacer\n") == "effacer"
        assert fold_keyword("stop   all") == "stop all"

    def test_nothing_but_punctuation_is_empty(self) -> None:
        assert fold_keyword(" ?! ") == ""


class TestPositionProperties:
    @given(TEXT)
    def test_every_folded_character_comes_from_a_source_character(self, text: str) -> None:
        folded = fold(text)
        if folded.origin is None:
            assert len(folded.text) == len(text)
            assert all(folded.text[i] == fold_char(text[i]) for i in range(len(text)))
            return
        assert len(folded.origin) == len(folded.text)
        for i, source in enumerate(folded.origin):
            assert 0 <= source < len(text)
            assert folded.text[i] in fold_char(text[source])

    @given(TEXT, st.data())
    def test_spans_are_monotonic_and_inside_the_text(self, text: str, data: st.DataObject) -> None:
        folded = fold(text)
        if not folded.text:
            return
        n = len(folded.text)
        first = data.draw(st.integers(0, n - 1))
        second = data.draw(st.integers(first, n - 1))
        start_a, end_a = folded.source_span(first, first + 1)
        start_b, end_b = folded.source_span(second, second + 1)
        assert 0 <= start_a < end_a <= len(text)
        assert 0 <= start_b < end_b <= len(text)
        assert start_a <= start_b and end_a <= end_b
        whole = folded.source_span(first, second + 1)
        assert whole == (start_a, end_b)

    @given(TEXT)
    def test_a_word_found_in_folded_text_maps_back_to_the_words_written(self, text: str) -> None:
        folded = fold(text)
        for word, start, end in words(folded):
            source_start, source_end = folded.source_span(start, end)
            written = text[source_start:source_end]
            assert word in [w for w, _, _ in words(fold(written))]

    @given(TEXT)
    def test_tokenize_is_fold_and_words(self, text: str) -> None:
        tokens = tokenize(text)
        folded = fold(text)
        assert tokens.folded == folded
        assert tokens.spans == words(folded)


class TestOneFoldingEverywhere:
    """Places, lexicon terms and names read "Łódź" and "Đà Nẵng" the same way: as lodz and
    da nang (the place list and the name finder used to keep ł and đ)."""

    def test_places_are_found_however_they_are_written(self) -> None:
        for text in ("je vis à Łódź", "I was in LODZ", "from lodz", "ŁÓDŹ"):
            assert find_region(text) == "Łódź", text
        for text in ("I'm in Đà Nẵng", "brought from Da Nang", "ĐÀ NẴNG", "da nang"):
            assert find_region(text) == "Da Nang", text

    def test_analyze_finds_the_place_from_the_words_it_split(self) -> None:
        assert triage.analyze("on m'a amenée de Łódź à Montréal").region == "Montréal"
        assert triage.analyze("Mi hermana está en Łódź").region == "Łódź"
        assert triage.analyze("tôi đang ở Đà Nẵng").region == "Da Nang"
        assert triage.analyze("Hà Nội và Đà Nẵng").region == "Hanoi"

    def test_lexicon_terms_match_the_same_way(self, tmp_path: Path) -> None:
        path = tmp_path / "xx.toml"
        path.write_text(
            '[language]\ncode = "xx"\nname = "test"\n'
            '[[rule]]\nterms = ["Đà Nẵng", "łódź"]\nneeds = ["repatriation"]\n',
            encoding="utf-8",
        )
        lexicon = parse(path)
        for text in ("send me back to da nang", "ĐÀ NẴNG", "take me home to Lodz", "ŁÓDŹ"):
            folded = fold(text)
            found = score(text, folded, words(folded), [TermMatcher(lexicon)], [lexicon])
            assert found.needs == (triage.Need.repatriation,), text

    def test_vietnamese_dang_in_capitals_does_not_open_the_name_search(self) -> None:
        # "đang" (is ...-ing) used to fold like the surname "Đặng" in the name lists only.
        _, entities = redact("je suis à HỌ ĐANG ĐẾN depuis 2 ans")
        assert entities == ()

    def test_duong_in_capitals_reads_as_the_surname_duong(self) -> None:
        # "ĐƯỜNG" (street) and the surname "Dương" fold alike now, as "Đặng" and "Dang" do: in
        # capitals after a capitalised word, it is taken as a name.
        assert fold_word("ĐƯỜNG") == fold_word("Dương") == "duong"
        redacted, _ = redact("NGỦ NGOÀI ĐƯỜNG!!! aidez moi")
        assert redacted == "NGỦ [PERSON]!!! aidez moi"


class TestStretchedLetters:
    def test_a_letter_that_folds_to_two_is_not_a_stretched_letter(self) -> None:
        for text in ("ßS", "ßs", "Sß", "œe"):
            folded = fold(text)
            start, end = folded.source_span(0, len(folded.text))
            assert fold(text[start:end]).text == folded.text

    def test_a_letter_written_three_times_is_kept_once(self) -> None:
        assert fold("aideeeez").text == "aidez"
        assert fold("ssß").text == "s"
