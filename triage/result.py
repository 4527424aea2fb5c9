"""The `TriageResult` shape of TRIAGE.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from triage.codes import Exploitation, Indicator, Need, PiiType, Urgency
from triage.danger.reasons import Reason


class Entity(NamedTuple):  # a named tuple: built by the dozen per message, at a third of a dataclass's cost
    type: PiiType
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type.value, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class TriageResult:
    language: str
    urgency: Urgency
    redacted: str
    needs: tuple[Need, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    exploitation: tuple[Exploitation, ...] = ()
    region: str | None = None
    entities: tuple[Entity, ...] = ()
    explanations: tuple[str, ...] = field(default=())
    # "Why this triage?": each danger read, structured (render it with triage.danger.reasons.render).
    reasons: tuple[Reason, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "urgency": self.urgency.value,
            "needs": [n.value for n in self.needs],
            "indicators": [i.value for i in self.indicators],
            "exploitation": [e.value for e in self.exploitation],
            "region": self.region,
            "redacted": self.redacted,
            "entities": [e.to_json() for e in self.entities],
            "explanations": list(self.explanations),
            "reasons": [r.to_json() for r in self.reasons],
        }
