"""Why a message has its level when no danger read decided it: the causes the level rules
name. Each is written once here, as the English line of `TriageResult.explanations`
("situation over -> standard"), and read back by `triage.explanation_cues` so that the console
can say it in French or English ("La situation est terminée → Normale")."""

from __future__ import annotations

from enum import StrEnum

from triage.codes import Urgency


class Cause(StrEnum):
    """The cause of a level, as the explanation line words it (the name is the stable key)."""

    joke = "joke, story or hypothetical case"
    imagined_for_study = "question about an imagined case, for a class or research"
    imagined = "question about an imagined case"
    test = "a test message or a greeting alone"
    professional = "a journalist, researcher or trainer asks"
    definition = "a question about what a word or a law means"
    information = "information, research, media, test or spam"
    suspicion = "a suspicion, the writer unsure of what they see"
    deception_asked = "a suspected deception, asked about"
    minor = "minor involved"
    over = "situation over"
    no_words = "no words"
    unread = "language not recognised"


def cause_line(cause: Cause, level: Urgency, note: str = "") -> str:
    """The explanation line of a level's cause: "situation over -> standard"."""
    return f"{cause.value} -> {level.value}" + (f" ({note})" if note else "")
