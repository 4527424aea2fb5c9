"""Issue 11, sixth round: the light lexicons of the languages beyond the first 13, and a
language identification that does not force a message into a lexicon language it is not in.

Sentences written for these tests (not taken from the corpus): in each light language an
emergency, a past story, a request for information and an ongoing exploitation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import triage
from triage.danger.reasons import render

LIGHT_MESSAGES = Path(__file__).resolve().parent / "data" / "light_language_messages.jsonl"
DANGER_MESSAGES = Path(__file__).resolve().parent / "data" / "danger_messages.jsonl"


def _read(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# Each: id, language, urgency, an indicator expected ("" for none) and the text.
MESSAGES = _read(LIGHT_MESSAGES)
LIGHT = sorted({m["language"] for m in MESSAGES})


def _why(result: triage.TriageResult) -> list[str]:
    return [render(reason, "en") for reason in result.reasons] + list(result.explanations)


def test_every_lexicon_language_has_test_messages() -> None:
    full = {m["language"] for m in _read(DANGER_MESSAGES)}
    assert full | set(LIGHT) == set(triage.supported_languages())


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: m["id"])
def test_light_language_message(message: dict[str, str]) -> None:
    language, urgency, indicator = message["language"], message["urgency"], message["indicator"]
    result = triage.analyze(message["text"])
    assert result.language == language
    assert result.urgency.value == urgency, _why(result)
    if indicator:
        assert triage.Indicator(indicator) in result.indicators, _why(result)
    if urgency == "emergency":
        assert any(reason.level is triage.Urgency.emergency for reason in result.reasons), _why(result)
