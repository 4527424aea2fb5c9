"""Number words after the Vietnamese ordinal "thứ" are numbers, never names: the weekdays ("thứ
Hai" Monday, "thứ Năm" Thursday, "thứ Bảy" Saturday) and ordinals ("con thứ Ba", the third
child), whose words are also given names ("Năm", "Ba", "Hai") (issue 11, eleventh round)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from triage.redaction.name_finder import NameFinder

_NUMBER_AFTER_ORDINAL = re.compile(
    r"(?<!\w)(?i:thứ)[ \t]+(?i:nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)"
)


def drop_ordinals(finder: NameFinder) -> None:
    """Give back the names found where a number word follows "thứ"."""
    numbers = {match.end() for match in _NUMBER_AFTER_ORDINAL.finditer(finder.text)}
    if numbers:
        finder.spans = [span for span in finder.spans if span[1] not in numbers]
