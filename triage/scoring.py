"""Turn the lexicon rules that fired into urgency, needs, indicators and exploitation.

The levels follow TRIAGE.md, and when in doubt the higher one wins:

1. an emergency is the danger model's to say (`triage.danger`): it reads what happens,
   when and to whom, around the lexicon's own words, so a danger denied ("he never hit
   me") or over ("five years ago") does not raise, and a present one does;
2. a sign of exploitation (an indicator, a form of exploitation, a `high` rule) or a minor
   is `high`, unless the situation is over: then `standard`;
3. a joke, fiction, or a request for facts, training, research, the media, a test or spam
   with no danger of the person's own is `low`;
4. anything else is `standard`; a message with no letters or digits at all is `low`.

`hint` rules only refine what another rule found (TRIAGE codes of *which* kind), so a
nanny, a farm or a pregnancy alone never raise a message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from triage.ages import find_minor_age, minor_number_positions
from triage.codes import Exploitation, Indicator, Need, Urgency
from triage.danger.compose import decide, judge, needs_of_level
from triage.danger.concepts import signs_beyond_minor, with_concepts
from triage.danger.kinds import What, When, Who
from triage.danger.reading import Reading
from triage.danger.reading import read as read_danger
from triage.danger.reasons import Reason, reasons_for, render
from triage.declined_needs import declined_rule
from triage.english_false_friends import lexicon_hits
from triage.folding import Folded
from triage.hours import overtime
from triage.joke_questions import question_after_joke
from triage.late_level import raised_by_late_signs
from triage.late_signs import NONE, LateSigns, read_late_signs
from triage.level_causes import Cause, cause_line
from triage.lexicon import Context, Lexicon, Rule
from triage.romaji import languages_read
from triage.settled_needs import NeedCues
from triage.term_matching import Hit, TermMatcher
from triage.tokens import Tokens
from triage.wages import underpaid

MAX_EXPLANATIONS = 12
# Every code in its declared order (walking an Enum class is slow).
_NEEDS = tuple(Need)
_INDICATORS = tuple(Indicator)
_EXPLOITATION = tuple(Exploitation)
_T = TypeVar("_T")
# Needs that wait until the person is safe: an emergency does not list them.
_WORK_SIGNS = frozenset(
    {Indicator.withholding_of_wages, Indicator.excessive_overtime, Indicator.abusive_conditions}
)
_LATER_NEEDS = frozenset(
    {Need.legal, Need.immigration, Need.labour_rights, Need.information, Need.employment_education}
)


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class Scores:
    urgency: Urgency
    needs: tuple[Need, ...]
    indicators: tuple[Indicator, ...]
    exploitation: tuple[Exploitation, ...]
    explanations: tuple[str, ...]
    reasons: tuple[Reason, ...] = ()
    # Signs read after the level (`triage.late_signs`): `triage.analyze` adds them last.
    late: LateSigns = NONE
    # A joke, a story or a fiction ("hahaha help, the boss made me wash cups, call the police
    # xD"): its cries for help are no distress call either (Issue 11, eighth round).
    joke: bool = False


@dataclass(slots=True)  # not frozen: made per message, and a frozen one sets each field slowly
class _Fired:
    hit: Hit
    language: str


def _ordered(kind: Sequence[_T], chosen: set[_T]) -> tuple[_T, ...]:
    """The `chosen` codes in the order of `kind` (all the codes, listed once)."""
    if not chosen:
        return ()
    return tuple(code for code in kind if code in chosen)


_RULE_CODES: dict[int, tuple[Rule, tuple[str, ...]]] = {}


def _codes(rule: Rule) -> tuple[str, ...]:
    """What a rule says, as an explanation lists it; worked out once per rule object (keyed
    by identity: hashing a rule costs more)."""
    cached = _RULE_CODES.get(id(rule))
    if cached is None or cached[0] is not rule:
        codes = [c.value for c in (*rule.indicators, *rule.exploitation, *rule.needs)]
        if rule.urgency is not None:
            codes.append(rule.urgency.value)
        if rule.context is not Context.none:
            codes.append(f"context: {rule.context.value}")
        if len(_RULE_CODES) > 4096:
            _RULE_CODES.clear()
        cached = _RULE_CODES[id(rule)] = (rule, tuple(codes))
    return cached[1]


def _describe(fired: _Fired, text: str, folded: Folded, codes: Sequence[str]) -> str:
    start, end = folded.source_span(fired.hit.start, fired.hit.end)
    quoted = " ".join(text[start:end].split())
    return f"'{quoted}' -> {', '.join(codes)} ({fired.language} lexicon)"


def score(
    text: str,
    folded: Folded,
    words: Sequence[tuple[str, int, int]],
    matchers: Sequence[TermMatcher],
    age_lexicons: Sequence[Lexicon],
) -> Scores:
    """Score redacted `text` (folded as `folded`, with its folded `words`)."""
    tokens = Tokens(folded, [w for w, _, _ in words], spans=list(words))
    return score_tokens(text, tokens, matchers, age_lexicons)


def score_tokens(
    text: str, tokens: Tokens, matchers: Sequence[TermMatcher], age_lexicons: Sequence[Lexicon]
) -> Scores:
    """`score` for a message already folded and split by `tokenize`."""
    folded, plain_words = tokens.folded, tokens.words
    if not plain_words:
        return Scores(Urgency.low, (), (), (), (cause_line(Cause.no_words, Urgency.low),))
    fired = [_Fired(hit, code) for hit, code in lexicon_hits(matchers, tokens)]
    fired.sort(key=lambda f: f.hit.start)
    minor_age = _minor_age(tokens, age_lexicons)
    # The danger model reads the same hits, places each in time and says which are denied.
    languages = languages_read(matchers, plain_words)
    reading = read_danger(text, tokens, [f.hit for f in fired], languages, minor_age is not None)
    aside = _set_aside(reading)
    fired = [f for f in fired if id(f.hit) not in aside and not declined_rule(f.hit, folded.text)]
    signs = [f for f in fired if f.hit.rule.is_sign]
    used = [f for f in fired if not f.hit.rule.hint or signs]
    needs: set[Need] = set()
    indicators: set[Indicator] = set()
    exploitation: set[Exploitation] = set()
    firm_exploitation: set[Exploitation] = set()
    levels: list[Urgency] = []
    explanations: list[str] = []
    said: set[tuple[int, int, tuple[str, ...]]] = set()
    for f in used:
        rule = f.hit.rule
        needs.update(rule.needs)
        indicators.update(rule.indicators)
        exploitation.update(rule.exploitation)
        if not rule.hint:
            firm_exploitation.update(rule.exploitation)
        if rule.urgency is not None:  # an emergency is the danger model's to say
            levels.append(Urgency.high if rule.urgency is Urgency.emergency else rule.urgency)
        codes = _codes(rule)
        # The same words firing the same codes in two lexicons are explained once.
        key = (f.hit.start, f.hit.end, codes)
        if key not in said:
            said.add(key)
            explanations.append(_describe(f, text, folded, codes))

    # A work setting alone says forced labour only when nothing names another kind.
    if Exploitation.forced_labour not in firm_exploitation and len(exploitation) > 1:
        exploitation.discard(Exploitation.forced_labour)
    _composed_signs(reading, text, tokens, minor_age, (indicators, needs, explanations))
    evidence = (levels, bool(signs), bool(exploitation))
    urgency, reasons, caused = _danger(reading, text, folded, evidence, indicators, needs, explanations)
    told = (tokens, languages, text, signs_beyond_minor(indicators, exploitation))
    urgency, reasons = with_concepts(urgency, reasons, reading, told, explanations)
    _not_a_report(reading, indicators, needs)
    urgency, late = _settled(urgency, caused, reading, (text, tokens), (indicators, needs), used)
    return Scores(
        urgency=urgency,
        needs=_ordered(_NEEDS, needs),
        indicators=_ordered(_INDICATORS, indicators),
        exploitation=_ordered(_EXPLOITATION, exploitation),
        explanations=tuple(explanations[:MAX_EXPLANATIONS]),
        reasons=reasons,
        late=late,
        joke=reading.not_serious,
    )


def _settled(
    urgency: Urgency,
    caused: bool,
    reading: Reading,
    message: tuple[str, Tokens],
    codes: tuple[set[Indicator], set[Need]],
    used: list[_Fired],
) -> tuple[Urgency, LateSigns]:
    """The needs the level implies and the late signs; several late signs in a `standard`
    message whose level no rule `caused` raise it to high (`triage.late_level`)."""
    indicators, needs = codes
    _settle_needs(urgency, indicators, needs)
    late = _late_signs(reading, *message, indicators, needs, used)
    if raised_by_late_signs(urgency, reading, late, caused):
        urgency = Urgency.high
        _settle_needs(urgency, indicators, needs)
    return urgency, late


def _late_signs(
    reading: Reading,
    text: str,
    tokens: Tokens,
    indicators: set[Indicator],
    needs: set[Need],
    used: list[_Fired],
) -> LateSigns:
    """The signs read after the level (`triage.late_signs`); an imagined case or a joke is no report.
    `used`: the lexicon rules that fired."""
    if reading.not_serious:
        return question_after_joke(text, tokens.folded) if reading.laughing else NONE
    ruled = {indicator for f in used for indicator in f.hit.rule.indicators}
    loose = frozenset(
        i for i, kinds in _LOOSE_READS.items() if i not in ruled and _read_loosely(reading, *kinds)
    )
    cues = NeedCues(
        question=reading.question,
        report=not reading.hypothetical,
        words=len(tokens.words),
        professional=reading.professional,
        test=reading.testing,
        loose=loose,
    )
    read: dict[str, tuple[int, int]] = {}
    for f in reading.findings:
        if f.what is What.care_refused and f.when is not When.denied:
            read.setdefault("care_refused", (f.start, f.end))
        elif f.what is What.escape and f.when is When.now:
            read.setdefault("just_fled", (f.start, f.end))
    # (Indicators read loosely are dropped later: a late sign may still read them.)
    found = _ordered(_INDICATORS, indicators - loose)
    had = _ordered(_NEEDS, needs)
    report = not reading.hypothetical
    return read_late_signs(text, tokens.folded, found, tokens.spans, read, report, had, cues)


# Indicators the danger model reads from a move or a watcher, and the kinds that say them
# firmly: a lock, a restriction or a hidden phone; a threat said.
_LOOSE_READS = {
    Indicator.restriction_of_movement: (What.moved, (What.confinement, What.restricted, What.covert)),
    Indicator.intimidation_threats: (What.pursuit, (What.threat, What.death_threat)),
}


def _read_loosely(reading: Reading, loose: What, firm: tuple[What, ...]) -> bool:
    """Whether the danger model read an indicator only from a move or a watcher (`loose`) that
    neither keeps an adult in nor threatens one now: a child to be picked up after school (the
    child's danger, `minor_involved`), a van that drives workers, a man who waits outside
    some days. A lexicon rule or a firm kind says it otherwise."""
    if any(f.what in firm and f.when is not When.denied for f in reading.findings):
        return False
    found = [f for f in reading.findings if f.what is loose and f.when is not When.denied]
    return bool(found) and not any(f.when is When.now and f.who is not Who.minor for f in found)


def _set_aside(reading: Reading) -> set[int]:
    """The lexicon hits the reading sets aside: a danger denied, or a lock the person closed
    to hide ("I locked myself in the bathroom") is no sign of the lexicon's either; nor is a
    deception or a form of exploitation denied ("nobody forces me", `triage.danger.denied_signs`)."""
    aside = {
        id(f.hit)
        for f in reading.findings
        if (f.when is When.denied or f.what is What.hiding) and f.hit is not None
    }
    return aside | reading.denied_signs


def _not_a_report(reading: Reading, indicators: set[Indicator], needs: set[Need]) -> None:
    """A joke or an imagined case names no sign of anyone's situation, and a story no need
    but information."""
    if reading.not_serious or reading.hypothetical:
        indicators.clear()
        if reading.not_serious:
            # A story asks how things go (information); a laugh asks for nothing.
            needs.intersection_update(set() if reading.laughing else {Need.information})
            if reading.question and not reading.laughing:
                needs.add(Need.information)  # "how would your hotline answer her?"


def _composed_signs(
    reading: Reading,
    text: str,
    tokens: Tokens,
    minor_age: str | None,
    into: tuple[set[Indicator], set[Need], list[str]],
) -> None:
    """The signs read from more than one word: an age under 18, pay far below a minimum
    wage, a document held by someone else."""
    indicators, needs, explanations = into
    folded = tokens.folded
    if minor_age is not None:
        indicators.add(Indicator.minor_involved)
        explanations.append(minor_age)
    _low_pay(tokens, indicators, needs, explanations)
    _long_hours(folded.text, indicators, explanations)
    _documents_held(reading, text, folded, indicators, explanations)


def _documents_held(
    reading: Reading, text: str, folded: Folded, indicators: set[Indicator], explanations: list[str]
) -> None:
    """A document and a word of holding in one clause ("keeps my passport")."""
    if reading.documents is not None:
        start, end = folded.source_span(*reading.documents)
        quoted = " ".join(text[start:end].split())
        indicators.add(Indicator.retention_of_documents)
        explanations.append(f"'{quoted}' -> retention_of_documents (documents held by someone else)")
    if reading.wages is not None:
        start, end = folded.source_span(*reading.wages)
        quoted = " ".join(text[start:end].split())
        indicators.add(Indicator.withholding_of_wages)
        explanations.append(f"'{quoted}' -> withholding_of_wages (pay held or taken by someone else)")


def _low_pay(tokens: Tokens, indicators: set[Indicator], needs: set[Need], explanations: list[str]) -> None:
    """Pay far below any minimum wage ("$800 a month") is a sign of withheld wages."""
    pay = underpaid(tokens.folded.text, tokens.unique)
    if pay is not None:
        indicators.add(Indicator.withholding_of_wages)
        needs.add(Need.labour_rights)
        explanations.append(
            f"'{pay}' -> withholding_of_wages, labour_rights (pay far below any minimum wage)"
        )


def _long_hours(folded_text: str, indicators: set[Indicator], explanations: list[str]) -> None:
    """Eleven hours or more at a time, sixty or more a week ("15h por dia") is excessive overtime."""
    hours = overtime(folded_text)
    if hours is not None:
        indicators.add(Indicator.excessive_overtime)
        explanations.append(f"'{hours}' -> excessive_overtime (hours far above any legal limit)")


def _minor_age(tokens: Tokens, age_lexicons: Sequence[Lexicon]) -> str | None:
    """The explanation of the first age under 18 a lexicon reads in the message, if any."""
    folded_text, plain_words = tokens.folded.text, tokens.words
    minors = minor_number_positions(folded_text, plain_words, tokens.unique)
    for lexicon in age_lexicons:
        age = find_minor_age(lexicon, folded_text, plain_words, minors)
        if age is not None:
            return f"'{age}' -> minor_involved ({lexicon.code} lexicon)"
    return None


def _settle_needs(urgency: Urgency, indicators: set[Indicator], needs: set[Need]) -> None:
    """Add the needs the core implies; an emergency keeps only the needs of now."""
    needs.update(_needs_implied(urgency, indicators))
    if urgency is Urgency.emergency:
        needs.difference_update(_LATER_NEEDS)


def _needs_implied(urgency: Urgency, indicators: set[Indicator]) -> set[Need]:
    """The needs the core adds by itself (triage/lexicons/README.md)."""
    needs: set[Need] = set()
    if urgency is Urgency.emergency:
        needs.add(Need.emergency_safety)
    if Indicator.minor_involved in indicators:
        needs.add(Need.youth_protection)
    if Indicator.self_harm_risk in indicators:
        needs.add(Need.mental_health)
    if urgency is Urgency.high and indicators & _WORK_SIGNS:
        needs.add(Need.labour_rights)
    return needs


def _danger(
    reading: Reading,
    text: str,
    folded: Folded,
    evidence: tuple[list[Urgency], bool, bool],
    indicators: set[Indicator],
    needs: set[Need],
    explanations: list[str],
) -> tuple[Urgency, tuple[Reason, ...], bool]:
    """The level the danger model gives with the lexicon's `evidence` (its rules' levels,
    whether a sign and a form of exploitation were named), and whether a level rule said its
    cause ("situation over -> standard"); it adds to (and takes back from) `indicators` and
    `needs`, and puts its reasons, in plain words, before the lexicon's own lines in
    `explanations`."""
    levels, has_signs, has_exploitation = evidence
    verdict = judge(reading)
    indicators.update(verdict.indicators)
    indicators.difference_update(verdict.denied)
    needs.update(verdict.needs)
    urgency, said_level = decide(verdict, reading, levels, indicators, has_signs, has_exploitation)
    explanations.extend(said_level)
    needs.update(needs_of_level(urgency, reading, bool(needs)))
    reasons = reasons_for(reading.findings, text, folded)
    explanations[:0] = [render(reason, "en") for reason in reasons]
    return urgency, reasons, bool(said_level)
