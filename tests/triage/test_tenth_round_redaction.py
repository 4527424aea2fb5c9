"""Redaction, tenth round of issue 11: identifiers outsiders wrote that slipped through, each
tested with new sentences (none is a corpus message), with what must be left alone."""

from __future__ import annotations

import pytest

from triage.redaction import redact


def _redacted(text: str) -> str:
    return redact(text)[0]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a short first name no list knows, after a weak cue and before a comma: its ending is
        # one of origin words ("-ana", "-ina"), but two letters must come before it
        ("Night shift here. I'm Dana, the nurse in charge, text back", "Dana"),
        ("hi, I'm Tina, her roommate, she is not answering", "Tina"),
        ("Soy Gina, vivo en Laval con mi tía", "Gina"),
    ],
)
def test_short_names_that_end_like_origin_words_are_names(text: str, secret: str) -> None:
    assert secret not in _redacted(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Soy Cubana, vivo en Montreal desde 2019", "Cubana"),
        ("I'm Iraqi, I came with a work permit", "Iraqi"),
        ("Je suis Haïtienne, j'habite à Laval", "Haïtienne"),
    ],
)
def test_origin_words_after_a_weak_cue_stay(text: str, kept: str) -> None:
    assert kept in _redacted(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # first names of other countries (triage/data/first_names_world.txt), mid-sentence
        ("ontem o Sandro levou os documentos de todos para o carro", "Sandro"),
        ("le chum à Rick attend en bas dans le char", "Rick"),
        ("anoche el Toño nos encerró otra vez en la bodega", "Toño"),
        ("diriginta mea a vorbit cu Răzvan despre bani", "Răzvan"),
    ],
)
def test_first_names_of_other_countries_mid_sentence(text: str, secret: str) -> None:
    assert secret not in _redacted(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a name that opens a sentence is left (tier "mid-sentence"): "Sandro" could be any word
        ("Sandro", "Sandro"),
        # places and words of places are not taken as names
        ("I worked in Brooks at the meat plant", "Brooks"),
        ("my brother is still in Oman with the sponsor", "Oman"),
    ],
)
def test_world_names_leave_places_and_sentence_starts(text: str, kept: str) -> None:
    assert kept in _redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        # a listed name after the article of spoken Portuguese and Spanish is a person
        "hoje o Sandro e outro cara rodam de moto atrás de mim",
        "anoche el Toño cerró la puerta con llave",
    ],
)
def test_a_name_after_an_article_is_a_person(text: str) -> None:
    assert "[PERSON]" in _redacted(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("moro no Canadá e o Canadá é frio", "Canadá"),
        ("Gia đình tôi ở Quảng Bình rất nghèo", "Quảng Bình"),
    ],
)
def test_places_after_an_article_or_a_vietnamese_preposition_stay(text: str, kept: str) -> None:
    assert kept in _redacted(text)


def test_vietnamese_typed_without_marks_keeps_its_place_after_o() -> None:
    assert "Anh" in _redacted("toi dang lam viec o Anh, bi giu ho chieu")
