"""A harm set for the coming hours (Issue 11, round 23).

"Il vient la chercher cette nuit", "سيزوجونها الليلة", "老板今晚要带她去陪客人": what is done to a
child tonight, this evening, tomorrow morning is a child in immediate danger (TRIAGE.md), not an
exploitation that goes on. The words of the coming hours are the concept `soon` of the concept files
(`triage/lexicons/concepts/`). One counts when its sentence tells no habit ("chaque nuit jusqu'à
2 h") and no place of safety (`sheltered`: "il est chez nous ce soir"), is no sentence of the past,
has no negation in its clause ("esta noche no corre peligro"), and nothing in the message says the
person is safe ("he's home and safe tonight"). `triage.danger.concepts` applies it to a message the
rules already read as a child's exploitation (`high`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.concept_words import Concept
from triage.danger.escapes import sentence_of
from triage.danger.finder import Found

# What a clause ends with: a negation in another clause ("I don't know what to do, tonight he
# takes her") says nothing of the coming hours.
_CLAUSE_END = re.compile(r"[.!?;\n。！？；…؟।,，、،]")


# A habit ("chaque nuit"), a place of safety ("il est chez nous ce soir"): no harm set for tonight.
_NO_HARM = frozenset({Concept.habit, Concept.sheltered})


def _in_clause(word: Found[Concept], others: Sequence[Found[Concept]], text: str) -> bool:
    """One of `others` stands in the clause of `word`, before or after it."""
    for other in others:
        start, end = (other.end, word.start) if other.start < word.start else (word.end, other.start)
        if start <= end and not _CLAUSE_END.search(text, start, end):
            return True
    return False


def coming_harm(
    found: Sequence[Found[Concept]],
    text: str,
    ends: Sequence[int],
    past_in: set[int],
    negations: Sequence[Found[Concept]],
    safe: bool,
) -> Found[Concept] | None:
    """The first word of the coming hours that sets something for them (`found`: the message's
    concept words; `ends`: its sentence ends; `past_in`: its sentences of the past; `negations`:
    its words of negation; `safe`: the message says someone is safe), or None."""
    soon = [f for f in found if f.payload is Concept.soon]
    if not soon or safe:
        return None
    habits = {sentence_of(ends, f.start) for f in found if f.payload in _NO_HARM}
    for word in soon:
        sentence = sentence_of(ends, word.start)
        if sentence in past_in or sentence in habits or _in_clause(word, negations, text):
            continue
        return word
    return None
