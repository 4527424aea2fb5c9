"""Placing a danger word in time: the sentences holding each kind of word of time, and the time
of one danger word read against them (now, ongoing, past)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import Field, replace
from typing import Any, ClassVar, Protocol, TypeVar

from triage.danger.escapes import sentence_of
from triage.danger.evidence import Evidence
from triage.danger.finder import Found
from triage.danger.kinds import ALWAYS_GRAVE, NEEDS_STRONG_NOW, What, When

# States that last while they are told in the present: kept in, held, sold (round 17).
STATES = frozenset({What.restricted, What.confinement, What.sexual_exploitation})


class _Placed(Protocol):
    """A finding of `triage.danger.reading` (a dataclass), as far as its time goes."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def start(self) -> int: ...
    @property
    def what(self) -> What: ...
    @property
    def when(self) -> When: ...


F = TypeVar("F", bound=_Placed)


def times_of(
    cue_words: Sequence[Found[str]], evidence: Sequence[Evidence], ends: Sequence[int]
) -> dict[str, set[int]]:
    """The sentences holding each kind of word of time. Words that name the danger are not
    also its time ("locked me in" is no "now"); a word strictly inside a danger's span sits in
    the gap of a `a ~ b` cue ("нас сегодня ночью везут"), and is its time (ninth round)."""
    times: dict[str, set[int]] = {
        "now": set(),
        "currently": set(),
        "ongoing": set(),
        "past": set(),
        "turned": set(),
    }
    for f in cue_words:
        if f.payload in times and not any(names_time(e, f) for e in evidence):
            times[f.payload].add(sentence_of(ends, f.start))
    times["currently"] |= times["turned"]
    return times


def names_time(danger: Evidence, word: Found[str]) -> bool:
    """The word of time is part of the danger's own words: it overlaps the span and is not
    strictly inside it (where only the gap of a `a ~ b` cue can put it)."""
    inside = danger.start < word.start and word.end < danger.end
    return danger.start < word.end and word.start < danger.end and not inside


def when_of(item: Evidence, sentence: int, times: dict[str, set[int]], past_only: bool) -> When:
    """The time of a danger word that is not denied, from the words of its sentence: a word
    of now first, then of the past, of duration ("for months": ongoing), a bare "now"."""
    if (
        item.now
        and sentence in times["ongoing"]
        and sentence not in times["now"]
        and item.what not in ALWAYS_GRAVE
    ):
        # A present tense with a habit or a duration in its sentence and no word of now ("ne țin 3
        # luni pe drum", "he locks us in every night"): a state that goes on (Issue 11, round 12).
        return When.ongoing
    if item.now or sentence in times["now"]:
        return When.now
    if sentence in times["past"]:
        return When.past
    if past_only and not item.grave:
        # A "now" that turns from the past in its own sentence ("pero ahora me dicen que tengo
        # que acompañar a los clientes"), told after a past (an arrival, a claim made months
        # ago): a danger that goes on, not one over (Issue 11, round 15).
        # A bare "now" in the sentence of a state that lasts (kept in, sold), after a past told
        # elsewhere ("She married him last year. Now his family does not let her out"): it goes
        # on too (round 17). Not a blow, a threat or a flight: "I fled. Now I live well".
        # A "now" with a habit in its sentence goes on whatever the kind ("Last year he was taken
        # there. Now they beat him every day", "现在每天被打"): a blow now habitual (round 23).
        goes_on = times["turned"] | (times["currently"] if item.what in STATES else set())
        habit_now = times["currently"] & times["ongoing"]
        return When.ongoing if sentence in goes_on | habit_now else When.past
    if sentence in times["ongoing"]:
        return When.now if item.what in ALWAYS_GRAVE else When.ongoing
    if sentence in times["currently"] and item.what not in NEEDS_STRONG_NOW:
        return When.now
    if times["now"] and not (times["past"] or times["ongoing"]):
        # No word of time in its sentence, but the message says now and nothing of the past:
        # "she works with men for him. He is asleep next door, she texts me in secret."
        return When.now
    if past_only and told_on(item, sentence, times):
        return When.past  # the next sentence of a story told in the past (round 18)
    # A danger to life or liberty that is not over is a danger now.
    return When.now if item.grave else When.ongoing


# Kinds whose word can be the instrument or the manner of a deed told by a verb beside it: "mi
# minacciava col coltello" (a knife), "избивал нас арматурой" (with a rebar). A lock is no
# instrument: two words of one lock ("enfermée à clé") do not take each other's time.
_INSTRUMENTS = frozenset({What.death_threat, What.violence, What.danger})
# The deeds of harm whose past they take (not a flight, a move or a pursuit).
_DEEDS = frozenset({What.death_threat, What.violence, What.threat, What.confinement})


def anchored(findings: Sequence[F], ends: Sequence[int]) -> list[F]:
    """In a message told only in the past (no word of now anywhere), a weapon or a blow read now
    for want of a time of its own takes the past of a deed of harm read past in its own sentence:
    "il padrone mi minacciava col coltello quando chiedevo la paga. È finita sei mesi fa" tells of
    a knife in the past, not one held now (Issue 11, twelfth round)."""
    past_in = {sentence_of(ends, f.start) for f in findings if f.when is When.past and f.what in _DEEDS}
    return [
        replace(f, when=When.past)
        if f.when is When.now and f.what in _INSTRUMENTS and sentence_of(ends, f.start) in past_in
        else f
        for f in findings
    ]


# Characters after a condition ("si alguien se queja lo manda de regreso") within which a word of
# the past is the consequence threatened, not a time.
_CONDITION_REACH = 60


def threatened_pasts(cue_words: Sequence[Found[str]], text: str, ends: Sequence[int]) -> list[Found[str]]:
    """The `cue_words` but the words of the past said inside a condition's clause: "si alguien se
    queja lo manda de regreso a México" threatens a return, it tells no past (Issue 11, round
    15). A condition word followed by a comma is a "yes" ("Sí, me regresé"); a sentence that an
    "if someone" opens is an imagined case ("if someone were locked in and ran away...")."""
    imagined = {
        sentence_of(ends, f.start) for f in cue_words if _opens(f, text, ends) and f.payload == "hypothetical"
    }
    conditions = [
        f
        for f in cue_words
        if f.payload in ("condition", "hypothetical")
        and not text.startswith(",", f.end)
        and sentence_of(ends, f.start) not in imagined
    ]
    if not conditions:
        return list(cue_words)
    return [
        f
        for f in cue_words
        if f.payload != "past"
        or not any(
            0 < f.start - c.end <= _CONDITION_REACH
            and sentence_of(ends, c.start) == sentence_of(ends, f.start)
            for c in conditions
        )
    ]


def _opens(cue: Found[str], text: str, ends: Sequence[int]) -> bool:
    """The cue opens its sentence: nothing but spaces and commas before it."""
    opening = max((end + 1 for end in ends if end < cue.start), default=0)
    return not text[opening : cue.start].strip(" ,\n")


def goes_on_turned(findings: Sequence[_Placed], ends: Sequence[int], times: dict[str, set[int]]) -> bool:
    """A danger goes on in a sentence where a "now" turns from the past ("pero ahora me dicen
    que...") and no word of the past is said: the situation is not over (Issue 11, round 15)."""
    turned = times["turned"] - times["past"]
    now = times["currently"] - times["past"]
    habit_now = now & times["ongoing"]  # "now ... every day": a habit of now, any kind (round 23)
    return any(
        f.when is When.ongoing
        and (
            (sentence := sentence_of(ends, f.start)) in turned | habit_now
            or (f.what in STATES and sentence in now)
        )
        for f in findings
    )


# Kinds whose word, with no time of its own, takes the past of the sentence told just before it.
_TOLD_ON = frozenset({What.medical, What.violence})


def told_on(item: Evidence, sentence: int, times: dict[str, set[int]]) -> bool:
    """In a message told only in the past, an injury or a blow with no word of time in its own
    sentence, right after a sentence of the past, goes on telling that past: "Last month I got
    hurt at work. The boss called an ambulance." (Issue 11, round 18). A word of now anywhere,
    or a cue that says now itself ("is bleeding"), keeps it now."""
    return (
        not item.now
        and item.what in _TOLD_ON
        and sentence - 1 in times["past"]
        and not any(sentence in placed for placed in times.values())
    )


# Characters between a "since" and the word of the past it opens (a space, an apostrophe).
_SINCE_GAP = 2


def since_spans(cue_words: list[Found[str]]) -> list[Found[str]]:
    """A word of the past just after a "since" ("he has followed me since I left the metro",
    "depi m soti", "de când am ieșit") starts a span that lasts until now: read as a former
    relation (`triage.danger.former`), a past that does not put a pursuit told beside it in the
    past, and counts as a past only when every danger read is over (Issue 11, round 19)."""
    starts = [f.end for f in cue_words if f.payload == "since"]
    if not starts:
        return cue_words
    opened = [
        f._replace(payload="former")
        for f in cue_words
        if f.payload == "past" and any(0 <= f.start - end <= _SINCE_GAP for end in starts)
    ]
    return cue_words + opened


def conditioned_spans(
    conditions: Sequence[Found[str]], ends: Sequence[int], size: int
) -> tuple[tuple[int, int], ...]:
    """The spans from each word of condition to the end of its sentence (round 19)."""
    return tuple((c.start, next((e for e in ends if e >= c.end), size)) for c in conditions)


# An injury and care refused: what care given now puts behind the person.
_CARED = frozenset({What.medical, What.care_refused})


def cared_for(item: Evidence, when: When, found: Sequence[Found[str]]) -> When:
    """The writer is in hospital now or was operated on ("I'm at the hospital, they operated on my
    hand; the boss would not call an ambulance"): the injury is being cared for, and care refused
    before is over, unless the words say it happens now; words of care inside the refusal ("won't
    take me to the hospital") are none (Issue 11, round 19)."""
    if when is not When.now or item.now or item.what not in _CARED:
        return when
    cared = any(f.payload == "in_care" and not (f.start < item.end and item.start < f.end) for f in found)
    return When.past if cared else when
