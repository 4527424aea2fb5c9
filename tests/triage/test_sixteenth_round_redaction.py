"""Issue 11, sixteenth round: personal data written by professionals (phone extensions, file
numbers) and the leaks of earlier rounds' notes (phones split by double slashes or tabs, spaced
passport numbers, rural addresses, health cards in lower case, a case number read as a time).
The sentences are the team's own; the names, numbers and addresses in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestAPhoneSplitToSlipPastAFilter:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("Call me at 514 // 555 // 0123 tonight", "514 // 555 // 0123"),
            ("mi número 438 // 555 // 0177, llámame", "438 // 555 // 0177"),
            ("nimewo m se 514//555//0199", "514//555//0199"),
            ("Mon numéro: 514\t555\t0123", "514\t555\t0123"),
            ("телефон 416\t555\t0188 звоните вечером", "416\t555\t0188"),
        ],
    )
    def test_double_slashes_and_tabs_do_not_hide_a_phone(self, text: str, phone: str) -> None:
        assert "[PHONE]" in redact(text)[0]
        assert not _leaks(text, phone)

    @pytest.mark.parametrize(
        "text",
        ["le score était 3 // 2 à la mi-temps", "on était 12\tpersonnes dans la maison"],
    )
    def test_short_numbers_split_so_stay(self, text: str) -> None:
        assert redact(text)[0] == text


class TestAPhoneExtensionGoesWithItsNumber:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("consulado en Montreal (tel 514-555-0140, ext. 221). Tenemos", "514-555-0140, ext. 221"),
            ("Liên hệ: 416-555-0120 máy lẻ 3", "416-555-0120 máy lẻ 3"),
            ("Appelez-moi au 514-555-0140 poste 3307 demain", "514-555-0140 poste 3307"),
            ("call 514-555-0140 ext. 12 after 5", "514-555-0140 ext. 12"),
            ("call 613-555-0100 x221", "613-555-0100 x221"),
            ("ligue para 416 555 0100 ramal 45", "416 555 0100 ramal 45"),
            ("звоните 416-555-0100 доб. 118", "416-555-0100 доб. 118"),
        ],
    )
    def test_the_extension_is_part_of_the_phone(self, text: str, phone: str) -> None:
        assert not _leaks(text, phone)
        assert redact(text)[0].count("[PHONE]") == 1

    def test_a_word_after_a_phone_that_is_no_extension_stays(self) -> None:
        text = "appelle le 514-555-0140 poste de police de Laval"
        assert redact(text)[0] == "appelle le [PHONE] poste de police de Laval"
