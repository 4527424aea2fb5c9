"""A question about an imagined case ("if someone were locked in, would they be deported?")."""

from __future__ import annotations

from collections.abc import Sequence

from triage.danger.escapes import sentence_of
from triage.danger.finder import Found


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
