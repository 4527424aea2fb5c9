"""Why a message has its level when no danger read decided it: the causes the level rules
name. Each is worded once here, as the English line of `TriageResult.explanations`
("situation over -> standard"), and read back by `triage.explanation_cues` so that the console
can say it in French or English ("La situation est terminée → Normale")."""

from __future__ import annotations

from enum import StrEnum

from triage.codes import Urgency


class Cause(StrEnum):
    """The cause of a level (its value is the stable key the console names)."""

    joke = "joke"
    imagined_for_study = "imagined_for_study"
    imagined = "imagined"
    test = "test"
    professional = "professional"
    definition = "definition"
    information = "information"
    suspicion = "suspicion"
    deception_asked = "deception_asked"
    minor = "minor"
    over = "over"
    no_words = "no_words"
    unread = "unread"


# The words of each cause in the explanation lines (written for developers, in English).
WORDING: dict[Cause, str] = {
    Cause.joke: "joke, story or hypothetical case",
    Cause.imagined_for_study: "question about an imagined case, for a class or research",
    Cause.imagined: "question about an imagined case",
    Cause.test: "a test message or a greeting alone",
    Cause.professional: "a journalist, researcher or trainer asks",
    Cause.definition: "a question about what a word or a law means",
    Cause.information: "information, research, media, test or spam",
    Cause.suspicion: "a suspicion, the writer unsure of what they see",
    Cause.deception_asked: "a suspected deception, asked about",
    Cause.minor: "minor involved",
    Cause.over: "situation over",
    Cause.no_words: "no words",
    Cause.unread: "language not recognised",
}


def cause_line(cause: Cause, level: Urgency, note: str = "") -> str:
    """The explanation line of a level's cause: "situation over -> standard"."""
    return f"{WORDING[cause]} -> {level.value}" + (f" ({note})" if note else "")
