"""The composed danger rules in each of the 13 lexicon languages, on messages written for
these tests (`data/danger_messages.jsonl`: not taken from the corpus, written before the
danger cues were tuned): in each language an emergency of a different shape, a denied
danger (high), an old story (standard) and, in some, a request for information (low).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import triage
from triage.danger.reasons import render

MESSAGES = Path(__file__).resolve().parent / "data" / "danger_messages.jsonl"
# Messages whose language is told wrong (none now: Romanian written without diacritics,
# d-ro-3, is told by its frequent words since issue 11's second round).
LANGUAGE_NOT_TOLD: set[str] = set()


def messages() -> list[dict[str, Any]]:
    return [json.loads(line) for line in MESSAGES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_lexicon_language_has_messages() -> None:
    # The light lexicons of issue 11's sixth round have theirs in test_sixth_round_languages.
    assert {m["language"] for m in messages()} <= set(triage.supported_languages())


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(m, id=m["id"], marks=pytest.mark.xfail(strict=True, reason="language told wrong"))
        if m["id"] in LANGUAGE_NOT_TOLD
        else pytest.param(m, id=m["id"])
        for m in messages()
    ],
)
def test_urgency(message: dict[str, Any]) -> None:
    result = triage.analyze(message["text"])
    why = [render(reason, "en") for reason in result.reasons]
    assert result.urgency.value == message["urgency"], why


@pytest.mark.parametrize(
    "message",
    [m for m in messages() if m["urgency"] == "emergency" and m["id"] not in LANGUAGE_NOT_TOLD],
    ids=lambda m: m["id"],
)
def test_every_emergency_says_why(message: dict[str, Any]) -> None:
    result = triage.analyze(message["text"])
    assert any(reason.level is triage.Urgency.emergency for reason in result.reasons)
