"""Language markers are words of one language only: a word two languages write alike (French
and Spanish "patron", once folded) must not decide a short message."""

from __future__ import annotations

import pytest

import triage
from triage.lexicon import load_lexicons


@pytest.mark.parametrize(
    "text, language",
    [
        ("mon patron garde mon passeport", "fr"),
        ("mi patrón guarda mi pasaporte", "es"),
    ],
)
def test_a_short_message_with_a_shared_word_keeps_its_language(text: str, language: str) -> None:
    assert triage.analyze(text).language == language


def test_no_marker_is_shared_by_french_and_spanish() -> None:
    lexicons = load_lexicons()
    assert lexicons["fr"].markers & lexicons["es"].markers == frozenset()
