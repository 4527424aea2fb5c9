"""Signs of exploitation a negation denies: "nobody deceived me", "personne me force", "nadie me
obliga", "没有人骗我" (Issue 11, round 15).

The danger model denies its own danger words ("he never hit me"); a lexicon sign that names no
danger (a deception, a form of exploitation named by a word of force or trafficking) was counted
whatever stood before it, so "nobody tricked me and nobody forces me, how do I renew my permit?"
read as exploitation (`high`) in 16 of the 17 languages probed. The same negation, read the same
way (`triage.danger.negation.denied`), now sets such a sign aside. Signs whose words are often
a negation themselves (pay not given, no day off, documents not returned) are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from triage.codes import Indicator
from triage.danger.evidence import Evidence
from triage.danger.finder import Found
from triage.danger.kinds import What
from triage.danger.negation import denied
from triage.danger.rule_evidence import rule_evidence
from triage.term_matching import Hit


def _deniable(hit: Hit) -> bool:
    """A sign that names no danger: a deception, or a form of exploitation with no indicator."""
    rule = hit.rule
    if rule.hint or rule_evidence(rule) is not None:
        return False
    return Indicator.deception in rule.indicators or (bool(rule.exploitation) and not rule.indicators)


def denied_signs(
    hits: Sequence[Hit],
    text: str,
    negations: Sequence[Found[str]],
    after: Sequence[Found[str]],
    reaches: Sequence[tuple[int, bool]],
) -> frozenset[int]:
    """The ids of the lexicon `hits` whose sign a negation just before (or after) denies."""
    if not reaches or not (negations or after):
        return frozenset()
    return frozenset(
        id(hit)
        for hit in hits
        if _deniable(hit)
        and denied(
            Evidence(hit.start, hit.end, What.danger, False, False, hit), text, negations, after, reaches
        )
    )
