"""Caller keywords are folded by triage's one folding: pure, no database."""

from __future__ import annotations

import pytest

from app.conversations.caller_keywords import KeywordAction, match


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("EFFACER", KeywordAction.delete),
        ("  Effacer !", KeywordAction.delete),
        ("«effacer»", KeywordAction.delete),
        ("ARRÊT", KeywordAction.stop),
        ("Arrêter.", KeywordAction.stop),
        ("STOPPP", KeywordAction.stop),
        ("Reprendre", KeywordAction.start),
        ("¡BORRAR!", KeywordAction.delete),
    ],
)
def test_keywords_ignore_case_accents_stretching_and_punctuation(text: str, action: KeywordAction) -> None:
    keyword = match(text)
    assert keyword is not None and keyword.action is action


@pytest.mark.parametrize(
    "text", ["stop hitting me", "please don't erase", "effacer mon numéro svp", "s t o p"]
)
def test_a_sentence_that_contains_a_keyword_is_an_ordinary_message(text: str) -> None:
    assert match(text) is None
