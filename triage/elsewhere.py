"""A message meant for someone else (Issue 11, round 23): a question whether this is another
business or service ("is this the pizzeria?", "Alo, se bank lan sa?", "это автосервис?",
"请问是快递公司吗"), read from two words in one clause (lexicons/codes/elsewhere.toml). With no
sign of exploitation and nothing asked but facts, such a message asks the hotline for nothing
(`triage.settled_needs`); its level is left as it is."""

from __future__ import annotations

from triage.pair_cues import PairCues, Scan, TermSet, Words, load_terms


def elsewhere_sets() -> tuple[TermSet, TermSet]:
    """The two word lists, for the one-pass scan of the late signs."""
    return load_terms("elsewhere", "asking"), load_terms("elsewhere", "business")


def meant_elsewhere(text: str, words: Words, scan: Scan) -> bool:
    """Whether folded `text` asks if this is another business (`scan`: its words of every list)."""
    asking, business = elsewhere_sets()
    if not scan.spans(asking):
        return False
    return PairCues(asking, business).find(text, words, scan) is not None
