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
