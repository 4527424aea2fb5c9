"""A frame the writer takes back, in any lexicon language (Issue 11, round 16).

"Question for a screenplay: what would a girl do if she's locked in a hotel room? Asking for
real. It's me." The fiction is a cover: a word that says it is real, or that the writer is the
person, after a word of fiction or joking, takes the fiction back. "Probably nothing, but she
whispered that he has her phone": a doubt followed at once by "but" is taken back by what the
witness then tells. Both are read on folded text (lower case, no accents, apostrophes as spaces).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.evidence import Evidence
from triage.danger.finder import Found
from triage.danger.laughter import joking
from triage.folding import Folded, fold_chars

# The writer says it is no fiction, or that the person is themselves (not "is it true?": a
# question about a film is still about the film).
_REAL = (
    r"asking for real|this is for real|i m asking for real|it s me|it is me|its me|not a joke"
    r"|not joking|i m not kidding|not kidding|c est moi|c est pour vrai|pas une blague|je blague pas"
    r"|je ne blague pas|soy yo|es en serio|va en serio|no es broma|no es un chiste|no estoy bromeando"
    r"|sou eu|nao e brincadeira|nao estou brincando|sunt eu|nu e o gluma|nu glumesc|ako mismo"
    r"|ako yun|ako iyon|hindi biro|hindi ako nagbibiro|se mwen|se pa blag|la toi day|chinh la toi"
    r"|khong phai dua|khong dua dau|это я|это не шутка|я не шучу|це я|це не жарт|я не жартую"
    r"|هذه انا|هذا انا|انا هي|انا هو|مش مزحه|ليست مزحه|مو مزحه"
    rf"|{fold_chars('यह मैं हूँ')}|{fold_chars('मैं ही हूँ')}|{fold_chars('मज़ाक नहीं')}"
    rf"|{fold_chars('मजाक नहीं')}"
)
_REAL_WORDS = re.compile(rf"(?<!\w)(?:{_REAL})(?!\w)|就是我|是我自己|不是开玩笑|不是開玩笑|说的是我|說的是我")

# The two words right after a bare "now" ("acum nu", "ahora no", "agora ela não").
_NEXT_WORDS = re.compile(r"[\s,]*(\w+)(?:\s+(\w+))?")
# A doubt ("probably nothing", "peut-être rien") followed at once by a contrast.
_BUT = re.compile(
    r"[\s,.;:!…-]*(?:but|mais|pero|mas|porem|dar|insa|pero|pero|men|nhung|ma|aber|tapi|lakin|lekin"
    r"|но|але|проте|однако|لكن|بس|但是|但|可是|不过|不過"
    rf"|{fold_chars('लेकिन')}|{fold_chars('पर')})(?!\w)"
)


def fiction_kept(raw: str, folded: Folded, cue_words: Sequence[Found[str]]) -> bool:
    """A word of fiction or joking (`joking`) that the folded text after its first one does not
    take back by saying the case is real or the writer's own ("Asking for real. It's me.")."""
    if not joking(raw, folded, cue_words):
        return False
    start = min(f.start for f in cue_words if f.payload == "not_serious")
    return _REAL_WORDS.search(folded.text, start) is None


def doubts_kept(
    text: str, cue_words: Sequence[Found[str]], evidence: Sequence[Evidence], negations: Sequence[Found[str]]
) -> list[Found[str]]:
    """`cue_words` without the doubts the writer takes back with a "but" right after them and a
    danger word told after it ("Probably nothing, but she whispered that he has her phone and she
    can't leave"); a doubt after what was seen ("...they never talk to anyone. Probably nothing
    but it bugs me") stays. Without a bare "now" that a negation follows at once: "Acum nu e
    acolo" (she is not there now) says what is not happening now."""
    starts = {n.start for n in negations}
    return [
        f
        for f in cue_words
        if not (f.payload == "unsure" and _taken_back(text, f, evidence))
        and not (f.payload == "currently" and _negated_next(text, f, starts))
    ]


def _negated_next(text: str, now: Found[str], starts: set[int]) -> bool:
    """A negation is one of the two words right after the bare "now" ("agora ela não está")."""
    match = _NEXT_WORDS.match(text, now.end)
    return match is not None and any(match.start(g) in starts for g in (1, 2) if match.group(g))


def _taken_back(text: str, doubt: Found[str], evidence: Sequence[Evidence]) -> bool:
    return _BUT.match(text, doubt.end) is not None and any(e.start > doubt.end for e in evidence)
