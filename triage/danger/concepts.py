"""Danger concepts: a word-level reading for the messages the phrase lists miss (Issue 11, round 10).

The phrase lists (`triage/lexicons/danger/`) are written from earlier messages; a new writer
says the same danger in other words ("they lock", "me no eat 2 day", "looking me on road").
This layer reads short word stems of a dozen concepts (`triage.danger.concept_words`) and
composes them by ONE rule, used only when the phrase reading found no danger at all:

- a danger concept with a word of now in the message, or with a plea ("help", "come") for a
  concept that hurts or holds, or two distinct danger concepts together ("door lock" and
  "take phone", "hit" and "no doctor"), or a child with a sale, a lock, a blow or a van, not
  denied (a negation just before) and not in a sentence of the past -> `emergency`;
- one danger concept alone, with no word of now -> `high` at most.

The reading's own judgement of the message comes first: a joke, a story, an imagined case,
a request for information, research or the media, or a story of the past gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from triage.codes import Urgency
from triage.danger.concept_words import Concept, load_concepts
from triage.danger.escapes import sentence_of
from triage.danger.finder import CueFinder, Found
from triage.danger.kinds import What, When, Who
from triage.danger.reading import Reading
from triage.danger.reasons import Reason
from triage.folding import Folded
from triage.tokens import Tokens

C = Concept
# Concepts that are a danger themselves (a child, a thing, a time are not).
DANGER = frozenset(
    {C.hurt, C.locked, C.taken, C.hunted, C.kill, C.self_harm, C.sold, C.hiding, C.fled}
    | {C.no_care, C.no_food, C.no_phone, C.farewell}
)
# Dangers that make an emergency only with another one ("no doctor" and "he hit me"; "forgive
# me" and "the pills"): alone, even with a word of now, a need or a sign, not a danger now.
WEAK = frozenset({C.no_care, C.no_food, C.no_phone, C.farewell})
# Dangers a plea ("help", "come", "please") places now: they hurt or hold a person.
PLEADED = frozenset({C.hurt, C.locked, C.taken, C.hunted, C.kill, C.self_harm, C.hiding, C.no_care})
# With a child: an emergency without a word of now (TRIAGE.md: a child in immediate danger).
CHILD_GRAVE = frozenset({C.sold, C.locked, C.hurt, C.taken})
# Concepts whose own words hold their negation ("no food"): a negation before them is theirs.
_ABSENT = {C.care: C.no_care, C.food: C.no_food, C.phone: C.no_phone}
# The kind of danger each concept is, as the reasons name it.
KIND: dict[Concept, What] = {
    C.hurt: What.violence,
    C.locked: What.confinement,
    C.taken: What.moved,
    C.hunted: What.pursuit,
    C.kill: What.death_threat,
    C.self_harm: What.self_harm,
    C.sold: What.sexual_exploitation,
    C.hiding: What.covert,
    C.fled: What.escape,
    C.no_care: What.care_refused,
    C.no_food: What.danger,
    C.no_phone: What.confinement,
    C.farewell: What.self_harm,
}
# Folded characters allowed between a negation and the word it denies (two short words), and
# in the languages matched as substrings (a character or two).
NEGATION_GAP = 12
NEGATION_GAP_CHARS = 3
# Sentence ends, as the danger reading has them.
_SENTENCE_END = re.compile(r"[.!?;\n。！？；…؟।](?:(?<!\.)|(?!\d))")


@dataclass(frozen=True, slots=True)
class ConceptVerdict:
    """What the concepts say: the level, and the danger words that weigh, in text order."""

    level: Urgency  # emergency or high
    quotes: tuple[Found[Concept], ...]
    child: bool


@lru_cache(maxsize=80)
def _finder(code: str, substring: bool) -> CueFinder[Concept] | None:
    """One finder per language and way of reading it, built once."""
    concepts = load_concepts().get(code)
    if concepts is None:
        return None
    tables = concepts.words if substring else concepts.words + concepts.latin
    terms = [(term, concept) for concept, terms in tables for term in terms]
    if not terms:
        return None
    return CueFinder(terms, substring=substring, where=f"concepts/{code}.toml")


def concept_words(tokens: Tokens, codes: Sequence[tuple[str, bool]]) -> list[Found[Concept]]:
    """Every concept word of the languages `codes` ((code, matched as substrings) pairs)."""
    found: dict[tuple[int, int, Concept], Found[Concept]] = {}
    for code, substring in codes:
        finder = _finder(code, substring)
        if finder is not None:
            for f in finder.find(tokens):
                found.setdefault((f.start, f.end, f.payload), f)
    return sorted(found.values())


def _negated(word: Found[Concept], negations: Sequence[Found[Concept]], gap: int, text: str) -> bool:
    """A negation ends just before `word`, with no sentence end between them; a word that holds
    its own negation ("can't get out", "не могу выйти") is not denied by another."""
    if any(word.start <= n.start < word.end for n in negations):
        return False
    for n in negations:
        if n.end <= word.start <= n.end + gap and not _SENTENCE_END.search(text, n.end, word.start):
            return True
    return False


def _inside(word: Found[Concept], others: Sequence[Found[Concept]]) -> bool:
    """`word` lies within a longer word of `others` ("acum" in "acum 3 ani", 3 years ago)."""
    return any(o.start <= word.start and word.end <= o.end and o != word for o in others)


def _absences(
    found: Sequence[Found[Concept]], negations: Sequence[Found[Concept]], gap: int, text: str, ends: list[int]
) -> list[Found[Concept]]:
    """A thing whose absence is a danger, negated ("no doctor", "не дают есть") or, for a
    phone, seized in its sentence ("man take phone"): its concept of absence."""
    seized = {sentence_of(ends, f.start) for f in found if f.payload is C.seize}
    absent = []
    for f in found:
        concept = _ABSENT.get(f.payload)
        if concept is None:
            continue
        taken = f.payload is C.phone and sentence_of(ends, f.start) in seized
        if taken or _negated(f, negations, gap, text):
            absent.append(Found(f.start, f.end, concept))
    return absent


def judge_concepts(
    tokens: Tokens, codes: Sequence[tuple[str, bool]], *, minor: bool, said_now: bool
) -> ConceptVerdict | None:
    """The concepts' level for a message, or None when no danger concept stands in it.
    `minor`: a child's age or word was read; `said_now`: the reading found a word of now."""
    found = concept_words(tokens, codes)
    if not found:
        return None
    text = tokens.folded.text
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    gap = NEGATION_GAP_CHARS if codes and codes[0][1] else NEGATION_GAP
    negations = [f for f in found if f.payload is C.negation]
    pasts = [f for f in found if f.payload is C.past]
    nows = [f for f in found if f.payload is C.now and not _inside(f, pasts)]
    now_in = {sentence_of(ends, f.start) for f in nows}
    past_in = {sentence_of(ends, f.start) for f in pasts} - now_in
    dangers = [
        f
        for f in [*found, *_absences(found, negations, gap, text, ends)]
        if f.payload in DANGER
        and (f.payload in _ABSENT.values() or not _negated(f, negations, gap, text))
        and sentence_of(ends, f.start) not in past_in
    ]
    if not dangers:
        return None
    kinds = {f.payload for f in dangers}
    child = minor or any(f.payload is C.child for f in found)
    strong = kinds - WEAK
    now = said_now or bool(now_in)
    plea = any(f.payload is C.plea for f in found)
    emergency = (
        (now and bool(strong))
        or (plea and bool(kinds & PLEADED))
        or len(kinds) >= 2
        or (child and bool(kinds & CHILD_GRAVE))
    )
    level = Urgency.emergency if emergency else Urgency.high
    return ConceptVerdict(level, tuple(sorted(dangers)), child)


def open_to_concepts(reading: Reading) -> bool:
    """The concepts are read only where the phrase reading found no danger, and the message is
    no joke, story, imagined case, request for information, topic or story of the past."""
    if any(f.what not in (What.learned, What.distress) for f in reading.findings):
        return False
    if reading.not_serious or reading.hypothetical or reading.information or reading.professional:
        return False
    if reading.definition and reading.only_questions:
        return False
    return not (reading.past and not reading.said_now)


def concept_reasons(verdict: ConceptVerdict, text: str, folded: Folded) -> tuple[Reason, ...]:
    """The reasons of a verdict, one per concept (its first words), as the danger reading's."""
    when = When.now if verdict.level is Urgency.emergency else When.ongoing
    who = Who.minor if verdict.child else Who.writer
    reasons: list[Reason] = []
    seen: set[Concept] = set()
    for f in verdict.quotes:
        if f.payload in seen:
            continue
        seen.add(f.payload)
        start, end = folded.source_span(f.start, f.end)
        quote = " ".join(text[start:end].split())
        reasons.append(Reason(quote, KIND[f.payload], when, who, verdict.level))
    return tuple(reasons)
