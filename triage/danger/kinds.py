"""The words of the danger model: what happens, when, and who it happens to.

A reading of a message is a set of findings, each one quote of the message with its
`What`, its `When` and its `Who`; `triage.danger.compose` turns them into a level.
"""

from __future__ import annotations

from enum import StrEnum

from triage.codes import Indicator


class What(StrEnum):
    """The kind of danger a quote names."""

    violence = "violence"
    sexual_exploitation = "sexual_exploitation"
    confinement = "confinement"
    # Kept from going out alone ("no la deja salir sola"): a restriction that goes on, not a
    # person locked in now (Issue 11, seventh round).
    restricted = "restricted"
    pursuit = "pursuit"  # followed, searched for, waited for, found out, watched
    threat = "threat"
    death_threat = "death_threat"  # a threat to life, a weapon
    self_harm = "self_harm"
    medical = "medical"  # an injury or illness that needs care now
    care_refused = "care_refused"  # kept from a doctor or a hospital
    moved = "moved"  # being taken somewhere else
    escape = "escape"  # has just fled: in danger while it is recent
    covert = "covert"  # writing in secret on a phone hidden from someone: "I hid this phone"
    hiding = "hiding"  # locked themself in to hide from someone: "I locked myself in the bathroom"
    danger = "danger"  # a danger a lexicon rule names as an emergency (fire...), of no kind above
    # A distress call in a language no lexicon reads: SOS, or a cry for help with the police
    # (`triage.danger.universal`); not a finding of the rules' reading.
    distress = "distress"
    # A safety check-in set or missed: "if I don't answer by 23:00, call the police"
    # (`triage.danger.check_in`); not a finding of the rules' reading.
    check_in = "check_in"
    # Contact lost just after an alarm: "she doesn't answer anymore" minutes after a cry for help
    # (`triage.danger.lost_contact`); not a finding of the rules' reading.
    lost_contact = "lost_contact"
    # A sign of danger agreed in advance, just received: "if she sends a blue heart it means
    # trouble; it just came" (`triage.danger.code_signal`); not a finding of the rules' reading.
    code_signal = "code_signal"
    # Not read by the rules: the learned second opinion (`triage.second_opinion`) found the
    # message close to those the team labelled emergencies; its quote is the words that weighed most.
    learned = "learned"


class When(StrEnum):
    """When the danger happens, as the words around the quote say."""

    now = "now"  # happening now, just happened, about to happen (tonight)
    ongoing = "ongoing"  # no time said: a state or a habit
    past = "past"  # over: years ago, no longer, I left
    denied = "denied"  # negated: "he never hit me"


class Who(StrEnum):
    """Whom the danger is about, as far as the words say."""

    writer = "writer"
    third_party = "third_party"  # a friend, a relative, a neighbour reports for someone
    minor = "minor"


# Kinds that are an emergency unless denied or over, with no word of time needed: a
# danger to life does not wait for "right now".
GRAVE = frozenset({What.self_harm, What.death_threat, What.pursuit, What.care_refused, What.covert})

# The indicator each kind of danger is evidence of (medical and escape have none of their own:
# a person who has fled is no longer held; the pursuit after them says the threat).
INDICATOR: dict[What, Indicator] = {
    What.violence: Indicator.physical_sexual_violence,
    What.confinement: Indicator.restriction_of_movement,
    What.restricted: Indicator.restriction_of_movement,
    What.pursuit: Indicator.intimidation_threats,
    What.threat: Indicator.intimidation_threats,
    What.death_threat: Indicator.intimidation_threats,
    What.self_harm: Indicator.self_harm_risk,
    What.moved: Indicator.restriction_of_movement,
    What.covert: Indicator.restriction_of_movement,
}
# Kinds that a bare "now" ("maintenant", "ahora": also "these days") does not place in the
# present: a sexual exploitation or a blackmail that goes on is `high`, one happening
# tonight `emergency`.
NEEDS_STRONG_NOW = frozenset(
    {What.sexual_exploitation, What.threat, What.moved, What.escape, What.restricted}
)
# Grave kinds that stay an emergency even when they have lasted for months ("he has said for
# a year he will kill me"); a lock or a watcher that has lasted months is an ongoing situation.
ALWAYS_GRAVE = frozenset({What.self_harm, What.death_threat, What.care_refused})
