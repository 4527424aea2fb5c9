"""Dangers whose words name a lasting hold rather than a danger now.

- a lock that only keeps a person from going out alone (Issue 11, seventh round; said as a
  prohibition too since round 20: "bawal lumabas mag-isa", "interdit de sortir seule");
- someone who knows where the person lives or is ("he has people who know where we live",
  "savent où on habite", "знают где мы живём"): a threat's reach, not a pursuer on the way;
  it is a danger now only with a word of now in its sentence (Issue 11, round 20).
"""

from __future__ import annotations

import re

from triage.danger.evidence import Evidence
from triage.danger.kinds import What
from triage.danger.negation import CLAUSE_END

# "Alone" in the 13 languages, folded: a lock that only keeps a person from going out alone
# ("no la deja salir sola", "अकेले बाहर नहीं जाने देते", "никуда одну не выпускают") is a
# restriction that goes on, not a person locked in now (Issue 11, seventh round).
_ALONE = re.compile(
    r"(?<!\w)(?:alone|by myself|by herself|on my own|seule?|toute seule|solas?|solos?|sozinh[ao]s?"
    r"|pou kont (?:mwen|li|m)|poukont|mag[ -]?isa|singur[ae]?|mot minh|одну|одна|одной|один|саму|сама"
    r"|akel[ei]|अकल|بمفرد\w*|لحال\w*|لوحد\w*|وحد(?:ي|ها|ه))(?!\w)|一个人|一個人|单独|單獨"
)
ALONE_REACH = 40  # characters of the clause either side of the lock
# A lock said as a refusal ("won't let her", "no la deja", "не выпускают", "不让") or as a
# prohibition ("bawal lumabas", "interdit de sortir", "запрещают выходить", "ممنوع الخروج",
# Issue 11, round 20): only such a lock can be on going out alone ("enfermée toute seule" is
# locked in, and alone).
_REFUSED = re.compile(
    r"(?<!\w)(?:not|no|never|won t|don t|doesn t|pas|pa|nao|nu|ne"
    r"|не|ні|нікуди|никуда|नही|khong|hindi|لا|ما|مش"
    r"|forbidden|bawal|interdit\w*|interzis\w*|prohibid[ao]s?|proibid[ao]s?|entedi|defann"
    r"|cam|запрещ\w*|заборон\w*|मना|ممنوع\w*)(?!\w)"
    r"|不|没|沒|禁止"
)


def alone(item: Evidence, text: str) -> Evidence:
    """`item`, as a lasting restriction if it is a lock on going out alone (see `_ALONE`)."""
    if item.what is not What.confinement or not _REFUSED.search(text, item.start, item.end):
        return item
    before = text[max(0, item.start - ALONE_REACH) : item.start]
    after = text[item.end : item.end + ALONE_REACH]
    near = f"{CLAUSE_END.split(before)[-1]} {text[item.start : item.end]} {CLAUSE_END.split(after)[0]}"
    if not _ALONE.search(near):
        return item
    return Evidence(item.start, item.end, What.restricted, False, False, item.hit, item.composed)


# Knowing where, in the 13 languages, folded: the whole pursuit quote is this knowledge
# ("know where we", "sabe donde", "знают где", "知道我住哪"), not a search or a person near.
_KNOWS_WHERE = re.compile(
    r"(?:knows? where|(?:sait|savent|connai(?:t|ssent)) ou|saben? donde|sabem? onde|stiu unde|stie unde"
    r"|konn(?:en)? kote|alam (?:na )?(?:nila|niya) kung saan|biet nha \w+ o dau|pata hai \w+ kahan"
    r"|зна\w* (?:где|де)|पता है \w+ कहाँ|(?:بيعرفوا|يعرفوا|يعرفون|يعرف) وين|知道我住|知道我在哪)"
)


def known_place(item: Evidence, text: str) -> Evidence:
    """`item`, no longer grave if it is only someone knowing where the person is (see above)."""
    if item.what is not What.pursuit or item.now or not item.grave:
        return item
    if not _KNOWS_WHERE.search(text, item.start, item.end):
        return item
    return Evidence(item.start, item.end, item.what, item.now, False, item.hit, item.composed)
