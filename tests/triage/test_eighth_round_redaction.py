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
