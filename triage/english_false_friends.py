"""The English lexicon is read in every message (people mix English into their own language),
but a few of its words are common words of another language with another meaning: in French
"pain" is bread ("on a des surplus de pain", "plus de pain à la maison": no health danger) and
"court" is short or runs ("à court d'argent", "un court métrage", "il me court après": no court
of law). In a message of that language those English words are not read; the language's own
lexicon reads what it means there ("il me court après" is its pursuit)."""

from __future__ import annotations

from collections.abc import Sequence

from triage.term_matching import Hit, TermMatcher
from triage.tokens import Tokens

ENGLISH = "en"
# language -> folded English lexicon terms that are its own words
FALSE_FRIENDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"pain", "court"}),
}


def lexicon_hits(matchers: Sequence[TermMatcher], tokens: Tokens) -> list[tuple[Hit, str]]:
    """Every lexicon's hits in `tokens`, with its language code; `matchers[0]` is the message's
    own language, whose false friends the English lexicon leaves alone."""
    skip = FALSE_FRIENDS.get(matchers[0].lexicon.code) if matchers else None
    text = tokens.folded.text
    return [
        (hit, m.lexicon.code)
        for m in matchers
        for hit in m.find_tokens(tokens)
        if not (skip and m.lexicon.code == ENGLISH and text[hit.start : hit.end] in skip)
    ]
