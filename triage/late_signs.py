"""Signs read after the level is decided, so that they never change it: each one adds an
indicator and the need that follows from it, with its explanation.

- pay taken or held back (`withholding_of_wages`): a word of pay and a word of taking or not
  paying in one clause ("il garde tout le cash", "зарплату задерживают", "工资一直拖着"), or
  a share of the pay kept ("takes 70%"); the person will need `labour_rights` unless it is
  an emergency (the needs of now come first, as `triage.scoring` says);
- a debt to pay off (`debt_bondage`): a word of owing and an amount or a cost of the journey
  in one clause ("je dois encore 9 000 $", "я винна агенції 4000", "要还路费");
- abusive living conditions (`abusive_conditions`): sleeping or living in a place no one
  should live in ("je dors dans la buanderie", "живём в вагончике"), no food, water or heat
  ("no comida 2 dia", "没饭"), or medical care refused (read by the danger model).

`triage.analyze` adds them after the learned second opinion, which reads the rules' codes:
these signs reach neither the urgency nor the opinion.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from triage.codes import Indicator, Need, Urgency
from triage.folding import WORD, Folded
from triage.pair_cues import Words, load_pair
from triage.result import TriageResult

# A share of the pay ("70%", "70 %"): read as a word of pay.
_PERCENT = r"(?<!\d)\d{1,3}\s?%"
# An amount in figures ("$7000", "6 000 $", "15,000", "8k"): read as a cost owed.
_AMOUNT = r"(?<!\d)\d{1,3}(?:[ .,]\d{3})+(?!\d)|(?<!\d)\d{3,}(?!\d)|\d+\s?(?:k\b|\$|€)|[$€£₱]\s?\d"


@dataclass(frozen=True, slots=True)
class LateSigns:
    indicators: tuple[Indicator, ...] = ()
    needs: tuple[Need, ...] = ()  # added unless the final level is an emergency
    explanations: tuple[str, ...] = ()


NONE = LateSigns()


@dataclass(frozen=True, slots=True)
class _Sign:
    indicator: Indicator
    needs: tuple[Need, ...]
    file: str  # lexicons/codes/<file>.toml
    first: str
    second: str
    extra_first: tuple[str, ...]
    extra_second: tuple[str, ...]
    why: str


_SIGNS = (
    _Sign(Indicator.withholding_of_wages, (Need.labour_rights,), "pay", "pay", "taking", (_PERCENT,), (),
          "pay taken or held back"),
    _Sign(Indicator.debt_bondage, (), "debt", "owing", "cost", (), (_AMOUNT,), "a debt to pay off"),
    _Sign(Indicator.abusive_conditions, (), "living", "sleeping", "bad_place", (), (),
          "a place no one should live in"),
    _Sign(Indicator.abusive_conditions, (), "living", "lacking", "essential", (), (),
          "without food, water or heat"),
)


def read_late_signs(
    text: str,
    folded: Folded,
    found: tuple[Indicator, ...],
    words: Words | None = None,
    care_refused: tuple[int, int] | None = None,
) -> LateSigns:
    """The late signs of redacted `text` (folded as `folded`, its folded `words` with their
    spans if already split) that the rules did not find (`found`). `care_refused` is the folded
    span where the danger model read medical care refused ("no hospital"): abusive conditions
    too. The caller leaves out an imagined case or a joke: it is no report."""
    indicators: list[Indicator] = []
    needs: list[Need] = []
    explanations: list[str] = []
    if care_refused is not None and Indicator.abusive_conditions not in found:
        indicators.append(Indicator.abusive_conditions)
        quoted = _quote(text, folded, care_refused)
        explanations.append(f"'{quoted}' -> abusive_conditions (medical care refused)")
    if words is None:
        words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded.text)]
    for sign in _SIGNS:
        if sign.indicator in found or sign.indicator in indicators:
            continue
        cues = load_pair(sign.file, sign.first, sign.second, sign.extra_first, sign.extra_second)
        span = cues.find(folded.text, words)
        if span is None:
            continue
        indicators.append(sign.indicator)
        needs.extend(sign.needs)
        codes = ", ".join(code.value for code in (sign.indicator, *sign.needs))
        explanations.append(f"'{_quote(text, folded, span)}' -> {codes} ({sign.why})")
    if not indicators:
        return NONE
    return LateSigns(tuple(indicators), tuple(needs), tuple(explanations))


def _quote(text: str, folded: Folded, span: tuple[int, int]) -> str:
    start, end = folded.source_span(*span)
    return " ".join(text[start:end].split())


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
