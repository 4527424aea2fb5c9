"""A fall is no jump: a place of self-harm ("from the roof", "do telhado", "с крыши") after a
verb of falling in its clause ("someone will fall off the roof 'by accident'", "il est tombé du
toit", "caiu do telhado") names a work accident or a threat to others, not the writer's plan to
jump (Issue 11, round 20). The fall's injury, if any, is read by its own words.
"""

from __future__ import annotations

import re

from triage.danger.evidence import Evidence
from triage.danger.kinds import What
from triage.danger.negation import CLAUSE_END

# Verbs of falling in the 13 languages, folded (a jump is "pular", "sauter", "saltar", "прыгнуть").
_FALL = re.compile(
    r"(?<!\w)(?:fall|falls|fell|falling|fallen|tomb\w*|cae|caer|cayo|caera|caiga\w*|cai|caiu|cair|caia|caem"
    r"|cazut\w*|cade|cada|упал\w*|упад\w*|свалил\w*|падает|впав|впала|впаде\w*|падає|нахулог"
    r"|mahulog|nahulog|nahuhulog|tonbe|سقط\w*|يسقط\w*|يطيح|طاح|गिर\w*)(?!\w)|摔|掉下|跌下|跌落"
)
FALL_REACH = 30  # characters of the clause before the place
# Letting oneself fall is a jump ("me laisser tomber du pont", "me deixar cair", "let myself fall").
_LET_ONESELF = re.compile(r"(?<!\w)(?:let myself|me laisser|me deixar|dejarme|ma las sa|me dejo)(?!\w)")


def fallen(item: Evidence, text: str) -> bool:
    """Whether `item` is a place of self-harm that a verb of falling comes before (see above)."""
    if item.what is not What.self_harm:
        return False
    before = CLAUSE_END.split(text[max(0, item.start - FALL_REACH) : item.start])[-1]
    return _FALL.search(before) is not None and _LET_ONESELF.search(before) is None
