""" "Why this triage?" in plain words for every message, not only those with a danger read
(issue 11 point 5): the explanation lines read back as cues (words and the codes they gave) and
the level's cause, which the console names in French or English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import triage
from triage.codes import Urgency
from triage.explanation_cues import Cue, is_read, read_explanations
from triage.level_causes import WORDING, Cause, cause_line

pytestmark = pytest.mark.pure

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def test_the_words_of_a_labour_story_give_their_codes_once_each() -> None:
    result = triage.analyze(
        "Bonjour, je travaille dans un restaurant à Laval, le patron garde mon passeport et je ne "
        "suis pas payée depuis 3 mois. Je ne sais pas quoi faire."
    )
    assert result.urgency is Urgency.high
    read = read_explanations(result.explanations)
    held = next(cue for cue in read.cues if cue.quote == "garde mon passeport")
    assert held.codes == ("retention_of_documents",)  # said twice (lexicon, composed), once here
    assert Cue("pas payée", ("withholding_of_wages", "labour_rights")) in read.cues
    assert read.cause is None  # the signs themselves made it high: no cause line


def test_a_story_that_is_over_says_so() -> None:
    result = triage.analyze("Il y a dix ans, mon patron gardait mon passeport. Je suis libre depuis.")
    assert read_explanations(result.explanations).cause is Cause.over


def test_a_context_is_not_a_code_and_lines_of_danger_are_not_cues() -> None:
    lines = [
        "'ce soir' -> context: now (fr lexicon)",
        "'journaliste' -> information, context: information (fr lexicon)",
        '"il va me tuer": death threat, happening now → Emergency',
        "'x' -> not_a_code (fr lexicon)",
    ]
    read = read_explanations(lines)
    assert read.cues == (Cue("journaliste", ("information",)),)
    assert read.cause is None


def test_every_cause_has_its_words() -> None:
    assert set(WORDING) == set(Cause)
    assert len(set(WORDING.values())) == len(Cause)


@pytest.mark.parametrize("cause", list(Cause))
def test_every_cause_line_is_read_back(cause: Cause) -> None:
    for level in Urgency:
        assert read_explanations([cause_line(cause, level)]).cause is cause
    assert read_explanations([cause_line(cause, Urgency.high, "a note")]).cause is cause


def test_every_line_triage_writes_is_read_or_is_a_danger_or_a_context() -> None:
    """The format the explanation lines are written in and the reader stay one: a new kind of
    line fails here before the console shows it as code names."""
    texts = [json.loads(line)["text"] for line in (DATA / "triage_examples.jsonl").open()]
    texts += [json.loads(line)["text"] for line in (CORPUS / "holdout13.jsonl").open()]
    unread = [
        line
        for text in texts
        for line in triage.analyze(text).explanations
        if not is_read(line) and not line.startswith('"') and " -> context: " not in line
    ]
    assert unread == []
