"""Danger concepts: a word-level reading for the messages the phrase lists miss (Issue 11, round 10).

The phrase lists (`triage/lexicons/danger/`) are written from earlier messages; a new writer
says the same danger in other words ("they lock", "me no eat 2 day", "looking me on road").
This layer reads short word stems of a dozen concepts (`triage.danger.concept_words`) and
composes them by ONE rule, used only when the phrase reading found no danger at all:

- a danger concept with a word of now in the message (an escape with hiding too), or with a
  plea ("help", "come") for a concept that hurts or holds, or two distinct danger concepts
  together ("door lock" and "take phone", "hit" and "no doctor"), or a child with a sale, a
  lock, a blow or a van, not denied (a negation just before) and not in a sentence of the
  past -> `emergency`;
- self-harm with words of despair ("plus la force. corde prête") -> `emergency`;
- one danger concept alone, with no word of now -> `high` at most.

The reading's own judgement of the message comes first: a joke, a story, an imagined case,
a request for information, research or the media, or a story of the past gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from triage.codes import Exploitation, Indicator, Urgency
from triage.danger.coming_hours import coming_harm
from triage.danger.concept_words import Concept, load_concepts
from triage.danger.escapes import sentence_of
from triage.danger.finder import CueFinder, Found
from triage.danger.kinds import What, When, Who
from triage.danger.languages_read import more_codes
from triage.danger.reading import Reading
from triage.danger.reasons import Reason, render
from triage.danger.recast import goes_on
from triage.danger.years import dated_years
from triage.folding import Folded
from triage.tokens import Tokens

C = Concept
# Concepts that are a danger themselves (a child, a thing, a time are not).
DANGER = frozenset(
    {C.hurt, C.locked, C.taken, C.hunted, C.kill, C.self_harm, C.sold, C.hiding, C.fled}
    | {C.no_care, C.no_food, C.no_phone, C.farewell}
)
# Dangers that a word of now makes an emergency by themselves: they hurt, hold or hunt a person.
NOW_ALONE = frozenset({C.hurt, C.locked, C.taken, C.hunted, C.kill, C.self_harm})
# Dangers a plea ("help", "come", "please") places now: they hurt or hold a person.
PLEADED = frozenset({C.hurt, C.locked, C.hunted, C.kill, C.self_harm, C.no_care})
# The others (a sale, an escape, writing in hiding, no doctor, no food, no phone, a farewell) are
# an emergency only with a danger of the first kind ("no doctor" and "he hit me"; "forgive me"
# and the pills; "I escaped" and "they are looking for me"): alone, a sign, not a danger now.
# A child sold is one with a word of now (TRIAGE.md rule 3); a sale told with a bare "now" is not.
# Fled and hiding, with a word of now: an escape not over ("ran from the boat an hour ago, I
# hide behind a container"; Issue 11, round 11).
_FLED_HIDING = frozenset({C.fled, C.hiding})
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
# A finding of the reading that stands (neither denied nor over) closes the message to concepts.
_STANDING = frozenset({When.now, When.ongoing})
# Folded characters allowed between a negation and the word it denies (two short words), and
# in the languages matched as substrings (a character or two).
NEGATION_GAP = 12
NEGATION_GAP_CHARS = 5
# Sentence ends, as the danger reading has them.
_SENTENCE_END = re.compile(r"[.!?;\n。！？；…؟।](?:(?<!\.)|(?!\d))")
# What a negation's reach does not cross: a sentence end or a comma ("睡不着，一听到手机").
_CLAUSE_END = re.compile(r"[.!?;\n。！？；…؟।,，、]")


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


# The language every message is read in for its loan words (`triage.analyze`).
_LOANS = "en"


def concept_codes(tokens: Tokens, languages: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The languages whose concepts a message is read in: those it is read in, English only when
    it is the message's own (every message is read in English for its loan words, but Romanian
    "cam" is "about" and Vietnamese "vẫn" folds to "van"), and those written in Latin letters
    whose marker words it has."""
    chosen = [(code, s) for i, (code, s) in enumerate(languages) if code != _LOANS or i == 0]
    more = more_codes(tokens, languages)  # the danger reading's own question: remembered
    return [*chosen, *(m for m in more if m not in chosen)]


def concept_words(tokens: Tokens, codes: Sequence[tuple[str, bool]]) -> list[Found[Concept]]:
    """Every concept word of the languages `codes` ((code, matched as substrings) pairs)."""
    found: dict[tuple[int, int, Concept], Found[Concept]] = {}
    for code, substring in codes:
        finder = _finder(code, substring)
        if finder is not None:
            for f in finder.find(tokens):
                found.setdefault((f.start, f.end, f.payload), f)
    return sorted(found.values())


def _negation_of(
    word: Found[Concept], negations: Sequence[Found[Concept]], gap: int, text: str
) -> Found[Concept] | None:
    """The negation that ends just before `word` (or, for a negation placed after, starts just
    after it) in its clause; a word that holds its own negation ("can't get out", "не могу
    выйти") is not denied by another. A Chinese negation reaches no word past a space."""
    if any(word.start <= n.start < word.end for n in negations):
        return None
    for n in negations:
        if n.payload is C.negation_after:
            start, end = word.end, n.start
        else:
            start, end = n.end, word.start
        if not 0 <= end - start <= gap or _CLAUSE_END.search(text, start, end):
            continue
        if text[n.start] >= "\u2e80" and " " in text[start:end]:  # "不给出门 打我"
            continue
        return n
    return None


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
        negation = _negation_of(f, negations, gap, text)
        if negation is not None:  # the quote is "no eat", "not allowed to see a doctor"
            absent.append(Found(negation.start, f.end, concept))
        elif f.payload is C.phone and sentence_of(ends, f.start) in seized:
            absent.append(Found(f.start, f.end, concept))
    return absent


@dataclass(frozen=True, slots=True)
class ConceptWords:
    """A message's concept words, sorted out once."""

    found: list[Found[Concept]]
    text: str
    ends: list[int]
    gap: int
    negations: list[Found[Concept]]
    nows: list[Found[Concept]]  # words of now not inside a word of the past ("acum 3 ani")
    past_in: set[int]  # sentences with a word of the past and none of now

    def denied(self, word: Found[Concept], before_only: bool = False) -> bool:
        negations = [n for n in self.negations if n.payload is C.negation] if before_only else self.negations
        return _negation_of(word, negations, self.gap, self.text) is not None


def words_of(found: list[Found[Concept]], text: str, substring: bool) -> ConceptWords:
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    # A year gone by ("En 2018", "Năm 2019") places its sentence in the past too.
    pasts = [f for f in found if f.payload is C.past]
    pasts += [Found(y.start, y.end, C.past) for y in dated_years(text, ends)]
    habits = [f for f in found if f.payload is C.habit]
    nows = [f for f in found if f.payload in (C.now, C.currently) and not _inside(f, pasts + habits)]
    now_in = {sentence_of(ends, f.start) for f in nows}
    negations = [f for f in found if f.payload in (C.negation, C.negation_after)]
    gap = NEGATION_GAP_CHARS if substring else NEGATION_GAP
    past_in = {sentence_of(ends, f.start) for f in pasts} - now_in
    return ConceptWords(found, text, ends, gap, negations, nows, past_in)


def _dangers(w: ConceptWords, judged: Sequence[tuple[int, int]]) -> list[Found[Concept]]:
    """The danger words that stand: not denied, not in a sentence of the past, not words the
    reading already judged denied or over."""
    return [
        f
        for f in [*w.found, *_absences(w.found, w.negations, w.gap, w.text, w.ends)]
        if f.payload in DANGER
        and (f.payload in _ABSENT.values() or not w.denied(f))
        and sentence_of(w.ends, f.start) not in w.past_in
        and not any(start < f.end and f.start < end for start, end in judged)
        and not (f.payload is C.hunted and goes_on(w.text, f.start, f.end))
    ]


def judge_concepts(
    tokens: Tokens,
    codes: Sequence[tuple[str, bool]],
    *,
    minor: bool,
    said_now: bool,
    judged: Sequence[tuple[int, int]] = (),
    threatened: Sequence[tuple[int, int]] = (),
) -> ConceptVerdict | None:
    """The concepts' level for a message, or None when no danger concept stands in it.
    `minor`: a child's age or word was read; `said_now`: the reading found a word of now;
    `judged`: folded spans the reading found denied or over (its words count for nothing here)."""
    found = concept_words(tokens, codes)
    if not any(f.payload in DANGER or f.payload in _ABSENT for f in found):
        return None  # no danger word: no sentence or year to work out
    w = words_of(found, tokens.folded.text, bool(codes) and codes[0][1])
    # A move or a pursuit after a condition ("if I don't pay he will have my son kidnapped") is
    # threatened, no danger now (Issue 11, round 19), as in the phrase reading.
    dangers = [f for f in _dangers(w, judged) if not _threatened(f, threatened)]
    if not dangers:
        return None
    kinds = {f.payload for f in dangers}
    if C.fled in kinds:
        kinds.discard(C.locked)  # "they locked me for months; I got out": the lock is over
    child = minor or any(f.payload is C.child for f in found)
    safe = any(f.payload is C.safe and not w.denied(f, before_only=True) for f in found)
    now = not safe and (said_now or bool(w.nows))
    # A child sold with a word of now that is no bare "now" ("she is home now" is no sale now).
    strong_now = not safe and (said_now or any(f.payload is C.now for f in w.nows))
    plea = any(f.payload is C.plea for f in found)
    # Worn out and a means of self-harm: a plan, whatever the time (Issue 11, round 14).
    despair = C.self_harm in kinds and any(f.payload is C.despair and not w.denied(f, True) for f in found)
    emergency = (
        despair
        or (now and bool(kinds & NOW_ALONE))
        or (plea and bool(kinds & PLEADED))
        or (len(kinds) >= 2 and bool(kinds & NOW_ALONE))
        or (child and C.sold in kinds and strong_now)
        or (now and kinds >= _FLED_HIDING)
    )
    level = Urgency.emergency if emergency else Urgency.high
    return ConceptVerdict(level, tuple(sorted(dangers)), child)


def _threatened(word: Found[Concept], spans: Sequence[tuple[int, int]]) -> bool:
    return word.payload in (C.taken, C.hunted) and any(a <= word.start < b for a, b in spans)


def open_to_concepts(reading: Reading) -> bool:
    """The concepts are read only where the phrase reading found no danger, and the message is
    no joke, story, imagined case, request for information, topic or story of the past."""
    if any(f.when in _STANDING and f.what not in (What.learned, What.distress) for f in reading.findings):
        return False
    return _told(reading)


def _told(reading: Reading) -> bool:
    """A situation told: no joke, story, imagined case, request for information, topic, witness
    unsure of what they see, or story of the past."""
    if reading.not_serious or reading.hypothetical or reading.information or reading.professional:
        return False
    if reading.definition and reading.only_questions:
        return False
    if reading.unsure and not reading.said_now:  # a witness unsure of what they see
        return False
    return not (reading.past and not reading.said_now)


def raised_by_concepts(
    urgency: Urgency, reading: Reading, tokens: Tokens, languages: Sequence[tuple[str, bool]], text: str
) -> tuple[Urgency, tuple[Reason, ...]] | None:
    """The level the concepts raise a message to, with their reasons, or None: only a message
    below `emergency` whose reading found no danger, and only when the concepts say
    `emergency` (`text` is the redacted message, `tokens` its folding)."""
    if urgency is Urgency.emergency or not open_to_concepts(reading):
        return None
    codes = concept_codes(tokens, languages)
    judged = [(f.start, f.end) for f in reading.findings]
    said_now = reading.said_now
    verdict = judge_concepts(
        tokens, codes, minor=reading.minor, said_now=said_now, judged=judged, threatened=reading.conditioned
    )
    if verdict is None or verdict.level is not Urgency.emergency:
        return None
    return verdict.level, concept_reasons(verdict, text, tokens.folded)


def signs_beyond_minor(indicators: Collection[Indicator], exploitation: Collection[Exploitation]) -> bool:
    """The lexicon read a sign of exploitation other than a child's age, or a form of it other than
    work ("mi hija de 15 tiene un trabajo de verano" names neither)."""
    return any(i is not Indicator.minor_involved for i in indicators) or any(
        e is not Exploitation.forced_labour for e in exploitation
    )


def raised_for_coming_hours(
    urgency: Urgency, reading: Reading, message: tuple[Tokens, Sequence[tuple[str, bool]], str, bool]
) -> tuple[Urgency, tuple[Reason, ...]] | None:
    """A child whose exploitation the rules read (`high`), with a harm set for the coming hours
    (`triage.danger.coming_hours`): `emergency`, its reason the words of time (round 23).
    `message`: its tokens, languages read, redacted text and `signs_beyond_minor`."""
    tokens, languages, text, signs = message
    if urgency is not Urgency.high or not reading.minor or not _told(reading):
        return None
    codes = concept_codes(tokens, languages)
    found = concept_words(tokens, codes)
    w = words_of(found, tokens.folded.text, bool(codes) and codes[0][1])
    safe = any(f.payload is C.safe and not w.denied(f, before_only=True) for f in found)
    # A harm named: a sign of exploitation beyond a child and a job (`signs`), a danger word of the
    # reading or of the concepts, not denied ("tonight we check her summer job's contract": none).
    named = signs or any(f.when is not When.denied for f in reading.findings) or bool(_dangers(w, ()))
    word = None if not named else coming_harm(found, w.text, w.ends, w.past_in, w.negations, safe)
    if word is None:
        return None
    start, end = tokens.folded.source_span(word.start, word.end)
    quote = " ".join(text[start:end].split())
    return Urgency.emergency, (Reason(quote, What.danger, When.now, Who.minor, Urgency.emergency),)


def with_concepts(
    urgency: Urgency,
    reasons: tuple[Reason, ...],
    reading: Reading,
    message: tuple[Tokens, Sequence[tuple[str, bool]], str, bool],
    explanations: list[str],
) -> tuple[Urgency, tuple[Reason, ...]]:
    """The level and reasons of a message once its concepts are read (`message`: its tokens, the
    languages it is read in and its redacted text); the concepts' reasons, in plain words, go
    first in `explanations`. Words of danger no phrase list knows: issue 11, round 10."""
    tokens, languages, text, _ = message
    raised = raised_by_concepts(urgency, reading, tokens, languages, text)
    raised = raised or raised_for_coming_hours(urgency, reading, message)
    if raised is None:
        return urgency, reasons
    explanations[:0] = [render(reason, "en") for reason in raised[1]]
    return raised[0], raised[1] + reasons


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
