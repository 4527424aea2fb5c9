"""Shortcuts the triage engine takes for speed give the answers of the long way round.

Every result of `triage.analyze` stays the same when the engine gets faster; these check the
shortcuts that stand beside a slower, plainer form of the same rule.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.danger.laughter import LATIN1_LAUGHTER, LAUGHTER

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


def _latin1(text: str) -> bool:
    return all(ord(ch) <= 0xFF for ch in text)


@pytest.mark.parametrize(
    "text",
    [
        "kkkkk que susto",
        "KkKk mdr",
        "lol xD ok",
        "c'est une blague xD!",
        "xDD no",
        "ok kkk",
        "Ça va très bien, merci",
        "Ñandú kkkkkk",
    ],
)
def test_latin1_laughter_is_the_whole_laughter_on_latin1_text(text: str) -> None:
    assert _latin1(text)
    assert (LATIN1_LAUGHTER.search(text) is None) == (LAUGHTER.search(text) is None)


def test_latin1_laughter_agrees_on_every_latin1_corpus_message() -> None:
    texts = [
        json.loads(line)["text"]
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    latin = [text for text in texts if _latin1(text)]
    assert len(latin) > 500
    assert [LATIN1_LAUGHTER.search(t) is None for t in latin] == [LAUGHTER.search(t) is None for t in latin]


@pytest.mark.parametrize("text", ["хахаха", "АХАХАХ", "ну лол", "哈哈哈", "ههههه", "\U0001f602"])
def test_other_scripts_laugh_through_the_whole_pattern(text: str) -> None:
    assert not _latin1(text)
    assert LAUGHTER.search(text) is not None
    assert LATIN1_LAUGHTER.search(text) is None


def test_a_full_word_cache_forgets_nothing_the_message_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the words a matcher has sorted fill its cache, the cache is emptied: the words of
    the message at hand sorted earlier are sorted again, not dropped (before, the message that
    filled the cache lost every term that started with a word seen before)."""
    import triage.danger.finder as finder_module
    import triage.term_matching as matching
    from triage.danger.finder import CueFinder
    from triage.lexicon import load_lexicons
    from triage.term_matching import TermMatcher
    from triage.tokens import tokenize

    monkeypatch.setattr(matching, "CANDIDATE_CACHE", 3)
    monkeypatch.setattr(finder_module, "WORD_CACHE", 3)
    matcher = TermMatcher(load_lexicons()["en"])
    finder = CueFinder([("locked ~ room", "locked"), ("tonight", "now")], substring=False, where="t")
    message = tokenize("he locked me in the room tonight")
    expected = {hit.rule for hit in matcher.find_tokens(message)}
    assert expected
    assert [f.payload for f in finder.find(message)] == ["locked", "now"]
    # The same words and one never seen: the cache is full, so this message empties it.
    again = tokenize("he locked me in the room tonight zebra")
    assert {hit.rule for hit in matcher.find_tokens(again)} == expected
    assert [f.payload for f in finder.find(again)] == ["locked", "now"]
