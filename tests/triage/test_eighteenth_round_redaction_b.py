"""Issue 11, eighteenth round (helper b): names in scripts without capitals or with case
endings, and everyday words of one language taken for names listed from another. The
sentences are the team's own; the names and numbers in them are made up."""

from __future__ import annotations

import pytest

from tests.triage.leaks import leaked
from triage.redaction import redact


def _leaks(text: str, value: str) -> bool:
    redacted, entities = redact(text)
    return leaked(text, redacted, entities, value)


class TestAFunctionWordOfTheMessagesLanguageIsNoName:
    """A listed name that is a small word of the language the message is written in ("Mia
    figlia", Italian "my"; "Ze", Dutch "she"; "Коли", Ukrainian "when"; "tanya", Indonesian
    "ask"; "theo", Vietnamese "follow") is that word at a sentence's start or in lower case."""

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("Mia cugina ha 17 anni e non può uscire di casa.", "Mia cugina"),
            ("Ik ben bezorgd. Ze neemt niet op en ze heeft geen geld.", "Ze neemt"),
            ("Коли мені було 19, мене тримали в квартирі в Польщі.", "Коли"),
            ("İşveren pasaportunu aldı. Eve dönmek istiyor ama çok korkuyor.", "Eve dönmek"),
            ("Ada agen di Instagram yang nawarin kerja, saya tidak tahu itu benar.", "Ada agen"),
            ("Biasanya operator tanya apa saja? Saya takut kalau mereka tahu.", "operator tanya"),
            ("Hiện nó vẫn đi học bình thường, tối mới đi làm ở nhà chủ.", "bình thường"),
            ("Tôi đã rời nhà chủ tối qua, có mang theo hộ chiếu.", "mang theo"),
            ("laoban yao ba wo lei si le, wo shi gongren", "laoban yao"),
            ("m ekri lèt pou pitit mwen yo ann Ayiti, mwen pa gen lajan", "ann Ayiti"),
            ("Mwajiri anasema hana bima, na sasa ana homa kali kwa sababu ya kazi.", "hana bima"),
        ],
    )
    def test_the_word_stays(self, text: str, word: str) -> None:
        assert word in redact(text)[0]

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Mia said the boss took her passport, Mia is 16.", "Mia"),  # English: no Italian words
            ("La mia amica Mia è sparita, non risponde da ieri.", "Mia"),  # a capital mid-sentence
            ("Ik werk bij een gezin, mijn vriendin Ada heeft geen geld.", "Ada"),  # Dutch: not Indonesian
            ("Tôi gặp Bình ở nhà chủ, anh ấy không được trả lương.", "Bình"),  # a Vietnamese given name
            ("Tôi gặp Tim ở nhà chủ, anh ấy không được trả lương.", "Tim"),
            ("Я працюю з Колею, він тут. Коли приходить — мовчить.", "Колею"),
        ],
    )
    def test_the_name_is_still_taken(self, text: str, name: str) -> None:
        assert not _leaks(text, name)
