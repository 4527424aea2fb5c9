"""Having fled, read in its context: an escape that is not over is a danger now."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from triage.danger.evidence import Evidence
from triage.danger.finder import Found
from triage.danger.kinds import What


def sentence_of(ends: Sequence[int], at: int) -> int:
    """The number of the sentence holding folded offset `at` (sentences end at `ends`, in
    order): how many ends come before it, counted by a binary search in C."""
    return bisect_left(ends, at)


# Characters allowed between a word of condition and the escape it supposes ("if I run", "law hrabt").
_CONDITION_REACH = 12


def _supposed(escape: Found[str], conditions: Sequence[Found[str]]) -> bool:
    """An escape right after a word of condition ("if I run he'll kill me", "law hrabt
    bi2tlak", "если сбегу"): a condition of a threat, neither an escape nor a word of the past
    (Issue 11, ninth round)."""
    return any(c.end <= escape.start <= c.end + _CONDITION_REACH for c in conditions)


def not_supposed(evidence: Sequence[Evidence], found: Sequence[Found[str]]) -> list[Evidence]:
    """The `evidence` but a flight a danger list names right after a word of condition ("Nếu em
    bỏ trốn thì...", "Si m sove, èske..."): "if I run away" supposes a flight, as `_supposed` says
    of the escape cue words (Issue 11, round 17)."""
    conditions = [f for f in found if f.payload == "condition"]
    if not conditions:
        return list(evidence)
    return [
        e
        for e in evidence
        if e.what is not What.escape or not _supposed(Found(e.start, e.end, ""), conditions)
    ]


# Characters allowed between a negation and the escape it denies ("gk bisa kabur", "can't run").
_DENIAL_REACH = 10


def _not_fled(escape: Found[str], found: Sequence[Found[str]], evidence: Sequence[Evidence]) -> bool:
    """An escape denied just before it ("gk bisa kabur", "di makatakas": cannot get away) or
    inside a longer danger word ("dibawa kabur", carried off): no flight of the person's, and
    no word of the past either (Issue 11, tenth round)."""
    size = escape.end - escape.start
    if any(e.start <= escape.start and escape.end <= e.end and e.end - e.start > size for e in evidence):
        return True
    return any(f.payload == "negation" and f.end <= escape.start <= f.end + _DENIAL_REACH for f in found)


def escapes_of(
    evidence: Sequence[Evidence], found: list[Found[str]], ends: Sequence[int]
) -> tuple[list[Evidence], list[Found[str]]]:
    """Having fled, read in its context: "I ran away an hour ago, they are looking for me",
    "je me suis sauvée, je suis cachée" is a danger now (an escape with pursuit in the
    message, or with a word of now or hiding in its sentence and none of the past); "I
    escaped in 2019" is a word of the past. Returns the escapes now and the cue words with
    the others turned into words of the past (and past words inside a live escape dropped)."""
    conditions = [f for f in found if f.payload == "condition"]
    supposed = [
        f
        for f in found
        if f.payload == "escaped" and (_supposed(f, conditions) or _not_fled(f, found, evidence))
    ]
    if supposed:
        found = [f for f in found if f not in supposed]
    escapes = [f for f in found if f.payload == "escaped"]
    if not escapes:
        return [], found
    pursued = any(e.what is What.pursuit for e in evidence)
    sentences = {
        name: {sentence_of(ends, f.start) for f in found if f.payload in names}
        for name, names in (("live", ("now", "self_locked")), ("past", ("past",)))
    }
    live: list[Evidence] = []
    kept: list[Found[str]] = []
    for f in escapes:
        sentence = sentence_of(ends, f.start)
        over = any(
            p.payload == "past"
            and sentence_of(ends, p.start) == sentence
            and not (p.start < f.end and f.start < p.end)
            for p in found
        )
        if not over and (pursued or sentence in sentences["live"]):
            live.append(Evidence(f.start, f.end, What.escape, True, False))
        else:
            kept.append(Found(f.start, f.end, "past"))
    spans = [(e.start, e.end) for e in live]
    for f in found:
        inside = any(s < f.end and f.start < e for s, e in spans)
        if f.payload != "escaped" and not (f.payload == "past" and inside):
            kept.append(f)
    return live, kept
