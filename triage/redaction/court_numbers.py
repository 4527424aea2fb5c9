"""Court case numbers in the form Chinese courts give them: the year in brackets, the
province's character and the court's digits, the kind of case, its number and 号
("（2023）粤0106民初12345号", "(2022)京01民终888号"; issue 11, round 21). No cue is needed:
nothing else is written so."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints

_CHINESE_CASE = re.compile(
    r"[（(]\d{4}[）)]\s?[\u4e00-\u9fff]{1,2}\s?\d{0,6}\s?[\u4e00-\u9fff]{1,4}\s?\d{1,7}\s?[号號]"
)


def find_court_numbers(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts or ("号" not in text and "號" not in text):
        return
    for match in _CHINESE_CASE.finditer(text):
        yield match.span()
