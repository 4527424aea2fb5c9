"""A result raised to `emergency` by a sign read after the rules' level (a safety check-in, an
agreed sign of danger just received, a contact lost just after an alarm), with its reason and the
need to get the person safe."""

from __future__ import annotations

from dataclasses import replace

from triage.codes import Need, Urgency
from triage.danger.kinds import What, When, Who
from triage.danger.reasons import Reason, render
from triage.folding import Folded
from triage.result import TriageResult


def raised_to_emergency(result: TriageResult, reason: Reason) -> TriageResult:
    """`result` at `emergency` for `reason`, which is told first, with `emergency_safety`."""
    needs = {*result.needs, Need.emergency_safety}
    return replace(
        result,
        urgency=Urgency.emergency,
        needs=tuple(code for code in Need if code in needs),
        reasons=(reason, *result.reasons),
        explanations=(*result.explanations, render(reason, "en")),
    )


def raised_at(
    result: TriageResult, span: tuple[int, int] | None, read: tuple[Folded, str], what: What, who: Who
) -> TriageResult:
    """`result` raised for the sign found at `span` of the folded text (None: as it is); `read` is
    the folded text and the text it came from, whose words are quoted."""
    if span is None:
        return result
    folded, source = read
    start, end = folded.source_span(*span)
    return raised_to_emergency(result, Reason(source[start:end], what, When.now, who, Urgency.emergency))
