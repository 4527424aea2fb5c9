"""Numbered streets of Québec, the ordinal before a capitalised street type (issue 11, fifteenth
round): "1234 4e Rue", "1234, 5e Avenue", "88 1re Avenue, app. 3" (with the unit after it);
"la 5e rue à gauche" is a direction, not an address."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.addresses import NUMBER, with_unit
from triage.redaction.spans import Hints

_ORDINAL_STREET = re.compile(
    rf"(?<![\w,.$€-]){NUMBER},?\s+\d{{1,3}}(?:e|re|er|ème)\s+(?:Rue|Avenue|Av\.?|Rang|Boulevard|Boul\.?)(?!\w)"
)


def find_ordinal_streets(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    for start in hints.digit_starts:
        match = _ORDINAL_STREET.match(text, start)
        if match is not None:
            yield start, with_unit(text, match.end())
