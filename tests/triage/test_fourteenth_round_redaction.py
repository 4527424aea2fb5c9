"""Issue 11, fourteenth round: handles, identity numbers and addresses in the shapes new writers
used (train14), and the places they named that must stay. The sentences are the team's own;
the names and numbers in them are made up."""

from __future__ import annotations

import pytest

import triage
from triage.redaction import redact


def _redacted(text: str) -> str:
    return redact(text)[0]


class TestALinkSaidInWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "he posts my ads (leolist dot cc slash lily902) and keeps the money.",
                "he posts my ads ([HANDLE]) and keeps the money.",
            ),
            ("mon profil: onlyfans point com barre maja_22 svp", "mon profil: [HANDLE] svp"),
        ],
    )
    def test_the_whole_link_is_a_handle(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize("text", ["use the slash key to search", "it costs 50 dollars slash hour"])
    def test_slash_without_a_site_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestACodeGluedToAParticle:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("여권번호는 M12345678로 되어 있어요", "여권번호는 [ID_NUMBER]로 되어 있어요"),
            ("여권 M12345678를 뺏었어요", "여권 [ID_NUMBER]를 뺏었어요"),
        ],
    )
    def test_the_code_is_redacted_and_the_particle_stays(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    def test_a_year_and_an_amount_with_their_korean_units_stay(self) -> None:
        text = "여권은 2년 전에 뺏겼어요, 월급 300만원"
        assert _redacted(text) == text


class TestAustrianFlats:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Ich wohne in Wien, Hauptstraße 5, Stiege 2 Tür 14, der Chef hat meinen Pass.",
                "Ich wohne in Wien, [ADDRESS], der Chef hat meinen Pass.",
            ),
            ("Wohnung in der Gasse 12, Stiege 2 Tür 14", "Wohnung in der [ADDRESS]"),
        ],
    )
    def test_the_staircase_and_the_door_are_part_of_the_address(self, text: str, expected: str) -> None:
        assert _redacted(text) == expected

    @pytest.mark.parametrize("text", ["Er hat die Tür 2 Mal abgeschlossen", "Es gibt top 3 Gründe"])
    def test_a_door_or_a_ranking_alone_stays(self, text: str) -> None:
        assert _redacted(text) == text


class TestPlacesStay:
    @pytest.mark.parametrize(
        ("text", "place", "region"),
        [
            ("They brought me from the Golden Triangle to Laos.", "Golden Triangle", "Golden Triangle"),
            ("Golden Triangle is where I was sold.", "Golden Triangle", "Golden Triangle"),
            ("Gud pm po, si Marites po ito. Nasa Pinas ako.", "Nasa Pinas ako", "Philippines"),
            ("Lavoravo a Milano e poi a Firenze.", "a Milano e poi a Firenze", "Milano"),
            ("मेरा भाई ईरान में है", "ईरान", "Iran"),
        ],
    )
    def test_the_place_is_kept_and_read_as_the_region(self, text: str, place: str, region: str) -> None:
        result = triage.analyze(text)
        assert place in result.redacted
        assert result.region == region


class TestAPhoneSaidInVietnameseWords:
    def test_the_spoken_digits_are_a_phone(self) -> None:
        assert _redacted("số điện thoại không chín một hai ba bốn năm sáu bảy tám") == "số điện thoại [PHONE]"

    @pytest.mark.parametrize(
        "text",
        [
            "năm nay em hai mươi ba tuổi, ba mẹ em ở quê",  # this year, twenty-three, my parents
            "em có hai con, một đứa ba tuổi, một đứa năm tuổi",
        ],
    )
    def test_ages_and_everyday_words_stay(self, text: str) -> None:
        assert _redacted(text) == text
