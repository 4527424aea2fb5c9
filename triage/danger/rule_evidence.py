"""What a lexicon rule that fired says of danger: its kind, whether its words say now, whether it is
grave (a rule with a violence, threat, confinement or self-harm indicator names a danger; moved out
of `triage.danger.reading` in the twelfth round of issue 11)."""

from __future__ import annotations

from triage.codes import Exploitation, Indicator, Need, Urgency
from triage.danger.kinds import What
from triage.lexicon import Rule

# `rule_evidence` of each rule met, by identity (a rule object lives as long as its lexicon;
# the rule is kept beside its answer so that a reused id is never taken for it).
_EVIDENCE_OF: dict[int, tuple[Rule, tuple[What, bool, bool] | None]] = {}
EVIDENCE_CACHE = 4_096


def rule_evidence(rule: Rule) -> tuple[What, bool, bool] | None:
    """What a lexicon rule says of danger: (kind, now, grave), or None (worked out once a rule)."""
    known = _EVIDENCE_OF.get(id(rule))
    if known is not None and known[0] is rule:
        return known[1]
    said = _evidence_of(rule)
    if len(_EVIDENCE_OF) >= EVIDENCE_CACHE:
        _EVIDENCE_OF.clear()
    _EVIDENCE_OF[id(rule)] = (rule, said)
    return said


def _evidence_of(rule: Rule) -> tuple[What, bool, bool] | None:
    if rule.hint:
        return None
    emergency = rule.urgency is Urgency.emergency
    indicators = rule.indicators
    if Indicator.self_harm_risk in indicators:
        return What.self_harm, False, emergency
    if Indicator.intimidation_threats in indicators:
        return (What.death_threat, False, True) if emergency else (What.threat, False, False)
    if Indicator.physical_sexual_violence in indicators:
        return What.violence, False, emergency
    if Indicator.restriction_of_movement in indicators:
        return What.confinement, False, emergency
    if emergency and Need.medical in rule.needs:
        return What.medical, False, True
    if emergency:
        return What.danger, False, True
    if Exploitation.sexual_exploitation in rule.exploitation:
        return What.sexual_exploitation, False, False
    return None
