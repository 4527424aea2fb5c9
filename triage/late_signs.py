"""Signs read after the level is decided, so that they never change it: each one adds an
indicator and the need that follows from it, with its explanation.

- pay taken or held back (`withholding_of_wages`): a word of pay and a word of taking or not
  paying in one clause ("il garde tout le cash", "зарплату задерживают", "工资一直拖着"), or
  a share of the pay kept ("takes 70%"); the person will need `labour_rights` unless it is
  an emergency (the needs of now come first, as `triage.scoring` says).

`triage.analyze` adds them after the learned second opinion, which reads the rules' codes:
these signs reach neither the urgency nor the opinion.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from triage.codes import Indicator, Need, Urgency
from triage.folding import Folded
from triage.pair_cues import load_pair
from triage.result import TriageResult

# A share of the pay ("70%", "70 %"): read as a word of pay.
_PERCENT = r"(?<!\d)\d{1,3}\s?%"


@dataclass(frozen=True, slots=True)
class LateSigns:
    indicators: tuple[Indicator, ...] = ()
    needs: tuple[Need, ...] = ()  # added unless the final level is an emergency
    explanations: tuple[str, ...] = ()


NONE = LateSigns()


def read_late_signs(text: str, folded: Folded, found: tuple[Indicator, ...]) -> LateSigns:
    """The late signs of redacted `text` (folded as `folded`) that the rules did not find
    (`found`): an imagined case or a joke is no report and is not read."""
    if Indicator.withholding_of_wages in found:
        return NONE
    span = load_pair("pay", "pay", "taking", (_PERCENT,)).find(folded.text)
    if span is None:
        return NONE
    start, end = folded.source_span(*span)
    quoted = " ".join(text[start:end].split())
    return LateSigns(
        (Indicator.withholding_of_wages,),
        (Need.labour_rights,),
        (f"'{quoted}' -> withholding_of_wages, labour_rights (pay taken or held back)",),
    )


def with_late_signs(result: TriageResult, signs: LateSigns) -> TriageResult:
    """`result` with `signs` added (their needs only if it is not an emergency)."""
    if not signs.indicators:
        return result
    indicators = set(result.indicators) | set(signs.indicators)
    needs = set(result.needs)
    if result.urgency is not Urgency.emergency:
        needs.update(signs.needs)
    return replace(
        result,
        indicators=tuple(code for code in Indicator if code in indicators),
        needs=tuple(code for code in Need if code in needs),
        explanations=(*result.explanations, *signs.explanations),
    )
