"""A result raised to `emergency` by a sign read after the rules' level (a safety check-in, a
contact lost just after an alarm), with its reason and the need to get the person safe."""

from __future__ import annotations

from dataclasses import replace

from triage.codes import Need, Urgency
from triage.danger.reasons import Reason, render
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
