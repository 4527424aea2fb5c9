"""Several signs read late, together, say a situation that goes on (Issue 11, round 17).

The late signs (`triage.late_signs`) are read after the level and, one at a time, never change
it: a phone checked or a day off refused alone is no exploitation. Two or more of them in a
message the rules left at `standard` with no cause (nothing over, imagined, asked for others,
doubted or studied) describe the person's present situation the way an operator reads it ("they
took his phone, they live in a shed, no money until he pays off the journey"): `high`. A
neighbour who is unsure of what they see (`unsure`, `report`) keeps `standard`.
"""

from __future__ import annotations

from triage.codes import Indicator, Urgency
from triage.danger.reading import Reading
from triage.late_signs import LateSigns

# Distinct indicators read late that make a situation told (a minor's age is read elsewhere).
SEVERAL = 2


def raised_by_late_signs(urgency: Urgency, reading: Reading, late: LateSigns, caused: bool) -> bool:
    """Whether `late` raises a `standard` message with no cause of its level (`caused`) to high."""
    if urgency is not Urgency.standard or caused or reading.findings:
        return False
    if (
        reading.past
        or reading.unsure
        or reading.report
        or reading.hypothetical
        or reading.not_serious
        or reading.professional
        or reading.information
        or reading.idle
        or reading.definition
    ):
        return False
    told = {s.indicator for s in late.signs if s.indicator not in (None, Indicator.minor_involved)}
    return len(told) >= SEVERAL
