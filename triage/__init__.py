"""The anonymising triage core: pure, deterministic, no I/O (see TRIAGE.md)."""

from __future__ import annotations

from triage.codes import Exploitation, Indicator, Need, PiiType, Urgency
from triage.redaction import redact
from triage.result import Entity, TriageResult
from triage.scoring import detect_language, score_urgency

__all__ = [
    "Entity",
    "Exploitation",
    "Indicator",
    "Need",
    "PiiType",
    "TriageResult",
    "Urgency",
    "analyze",
]


def analyze(text: str, *, language_hint: str | None = None) -> TriageResult:
    """Redact personal data and score one inbound message."""
    redacted, entities = redact(text)
    urgency, explanations = score_urgency(redacted)
    language = detect_language(redacted)
    if language == "und" and language_hint:
        language = language_hint
    return TriageResult(
        language=language,
        urgency=urgency,
        redacted=redacted,
        entities=entities,
        explanations=explanations,
    )
