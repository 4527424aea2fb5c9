"""A beating held back by a condition: "if he doesn't do what they say, they beat him" (Issue 11,
round 22).

A beating that waits on the person's act is a threat that goes on (`high`), not a beating
happening now, even in a long unpunctuated transcript whose one "sentence" also says "now"
of something else ("...și acum trec bani prin ele și dacă nu face ce zic ei zic că îl bat").
The condition must be close (a few words before the beating, or just after it: "vai quebrar
as pernas dele se não pagar") and refuse an act ("if he doesn't", "se não", "dacă nu"): a word
that only reads as a condition ("se aud bătăi", are heard) holds nothing back.
"""

from __future__ import annotations

import re

from triage.danger.evidence import Evidence
from triage.danger.finder import Found

# How far (in characters) a condition may be from the beating it holds back.
CONDITION_NEAR = 60
# A negation just after the condition, at most one word between ("if he doesn't", "si tu ne").
_REFUSED = re.compile(r"\W+(?:\w+\W+)?(?:not|don t|doesn t|didn t|won t|no|nao|nu|ne|nie|не|hindi)\b")


def beating_held_back(text: str, item: Evidence, condition: Found[str]) -> bool:
    """Whether `condition` (a word of condition in the folded `text`) holds back the beating
    `item`: close to it, and refusing an act."""
    near = condition.end <= item.start <= condition.end + CONDITION_NEAR or (
        item.end <= condition.start <= item.end + CONDITION_NEAR // 2
    )
    return near and _REFUSED.match(text, condition.end) is not None
