"""Issue 11, nineteenth round: indicators read from the concept, not from a word that often
comes with it (`triage/lexicons/`, `triage/lexicons/codes/`, `triage/late_signs.py`).

Sentences of their own (not the corpus's), one class per cause, each with its look-alikes:
- a phone taken is the person cut off from others (`isolation`), not an identity document
  retained (`retention_of_documents`); a passport taken still is.
"""

from __future__ import annotations

import pytest

import triage
from triage.codes import Indicator


def _indicators(text: str) -> set[Indicator]:
    return set(triage.analyze(text).indicators)


class TestAPhoneTakenIsIsolationNotADocument:
    @pytest.mark.parametrize(
        "text",
        [
            "The boss took my phone and I work 14 hours every day at the farm.",
            "Le patron a pris mon téléphone, je travaille tous les jours au restaurant.",
            "El jefe me quitó el teléfono y trabajo todos los días en la granja.",
            "O patrão pegou meu celular e trabalho todos os dias na obra.",
            "Kinuha ng amo ang cellphone ko, araw-araw akong nagtatrabaho.",
            "Patwon an pran telefòn mwen, m ap travay chak jou.",
            "Șeful mi-a luat telefonul și lucrez în fiecare zi pe șantier.",
            "Ông chủ lấy điện thoại của tôi, tôi làm việc mỗi ngày.",
            "صاحب العمل اخذ هاتفي وأعمل كل يوم في المزرعة.",
            "Хозяин забрал мой телефон, я работаю каждый день на ферме.",
            "Хазяїн забрав мій телефон, я працюю щодня на фермі.",
            "मालिक ने मेरा फोन ले लिया, मैं रोज़ फ़ार्म पर काम करता हूँ।",
            "老板把我的手机拿走了，我每天在农场干活。",
        ],
    )
    def test_isolation_and_no_document(self, text: str) -> None:
        found = _indicators(text)
        assert Indicator.isolation in found
        assert Indicator.retention_of_documents not in found

    @pytest.mark.parametrize(
        "text",
        [
            "The boss took my passport and I work 14 hours every day at the farm.",
            "Le patron a pris mon passeport, je travaille tous les jours au restaurant.",
            "El jefe me quitó el pasaporte y trabajo todos los días en la granja.",
            "Хозяин забрал мой паспорт, я работаю каждый день на ферме.",
            "老板把我的护照拿走了，我每天在农场干活。",
            "He took our phones and our passports, we work at the farm.",
        ],
    )
    def test_a_passport_taken_still_is_retained(self, text: str) -> None:
        assert Indicator.retention_of_documents in _indicators(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Nos quitan los celulares y trabajamos en la granja.",
            "Șeful ne-a luat telefoanele și lucrăm pe șantier.",
            "老板收了手机，我们在工厂干活。",
        ],
    )
    def test_the_level_stays_high(self, text: str) -> None:
        assert triage.analyze(text).urgency.value == "high"
