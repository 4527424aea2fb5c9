"""A question about an imagined case ("if someone were locked in, would they be deported?"), and
a harm told in a dream ("I dream every night that he kills me")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.escapes import sentence_of
from triage.danger.evidence import Evidence
from triage.danger.finder import Found
from triage.danger.kinds import What, When


def imagined(cue_words: Sequence[Found[str]], ends: Sequence[int], question: bool) -> bool:
    """A question about an imagined case: a word of one ("if someone", "si alguien") and no
    word of now but after it in its own sentence ("si alguien ... llama a la policía?"). "Right
    now he says he will kill me if someone calls" is no imagined case."""
    cues = [f for f in cue_words if f.payload == "hypothetical"]
    if not question or not cues:
        return False
    opened = {(sentence_of(ends, f.start), f.start) for f in cues}
    for word in cue_words:
        if word.payload != "now":
            continue
        sentence = sentence_of(ends, word.start)
        if not any(s == sentence and start <= word.start for s, start in opened):
            return False
    return True


# The end of a sentence or a clause (as `triage.danger.qualify`): a dream's harm is told in it.
_SENTENCE_END = re.compile(r"[.!?;\n。！？；…؟।]")

# How far after a word of dreaming its harm may be told, in characters.
_DREAM_REACH = 80


def dreamt(item: Evidence, when: When, text: str, found: Sequence[Found[str]]) -> When:
    """`when`, or ongoing when a danger placed now is told in a dream or a nightmare before it in
    its sentence ("visez în fiecare noapte că mă omoară", "I have nightmares that he finds me"): a
    fear that goes on, not a harm now (Issue 11, round 23; the words are each language's `dream`
    cues). Self-harm is never a dream's (a wish to die is read as it is)."""
    if when is not When.now or item.what is What.self_harm:
        return when
    dreamed = any(
        f.payload == "dream"
        and f.end <= item.start <= f.end + _DREAM_REACH
        and _SENTENCE_END.search(text, f.end, item.start) is None
        for f in found
    )
    return When.ongoing if dreamed else when
