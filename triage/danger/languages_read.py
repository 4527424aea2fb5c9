"""The languages a message's danger cues are read in beyond those told: the siblings of the
languages chosen, and languages written in Latin letters whose marker words it has."""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.danger.cues import latin_markers, load_cues
from triage.tokens import Tokens

# Romanised words that show a language written in Latin letters ("mujhe", "nahi").
LATIN_MARKERS_NEEDED = 2


def more_codes(tokens: Tokens, codes: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The languages read too: the siblings of those chosen, and those read in Latin letters
    whose marker words the message has."""
    chosen = {code for code, _ in codes}
    cues = load_cues()
    more = [
        (sibling, substring)
        for code, substring in codes
        if code in cues
        for sibling in cues[code].siblings
        if sibling in cues and sibling not in chosen
    ]
    arabizi = sum(1 for word in tokens.unique if not word.isalpha() and _ARABIZI.match(word))  # needs a digit
    more.extend(
        (code, False)
        for code, markers in latin_markers()
        if code not in chosen
        and len(markers & tokens.unique) + (arabizi if code == "ar" else 0) >= LATIN_MARKERS_NEEDED
    )
    return list(dict.fromkeys(more))


# Arabic in Latin letters writes its own sounds with digits inside words ("mjro7", "l7did",
# "ma3ndich", "lwra9"): each such word counts as a marker of Arabic.
_ARABIZI = re.compile(r"^[a-z]*[a-z][2379][a-z]*$|^[379][a-z]{3,}$")
