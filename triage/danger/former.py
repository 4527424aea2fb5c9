"""A former relation ("my ex-boss", "mon ancien patron", "mi ex jefe"): a word of the past for
the relation, not for what that person does now. "My ex-boss found me, he is outside" is a
pursuit that is not over; "my ex-boss beat me" is a story that is (Issue 11, ninth round)."""

from __future__ import annotations

from collections.abc import Sequence

from triage.danger.escapes import sentence_of
from triage.danger.finder import Found


def only_former(cue_words: Sequence[Found[str]], ends: Sequence[int], past: set[int]) -> set[int]:
    """The past sentences whose every word of the past lies in the name of a former relation."""
    formers = [f for f in cue_words if f.payload == "former"]
    if not formers:
        return set()
    relation = {sentence_of(ends, f.start) for f in formers}
    other = {
        sentence_of(ends, f.start)
        for f in cue_words
        if f.payload == "past" and not any(r.start <= f.start and f.end <= r.end for r in formers)
    }
    return (past & relation) - other


def pursued_after(sentence: int, times: dict[str, set[int]], former_only: set[int]) -> bool:
    """A pursuit in `sentence` is placed in time without the former relations: its own sentence
    names one, or every sentence of the past does."""
    return sentence in former_only or (bool(former_only) and times["past"] <= former_only)


def told_past(past: set[int], former_only: set[int], every_danger_over: bool) -> bool:
    """A word of the past is written: a former relation alone counts only when every danger read
    is over too."""
    if past - former_only:
        return True
    return bool(past) and every_danger_over
