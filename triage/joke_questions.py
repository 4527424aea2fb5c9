"""A real question after a joke taken back ("mon boss m'exploite haha 😂 non sérieux, vous
avez des affiches?", "шутка. а у вас есть листовки?"): the laugh asks for nothing, the question
after it asks for facts about the hotline (TRIAGE.md need `information`). Read after the level,
like the late signs, so that it never changes it.
"""

from __future__ import annotations

import re

from triage.codes import Need
from triage.folding import WORD, Folded
from triage.late_signs import NONE, Late, LateSigns
from triage.pair_cues import load_terms

# A question mark, in any script the lexicons read.
_QUESTION = re.compile(r"[?？؟]")


def question_after_joke(text: str, folded: Folded) -> LateSigns:
    """`information`, when redacted `text` (folded as `folded`) takes a joke back and then asks
    something; no sign otherwise."""
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(folded.text)]
    for start, end in sorted(load_terms("joke", "retraction").spans(folded.text, words)):
        asked = _QUESTION.search(folded.text, end)
        if asked is not None:
            source_start, source_end = folded.source_span(start, end)
            quote = " ".join(text[source_start:source_end].split())
            return LateSigns((Late(quote, None, (Need.information,), "a joke taken back, then a question"),))
    return NONE
