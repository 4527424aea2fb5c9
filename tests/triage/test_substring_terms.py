"""Substring terms are tried only where their first two characters stand (issue 11, point 6):
the index never leaves out a term that the text contains."""

from __future__ import annotations

import json
from pathlib import Path

from triage import _matcher
from triage.folding import fold_plain
from triage.lexicon import MatchMode, load_lexicons
from triage.substring_terms import SubstringTerms

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_the_candidates_are_the_terms_the_text_may_contain_in_list_order() -> None:
    terms = ["救命", "被关", "我", "关起来", "救"]
    index = SubstringTerms(terms)
    assert index.candidates("他把我关起来了") == [2, 3, 4]  # 我, 关起来, and the one-character 救
    assert index.candidates("救命啊") == [0, 2, 4]
    assert index.candidates("") == [2, 4]


def test_no_term_a_corpus_message_contains_is_left_out() -> None:
    """On every corpus message written beyond Latin letters and every substring lexicon, each
    term the folded text contains is among the candidates (the full scan would find nothing the
    index skips)."""
    folded = (fold_plain(json.loads(line)["text"]) for path in CORPUS.glob("*.jsonl") for line in path.open())
    texts = [text for text in folded if max(text, default=" ") > "\u024f"]
    for code, lexicon in load_lexicons().items():
        if lexicon.match is not MatchMode.substring:
            continue
        terms = [term for term, _ in _matcher(code)._substrings]
        index = SubstringTerms(terms)
        firsts = {term[0] for term in terms}
        for text in [text for text in texts if not firsts.isdisjoint(text)]:  # the others contain no term
            candidates = set(index.candidates(text))
            assert {k for k, term in enumerate(terms) if term in text} <= candidates, (code, text)
