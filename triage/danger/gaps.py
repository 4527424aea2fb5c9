"""A negation inside the gap of a cue: "меня не закрыли" is no "меня ~ закрыл*".

A `a ~ b` cue lets up to three words stand between its pieces, so that a pronoun and its verb
are found in any order with a word of time between them ("нас сегодня ночью везут"). A word
of negation in that gap denies the cue ("мене ледь не продали", "её никто не продал"): the
negation test looks before a cue, not inside it. A cue whose own words hold the negation
("выйти не могу", "жить не хочу") is no gap, and stays (Issue 11, ninth round).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from triage.danger.cues import WhatCue
from triage.danger.finder import Found
from triage.english_false_friends import FALSE_FRIENDS
from triage.folding import WORD, fold_plain


def _words(text: str) -> str:
    return " ".join(WORD.findall(fold_plain(text)))


@lru_cache(maxsize=4_096)
def _literal(cue: WhatCue) -> frozenset[str]:
    """The cue's terms with no gap or prefix, as their folded words."""
    return frozenset(_words(t) for t in cue.terms if "~" not in t and "*" not in t)


def negated_inside(
    text: str, start: int, end: int, cue: WhatCue, negations: Sequence[tuple[int, int]]
) -> bool:
    """A negation strictly inside the found span [start, end) that is not one of the cue's own words."""
    if not any(start < n_start and n_end <= end for n_start, n_end in negations):
        return False
    return _words(text[start:end]) not in _literal(cue)


def without_no(
    found: list[Found[WhatCue | str]], text: str, primary: str, loans_only: bool
) -> list[Found[WhatCue | str]]:
    """English read for its loan words in another language: its danger cues that open on "no"
    ("no hospital", "no doctor") are not read there, as its negations are not: Portuguese "no
    hospital" is "in the hospital" (Issue 11, round 18); nor its words that are the language's
    own with another meaning (French "pain", bread: `triage.english_false_friends`)."""
    if not loans_only:  # the language read is the message's own, or the message is English
        return found
    friends = FALSE_FRIENDS.get(primary, frozenset())
    return [
        f
        for f in found
        if isinstance(f.payload, str)
        or not (text.startswith("no ", f.start) or text[f.start : f.end] in friends)
    ]
