"""Turn the lexicon rules that fired into urgency, needs, indicators and exploitation.

The levels follow TRIAGE.md, and when in doubt the higher one wins:

1. any rule that says `emergency`, or danger happening now (`context = "now"`) together
   with violence, threats, confinement or self-harm, is an emergency;
2. a sign of exploitation (an indicator, a form of exploitation, a `high` rule) or a minor
   is `high`, unless every sign is in the past (`context = "past"`) and no minor is
   involved: then `standard`;
3. a question about facts, research, the media, a test or spam with no sign is `low`;
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
from triage.folding import Folded
from triage.lexicon import Context, Lexicon, Rule
from triage.term_matching import Hit, TermMatcher
from triage.tokens import Tokens

_DANGER_NOW = frozenset({
    Indicator.physical_sexual_violence,
    Indicator.intimidation_threats,
    Indicator.restriction_of_movement,
    Indicator.self_harm_risk,
})
MAX_EXPLANATIONS = 12
# Every code in its declared order (walking an Enum class is slow).
_NEEDS = tuple(Need)
_INDICATORS = tuple(Indicator)
_EXPLOITATION = tuple(Exploitation)
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Scores:
    urgency: Urgency
    needs: tuple[Need, ...]
    indicators: tuple[Indicator, ...]
    exploitation: tuple[Exploitation, ...]
    explanations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
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
        return Scores(Urgency.low, (), (), (), ("no words -> low",))
    fired = [_Fired(hit, m.lexicon.code) for m in matchers for hit in m.find_tokens(tokens)]
    fired.sort(key=lambda f: f.hit.start)
    signs = [f for f in fired if f.hit.rule.is_sign]
    contexts = {f.hit.rule.context for f in fired}
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
        if rule.urgency is not None:
            levels.append(rule.urgency)
        codes = _codes(rule)
        # The same words firing the same codes in two lexicons are explained once.
        key = (f.hit.start, f.hit.end, codes)
        if key not in said:
            said.add(key)
            explanations.append(_describe(f, text, folded, codes))

    # A work setting alone says forced labour only when nothing names another kind.
    if Exploitation.forced_labour not in firm_exploitation and len(exploitation) > 1:
        exploitation.discard(Exploitation.forced_labour)

    minor_age = _minor_age(tokens, age_lexicons)
    if minor_age is not None:
        indicators.add(Indicator.minor_involved)
        explanations.append(minor_age)

    urgency, reasons = _urgency(levels, indicators, exploitation, contexts, bool(signs))
    explanations.extend(reasons)
    needs.update(_needs_implied(urgency, indicators))
    return Scores(
        urgency=urgency,
        needs=_ordered(_NEEDS, needs),
        indicators=_ordered(_INDICATORS, indicators),
        exploitation=_ordered(_EXPLOITATION, exploitation),
        explanations=tuple(explanations[:MAX_EXPLANATIONS]),
    )


def _minor_age(tokens: Tokens, age_lexicons: Sequence[Lexicon]) -> str | None:
    """The explanation of the first age under 18 a lexicon reads in the message, if any."""
    folded_text, plain_words = tokens.folded.text, tokens.words
    minors = minor_number_positions(folded_text, plain_words, tokens.unique)
    for lexicon in age_lexicons:
        age = find_minor_age(lexicon, folded_text, plain_words, minors)
        if age is not None:
            return f"'{age}' -> minor_involved ({lexicon.code} lexicon)"
    return None


def _needs_implied(urgency: Urgency, indicators: set[Indicator]) -> set[Need]:
    """The needs the core adds by itself (triage/lexicons/README.md)."""
    needs: set[Need] = set()
    if urgency is Urgency.emergency:
        needs.add(Need.emergency_safety)
    if Indicator.minor_involved in indicators:
        needs.add(Need.youth_protection)
    if Indicator.self_harm_risk in indicators:
        needs.add(Need.mental_health)
    return needs


def _urgency(
    levels: Sequence[Urgency],
    indicators: set[Indicator],
    exploitation: set[Exploitation],
    contexts: set[Context],
    has_signs: bool,
) -> tuple[Urgency, list[str]]:
    if Urgency.emergency in levels:
        return Urgency.emergency, []
    if Context.now in contexts and indicators & _DANGER_NOW:
        return Urgency.emergency, ["danger happening now -> emergency"]
    minor = Indicator.minor_involved in indicators
    evidence = has_signs or bool(indicators) or bool(exploitation) or Urgency.high in levels
    if minor:
        return Urgency.high, ["minor involved -> high"]
    if evidence:
        if Context.past in contexts and Context.now not in contexts:
            return Urgency.standard, ["situation over -> standard"]
        return Urgency.high, []
    if Context.information in contexts and Urgency.standard not in levels:
        return Urgency.low, ["information, research, media, test or spam -> low"]
    if levels:
        return Urgency.highest(*levels), []
    return Urgency.standard, []
