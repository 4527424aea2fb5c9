"""Apply the learned second opinion to a result of the rules: raise its level if the model
is sure enough, with a reason in plain words; never lower it, never touch anything else
but the needs a raise to emergency implies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from triage.codes import Need, Urgency
from triage.danger.kinds import What, When, Who
from triage.danger.reasons import Reason, render
from triage.level_causes import WORDING, Cause
from triage.result import TriageResult
from triage.second_opinion.model import Model, emergency_bar, load, raised, rule_codes

# Needs that wait until the person is safe (as triage.scoring says of an emergency).
_LATER_NEEDS = frozenset(
    {Need.legal, Need.immigration, Need.labour_rights, Need.information, Need.employment_education}
)

# What a story told as over says of its dangers: past, or denied.
_OVER = frozenset({When.past, When.denied})
# The level causes that say the message reports no real situation: the rules read a joke, a
# question about an imagined case or a test (round 19).
_NOT_REAL = tuple(
    WORDING[cause] + " -> " for cause in (Cause.joke, Cause.imagined, Cause.imagined_for_study, Cause.test)
)
# Fewer words than this are too few for the model's reading ("ça marche?" scored 0.92 on the
# letters of "marche"): the rules alone decide such a message (twelfth round).
FEWEST_WORDS = 3
# When a stacked model's raise needed the rules' own reading (their level and codes) to pass its bar.
_READING_NOTE = "; without the rules' own reading ({}) it would not have been raised"


def with_second_opinion(
    result: TriageResult, words: Sequence[str] | None = None, codes: Sequence[str] | None = None
) -> TriageResult:
    """`result`, raised by the learned model when it says so (see `triage.second_opinion`);
    `words`: the folded words of its redacted text with the placeholders left out, when the
    caller has split them already (`triage.analyze`'s tokens), so they are not split again;
    `codes`: the rules' needs and indicators as they stand at the end of triage (by default
    `result`'s), which a stacked model reads beside the rules' level."""
    if result.urgency is Urgency.emergency or len(result.redacted.split()) < FEWEST_WORDS:
        return result
    model = load()
    if model is None:
        return result
    p_emergency, p_high = model.probabilities(result, words, codes)
    level = raised(result.urgency, 0.0 if never_emergency(result) else p_emergency, p_high, model)
    if level is None:
        return result
    emergency = level is Urgency.emergency
    words = model.strongest_words(result.redacted, "E" if emergency else "H")
    weighed = emergency and model.without_reading(p_emergency, result, codes) < emergency_bar(
        result.urgency, model
    )
    reading = rules_reading(result, codes) if weighed else ""
    # The operator reads the words in plain language; the rules' reading (code names) is for the
    # explanation, which lists every rule and the model's score.
    reason = Reason(", ".join(words), What.learned, When.ongoing, Who.writer, level)
    needs = set(result.needs)
    if emergency:
        needs = (needs - _LATER_NEEDS) | {Need.emergency_safety}
    probability = p_emergency if emergency else p_high
    explanation = (
        f"{render(reason, 'en')} (score {probability:.2f}, raised from {result.urgency.value}"
        f"{_bar_note(result.urgency, model) if emergency else ''}"
        f"{_READING_NOTE.format(reading) if reading else ''})"
    )
    return replace(
        result,
        urgency=level,
        needs=tuple(code for code in Need if code in needs),
        reasons=(reason, *result.reasons),
        explanations=(explanation, *result.explanations),
    )


def never_emergency(result: TriageResult) -> bool:
    """What the model may never raise to emergency: a story the rules read as over, or a
    message they read as no real situation (a joke, an imagined case, a test: "lol my roommate
    locked me out again, send help 😂" was raised from low on "roommate, again, ate")."""
    return told_as_over(result) or any(line.startswith(_NOT_REAL) for line in result.explanations)


def told_as_over(result: TriageResult) -> bool:
    """The rules read dangers and placed every one in the past or denied it ("En 2018, il m'a
    enfermée toute la nuit"): the model may raise such a story to high, never to emergency. It
    raised dated stories on their words of night or of place (round 17); in the leave-one-file-out
    table the gate took 2 right and 6 wrong raises away at the shipped bars (round 18)."""
    return bool(result.reasons) and all(reason.when in _OVER for reason in result.reasons)


def rules_reading(result: TriageResult, codes: Sequence[str] | None) -> str:
    """The rules' reading a stacked model weighed: their level and the codes they found."""
    found = rule_codes(result) if codes is None else list(codes)
    return " ".join([f"rules: {result.urgency.value}", *found])


def _bar_note(urgency: Urgency, model: Model) -> str:
    """When the bar of a raise to emergency depends on the rules' level, the words that say so."""
    if model.emergency_from_high is None or model.emergency_from_high == model.emergency_at:
        return ""
    other = model.emergency_at if urgency is Urgency.high else model.emergency_from_high
    where = "standard or low" if urgency is Urgency.high else "high"
    return f", whose bar is {emergency_bar(urgency, model):.2f}; from {where} it is {other:.2f}"
