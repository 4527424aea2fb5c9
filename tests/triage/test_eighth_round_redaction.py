"""Redaction, eighth round of issue 11: classes of what outsiders wrote that the rules got
wrong, each tested with new sentences (none is a corpus message), with what must be left alone."""

from __future__ import annotations

import pytest

from triage.places import find_region
from triage.redaction import redact
from triage.tokens import tokenize


def _redacted(text: str) -> str:
    return redact(text)[0]


def _region(text: str) -> str | None:
    return find_region(text, tokenize(text))


# --- the world's cities are places, not people or addresses ---------------------------------
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("siamo chiusi nel magazzino da ieri, vicino Palermo. aiutateci", "Palermo"),
        ("işten çıkamıyorum, pasaportum patronda. Eskişehir", "Eskişehir"),
        ("ik werk in een kas bij Rotterdam, 14 uur per dag", "Rotterdam"),
        ("my cousin is held in a flat in Kumasi right now", "Kumasi"),
        ("Мою сестру держат в Новосибирске?", None),  # an inflected form is not listed: no harm
        ("Sou de Uberlândia e trabalho numa fazenda sem salário", "Uberlândia"),
    ],
)
def test_a_world_city_is_kept_and_gives_the_region(text: str, city: str | None) -> None:
    assert _redacted(text) == text
    if city:
        assert _region(text) == city


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city name written as a common word, or a name that is also a city, is still what it was
        ("bumili kami ng santol sa palengke", None),
        ("Feliz Natal a todos, estou bem", None),  # "Natal" is Christmas here
        ("Milan, he took my passport", None),  # a given name, left out of the city list
    ],
)
def test_words_and_names_that_are_also_cities_are_no_region(text: str, expected: str | None) -> None:
    assert _region(text) == expected


def test_a_name_introduced_is_redacted_even_when_a_city_bears_it() -> None:
    assert _redacted("Je m'appelle Latina et je suis enfermée") == "Je m'appelle [PERSON] et je suis enfermée"


# --- names after cues found missing, and words that were taken for names ---------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A minha prima chama-se Graciete e está fechada", "A minha prima chama-se [PERSON] e está fechada"),
        ("O nome dele é Valdemar.", "O nome dele é [PERSON]."),
        ("sora-mea Lenuța e închisă în apartament", "sora-mea [PERSON] e închisă în apartament"),
        ("میرا نام ثمینہ بی بی ہے اور میں قید ہوں", "میرا نام [PERSON] ہے اور میں قید ہوں"),
        ("ik werk in de kas, mijn dochter Femke is ziek", "ik werk in de kas, mijn dochter [PERSON] is ziek"),
    ],
)
def test_a_name_after_a_cue_is_redacted(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kapının önünde iki adam bekliyor",  # Turkish "adam": a man
        "Bir adam beni takip ediyor",
        "ik ben bang en ik ben alleen",  # Dutch "ben": am
        "o nome da empresa é outro",  # "da" opens no name in lower case
        "老板说我欠他两万块中介费，不给工资",  # a Chinese clause after a relation word is no name
        "boss 说我欠他两万中介费，工资全部扣掉。",
        "mi paga 400 al mese e lavoro tutto il giorno",  # "al": no Polish avenue
        "Spring 2025 was hard, Weg 5 is a song",
    ],
)
def test_ordinary_words_are_not_names_or_addresses(text: str) -> None:
    assert _redacted(text) == text


# --- streets with their type glued to the name, and document numbers in Japanese -------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ze houden me vast in de Molenstraat 12b, kom snel", "ze houden me vast in de [ADDRESS], kom snel"),
        ("wir wohnen in der Lindenstraße 4/2 in Köln", "wir wohnen in der [ADDRESS] in Köln"),
        ("Prinsengracht 263, Amsterdam", "[ADDRESS], Amsterdam"),
        ("在留カード番号はXY7788123です", "在留カード番号は[ID_NUMBER]です"),
    ],
)
def test_glued_streets_and_japanese_document_numbers_are_redacted(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他们把我妹妹关在酒店房间 1208，快来", "他们把我妹妹关在酒店[ADDRESS]，快来"),
        ("น้องสาวอยู่โรงแรม ห้อง 507 ช่วยด้วย", "น้องสาวอยู่โรงแรม [ADDRESS] ช่วยด้วย"),
        ("房间里有3个人看着我们", "房间里有3个人看着我们"),  # a count, not a room's number
        ("ห้องน้ำ 2 ห้อง", "ห้องน้ำ 2 ห้อง"),
    ],
)
def test_a_room_number_after_the_word_for_room_is_an_address(text: str, expected: str) -> None:
    assert _redacted(text) == expected


def test_a_city_with_a_turkish_case_ending_is_still_the_city() -> None:
    assert _redacted("Annem İzmir'de, ben Bursa'dayım, pasaportum patronda") == (
        "Annem İzmir'de, ben Bursa'dayım, pasaportum patronda"
    )
