"""Read one message for danger: every quote naming a danger, with its time and person.

Words: the danger cue files (`triage/lexicons/danger/`) and the lexicon rules that fired (a violence,
threat, confinement or self-harm rule names a danger; a "now" or "past" context, a time). Each quote is
placed in time by its sentence's words (`When`), denied by a negation just before it, given a `Who`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from triage.danger.arabizi import with_arabizi
from triage.danger.cues import WORD_LISTS, DangerCues, WhatCue, load_cues
from triage.danger.denied_signs import denied_signs
from triage.danger.durations import durations, unpaid_months
from triage.danger.escapes import escapes_of, not_supposed, sentence_of
from triage.danger.evidence import Evidence
from triage.danger.falls import fallen
from triage.danger.finder import CueFinder, Found, outermost
from triage.danger.former import only_former, pursued_after, told_past
from triage.danger.gaps import negated_inside, without_no
from triage.danger.holding import documents_held
from triage.danger.idle import TESTING_WORDS, idle
from triage.danger.imagined import dreamt, imagined
from triage.danger.kin import kin_minor
from triage.danger.kinds import What, When, Who
from triage.danger.languages_read import more_codes
from triage.danger.lasting import alone, known_place
from triage.danger.laughter import laughs
from triage.danger.negation import denied, own_negations
from triage.danger.part_of_day import undated_parts_of_day
from triage.danger.pinyin import minor_ages, pinyin_cues
from triage.danger.qualify import (
    arrested,
    care_refused,
    conditional,
    favour,
    inside_past,
    kin_waiting,
    no_ones_danger,
    possessor,
    pursuit_not_death,
    self_locked,
    thing_held,
)
from triage.danger.recast import across_sentences, recast
from triage.danger.rule_evidence import rule_evidence
from triage.danger.taken_back import doubts_kept, fiction_kept
from triage.danger.timing import (
    anchored,
    cared_for,
    conditioned_spans,
    goes_on_turned,
    since_spans,
    threatened_pasts,
    times_of,
    when_of,
)
from triage.danger.years import dated_sentences, dated_years
from triage.lexicon import Context
from triage.pinyin import plainly_pinyin
from triage.term_matching import Hit
from triage.tokens import Tokens

# Sentence ends: a danger word is placed in time by the words of its own sentence.
# (One character first, then the condition on a dot: a pattern that starts with one set of
# characters is searched for by a fast scan, an alternation of two is tried at every place.)
_SENTENCE_END = re.compile(r"[.!?;\n。！？；…؟।](?:(?<!\.)|(?!\d))")


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class Finding:
    """A danger the message names: the folded span of its quote, what, when, who."""

    start: int
    end: int
    what: What
    when: When
    who: Who
    grave: bool
    hit: Hit | None = None
    # Its sentence says how long or how often ("for months", "on weekends"): a habit, which a
    # word of now elsewhere in the message does not place now (Issue 11, ninth round).
    lasting: bool = False


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class Reading:
    findings: tuple[Finding, ...]
    not_serious: bool  # a joke, fiction, a hypothetical case, a training scenario
    minor: bool  # the words say a child is involved
    third_party: bool
    now: bool  # a danger placed now
    past: bool  # a word of the past anywhere
    information: bool  # a request for facts, training, research, media, a test
    question: bool  # the message asks something ("?" in any script)
    hypothetical: bool = False  # a question about an imagined case ("if someone were...")
    said_now: bool = False  # a word of now anywhere ("tonight", "right now", "help me")
    documents: tuple[int, int] | None = None  # folded span: a document held by someone else
    currently: bool = False  # a bare word of now anywhere ("now", "ahora", "الآن", "अभी")
    wages: tuple[int, int] | None = None  # folded span: pay held or taken by someone else
    idle: bool = False  # a test message or a bare greeting ("prueba", "allo?")
    unsure: bool = False  # doubt about what one sees ("not sure if", "je sais pas si")
    professional: bool = False  # a journalist, a researcher, a trainer asks
    definition: bool = False  # asks what a word or a law means ("what is trafficking?")
    only_questions: bool = False  # every sentence of the message is a question
    report: bool = False  # a witness asks whether or where to report ("should I report this?")
    laughing: bool = False  # laughter ("lol", "😂", "jajaja"): the joke asks for nothing
    testing: bool = False  # a word of testing in a short message ("test 123 ça marche tu?")
    still: bool = False  # a danger goes on in a sentence where "now" turns ("pero ahora me dicen")
    denied_signs: frozenset[int] = frozenset()  # ids of lexicon hits a negation denies (round 15)
    # Folded spans from a word of condition to its sentence's end ("si m pa voye kòb, l ap fè
    # kidnape pitit mwen"): a harm threatened there is no danger now (round 19).
    conditioned: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class _Compiled:
    code: str
    substring: bool
    reach: int
    # Every cue of the language in one finder: a `WhatCue` names a danger; a string a word of
    # time, person, seriousness ("now", "past", "minor"...) or a negation ("negation", ...).
    finder: CueFinder[WhatCue | str]


# The language whose cues are read in every message (scoring reads its lexicon too).
_ALWAYS_READ = "en"


@lru_cache(maxsize=80)  # every language, and the two that are read both ways (ar, fa)
def _compiled(code: str, substring: bool) -> _Compiled | None:
    cues: DangerCues | None = load_cues().get(code)
    return None if cues is None else _compiled_cues(cues, substring, f"danger/{code}.toml")


def _compiled_cues(cues: DangerCues, substring: bool, where: str) -> _Compiled:
    terms: list[tuple[str, WhatCue | str]] = [(t, cue) for cue in cues.what for t in cue.terms]
    terms.extend((term, name) for name in WORD_LISTS for term in getattr(cues, name))
    finder = CueFinder(terms, substring=substring, where=where)
    return _Compiled(cues.code, substring, cues.negation_reach, finder)


@lru_cache(maxsize=1)
def _compiled_pinyin() -> _Compiled:
    return _compiled_cues(pinyin_cues(), False, "danger/pinyin/zh.toml")


def _cue_words(
    tokens: Tokens, compiled: Sequence[_Compiled], hits: Sequence[Hit]
) -> tuple[list[Evidence], list[Found[str]]]:
    """The danger words of the cue files and lexicon rules that fired, and the words of time,
    person and seriousness. English (read for its loan words) denies nothing in another language
    (Vietnamese "nó" folds to "no"), nor a runner-up's negation that is a `not_denial` word."""
    evidence: list[Evidence] = []
    cue_words: list[Found[str]] = []
    primary = compiled[0].code if compiled else ""
    own: set[tuple[int, int]] = set()  # the primary's words no other language may take for a "no"
    for c in compiled:
        loans_only = c.code == _ALWAYS_READ != primary
        found = without_no(c.finder.find(tokens), tokens.folded.text, primary, loans_only)
        if c.code == primary:
            own = {(f.start, f.end) for f in found if f.payload == "not_denial"}
        nots = [(f.start, f.end) for f in found if f.payload == "negation" and (f.start, f.end) not in own]
        for f in found:
            cue = f.payload
            if isinstance(cue, str):
                if cue.startswith("negation") and (loans_only or (f.start, f.end) in own):
                    continue
                cue_words.append(cast("Found[str]", f))  # its payload is the str `cue`
            elif not (nots and negated_inside(tokens.folded.text, f.start, f.end, cue, nots)):
                evidence.append(Evidence(f.start, f.end, cue.kind, cue.now, cue.grave))
    for hit in hits:
        said = rule_evidence(hit.rule)
        if said is not None:
            evidence.append(Evidence(hit.start, hit.end, said[0], said[1], said[2], hit))
        said_of = _CONTEXT_WORDS.get(hit.rule.context)
        if said_of is not None:
            cue_words.append(Found(hit.start, hit.end, said_of))
    return evidence, cue_words


# The cue word a rule's context says (`Context.now` read off the class costs a slow hook in 3.11).
_CONTEXT_WORDS = {Context.now: "now", Context.past: "past", Context.information: "information"}


_QUESTION = re.compile(r"[?？؟]")
# The end of a sentence that is not a question: what is left between them must each ask.
_STATEMENT = re.compile(r"(?<=[?？؟])\s*|[.!。！\n]+")
_THINGS = ("document", "wage")


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class _Context:
    """What a danger word is read against: the message's sentences, times, person and cues."""

    text: str
    ends: Sequence[int]
    times: dict[str, set[int]]
    dated: set[int]  # sentences naming a year or weeks gone by ("en 2019", "il y a 4 ans")
    who: Who
    found: Sequence[Found[str]]
    negations: Sequence[Found[str]]
    after: Sequence[Found[str]]
    skipped: Sequence[tuple[int, int]]
    hiding: Sequence[Found[str]]
    former_only: set[int]  # past sentences whose only words of the past name a former relation

    # Set once, from the times as first read (a denied "now" taken back later does not move them):
    # sentences with a word of the past and none of now ("I left last year", not "this morning").
    past_sentences: set[int] = field(init=False)
    past_only: bool = field(init=False)
    things: list[Found[str]] = field(init=False)  # documents and wages, picked out of `found` once
    conditions: list[Found[str]] = field(init=False)  # "if", "si": picked out of `found` once too

    def __post_init__(self) -> None:
        past = self.times["past"] - self.times["now"]
        self.past_sentences = past
        self.past_only = bool(past) and not self.times["now"]
        self.things = [f for f in self.found if f.payload in _THINGS]
        self.conditions = [f for f in self.found if f.payload == "condition"]


def _finding(item: Evidence, c: _Context, reaches: Sequence[tuple[int, bool]]) -> Finding | None:
    """The finding a danger word makes, placed in time, or None if it names no danger."""
    text = c.text
    if favour(item, text) or thing_held(item, text, c.things):
        return None
    sentence = sentence_of(c.ends, item.start)
    if no_ones_danger(item, c.found) or (
        reaches and not item.composed and denied(item, text, c.negations, c.after, reaches, c.skipped)
    ):
        when = When.denied  # denied, feared arrest (no one's threat), a secret told to a witness
    else:
        when = when_of(item, sentence, c.times, c.past_only)
        if (
            when is When.past
            and item.what is What.pursuit
            and pursued_after(sentence, c.times, c.former_only)
        ):
            # "my ex-boss found me, he is outside": the relation is over, the pursuit is not
            times = {**c.times, "past": c.times["past"] - c.former_only}
            when = when_of(item, sentence, times, bool(times["past"]) and not times["now"])
        # A pursuit said in the present ("he is outside") is not put in the past by a word of the
        # past told of another deed in its sentence ("he used to beat me and he is outside my door"),
        # nor a wish to die said now ("prefiero morir antes que volver"), but a year gone by is.
        wish = item.what is What.self_harm and item.now
        dated = c.dated if item.what is What.pursuit or wish else c.dated | c.times["past"]
        if when is When.now and (item.now or item.grave) and sentence in dated - c.times["now"]:
            # "Năm 2019 tôi bị nhốt": a year gone by outweighs the tense a cue suggests; "2 тижні
            # тому хлопець впав з даху" places a grave word with no time of its own (round 16).
            when = When.past
        said_now = sentence in c.times["now"] or sentence in c.times["currently"]
        if when is When.now and c.who is not Who.minor and conditional(item, text, c.conditions, said_now):
            when = When.ongoing  # "if I complain he sends me back": an intimidation that goes on
    when = cared_for(item, dreamt(item, when, text, c.found), c.found)  # a dream: a fear (round 23)
    if item.what is What.self_harm and when is When.now and _disavowed(sentence, c):
        when = When.ongoing  # "sometimes I wish I could disappear, but I won't do it" (ninth round)
    if item.what is What.escape and when is When.now and inside_past(item, c.found):
        when = When.past  # "逃出来以后" (after I escaped): the escape is over (eighth round)
    what = item.what
    if what is What.confinement and self_locked(item, text, c.hiding):
        what = What.hiding  # a danger to hide from, not a confinement by someone
    lasting = when is When.ongoing and sentence in c.times["ongoing"]
    return Finding(item.start, item.end, what, when, c.who, item.grave, item.hit, lasting)


def _disavowed(sentence: int, c: _Context) -> bool:
    """The writer says they will not act on a thought of self-harm, or have no plan, anywhere in
    the message ("sometimes I wish I could disappear. I'm not going to do anything"), and the
    thought's own sentence has no word of now."""
    return sentence not in c.times["now"] and any(f.payload == "disavowal" for f in c.found)


def _only_denied(findings: Sequence[Finding], ends: Sequence[int]) -> set[int]:
    """The sentences whose every danger is denied (Issue 11, seventh round)."""
    denied_in = {sentence_of(ends, f.start) for f in findings if f.when is When.denied}
    return denied_in - {sentence_of(ends, f.start) for f in findings if f.when is not When.denied}


# A text with no question mark is all questions only when it has nothing but these (no sentence).
_NO_SENTENCE = re.compile(r"[\s.!。！]*")


def _only_questions(raw: str, question: bool) -> bool:
    """Every sentence of `raw` asks (`question`: it has a question mark at all)."""
    if not question:  # then no sentence asks: true only of a text with no sentence
        return _NO_SENTENCE.fullmatch(raw) is not None
    return all(_QUESTION.search(part) for part in _STATEMENT.split(raw.strip()) if part.strip())


def _gathered(
    tokens: Tokens, hits: Sequence[Hit], codes: Sequence[tuple[str, bool]]
) -> tuple[list[_Compiled], list[Evidence], list[Found[str]]]:
    """The cue finders of the message's languages, its danger evidence and its cue words."""
    text = tokens.folded.text
    codes = [*codes, *more_codes(tokens, codes)]
    compiled = [c for c in (_compiled(code, substring) for code, substring in codes) if c is not None]
    pinyin = plainly_pinyin(tokens.words)
    if pinyin:  # Chinese in Latin letters: its own words, as whole words (`triage.pinyin`)
        compiled.append(_compiled_pinyin())
    evidence, found = _cue_words(tokens, compiled, hits)
    if pinyin:
        found += minor_ages(text)
    evidence = [e for e in evidence if not possessor(e, text) and not kin_waiting(e, text)]
    evidence = pursuit_not_death(with_arabizi(evidence, tokens, codes))
    kept = [e for e in evidence if not (arrested(e, found) or across_sentences(e, text) or fallen(e, text))]
    recast_ = (recast(known_place(alone(e, text), text), text) for e in kept)
    return compiled, [e for e in recast_ if e is not None], found


def _findings(evidence: list[Evidence], context: _Context, reaches: list[tuple[int, bool]]) -> list[Finding]:
    """Each piece of evidence placed in time and person, in the message's order."""
    ordered = sorted(evidence, key=lambda e: (e.start, e.hit is not None))
    findings = [f for f in (_finding(item, context, reaches) for item in ordered) if f is not None]
    if denied_now := _only_denied(findings, context.ends) & context.times["now"]:
        # "Right now nothing threatens me": that word of now places no other danger now.
        context.times["now"] -= denied_now
        findings = [f for f in (_finding(item, context, reaches) for item in ordered) if f is not None]
    return anchored(findings, context.ends) if context.past_only else findings


def _who(minor_age: bool, names: set[str], text: str, found: list[Found[str]]) -> tuple[bool, bool, Who]:
    """Whether a minor is involved and a third party reports, and so whom the message is about."""
    minor = minor_age or "minor" in names or kin_minor(text, found) is not None
    third_party = "third_party" in names
    return minor, third_party, Who.minor if minor else Who.third_party if third_party else Who.writer


def _spoken(text: str, found: list[Found[str]], years: list[Found[str]]) -> list[Found[str]]:
    """The words of time, person and seriousness. A count of months or weeks ("3 luni", "四个月")
    is a duration, a state that goes on (round 12), unless it is the pay owed (round 15)."""
    spoken = [f for f in found if not f.payload.startswith("negation")]
    return since_spans(outermost(unpaid_months(text, spoken + years + durations(text), found)))


def read(
    raw: str,
    tokens: Tokens,
    hits: Sequence[Hit],
    codes: Sequence[tuple[str, bool]],
    minor_age: bool,
) -> Reading:
    """Read `tokens` (the redacted message `raw`, folded) for danger, with the lexicon `hits`
    that fired and the cues of the languages `codes` ((code, matched as substrings) pairs)."""
    text = tokens.folded.text
    compiled, evidence, found = _gathered(tokens, hits, codes)
    negations = own_negations(text, found)
    # What a negation's scope runs through: its scope words and the other danger words.
    skipped = [(f.start, f.end) for f in found if f.payload == "negation_scope"] + [e.span for e in evidence]
    hiding = [f for f in found if f.payload == "self_locked"]
    evidence += care_refused(text, evidence, [f for f in found if f.payload != "negation"] + negations)
    after = [f for f in found if f.payload == "negation_after"]
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    escapes, found = escapes_of(evidence, found, ends)
    evidence = not_supposed(evidence, found) + escapes
    dated = dated_sentences(text, ends, years := dated_years(text, ends))  # "c'était en 2019" too
    cue_words = doubts_kept(text, _spoken(text, found, years), evidence, negations)
    cue_words = undated_parts_of_day(text, cue_words, ends, dated)
    names = {f.payload for f in cue_words}
    minor, third_party, who = _who(minor_age, names, text, found)
    question = "?" in raw or (not raw.isascii() and _QUESTION.search(raw) is not None)
    hypothetical = imagined(cue_words, ends, question)
    times = times_of(cue_words if hypothetical else threatened_pasts(cue_words, text, ends), evidence, ends)
    former = only_former(cue_words, ends, times["past"])
    context = _Context(text, ends, times, dated, who, found, negations, after, skipped, hiding, former)
    findings = _findings(evidence, context, [(c.reach, c.substring) for c in compiled])
    laughing = laughs(raw)
    not_serious = fiction_kept(raw, tokens.folded, cue_words) or laughing
    by_chars = all(c.substring for c in compiled) and bool(compiled)
    return Reading(
        tuple(findings),
        not_serious,
        minor,
        third_party,
        any(f.when is When.now for f in findings),
        told_past(context.past_sentences, former, all(f.when in (When.past, When.denied) for f in findings)),
        "information" in names,
        question,
        hypothetical,
        bool(times["now"]),
        documents_held(text, found, by_chars),
        bool(times["currently"]),
        documents_held(text, found, by_chars, "wage"),
        idle(tokens),
        "unsure" in names,
        "professional" in names,
        any(f.payload == "definition" for f in found),  # also inside a longer cue ("що таке торгівля")
        _only_questions(raw, question),
        any(f.payload == "report" for f in found),
        laughing,
        idle(tokens, TESTING_WORDS),
        goes_on_turned(findings, ends, times),
        denied_signs(hits, text, negations, after, [(c.reach, c.substring) for c in compiled]),
        conditioned_spans(context.conditions, ends, len(text)),
    )
