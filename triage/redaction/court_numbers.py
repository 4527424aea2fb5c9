"""Court case numbers in the form Chinese courts give them: the year in brackets, the
province's character and the court's digits, the kind of case, its number and 号
("（2023）粤0106民初12345号", "(2022)京01民终888号"; issue 11, round 21). No cue is needed:
nothing else is written so. And the file numbers of European courts ("IV P 118/24")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.redaction.spans import Hints

_CHINESE_CASE = re.compile(
    r"[（(]\d{4}[）)]\s?[\u4e00-\u9fff]{1,2}\s?\d{0,6}\s?[\u4e00-\u9fff]{1,4}\s?\d{1,7}\s?[号號]"
)


# issue 11, round 22: the file numbers of European courts, read back from a number and its year:
# the division (a Roman numeral or digits) and the register's letters before them, Polish
# "IV P 118/24" (labour court), "I C 1234/23", German "3 Ca 123/24", "12 O 345/21"
_DIVISION_AND_REGISTER = re.compile(r"(?<![\w/])(?:[IVXLC]{1,5}|\d{1,3}) (?:[A-Z][a-z]{0,2}|[A-Z]{2,3}) $")
_YEAR = re.compile(r"/(?:\d{2}|\d{4})(?![\w/])")


def find_court_numbers(text: str, hints: Hints) -> Iterator[tuple[int, int]]:
    if not hints.digit_starts:
        return
    if "号" in text or "號" in text:
        for match in _CHINESE_CASE.finditer(text):
            yield match.span()
    if "/" in text:
        for start, end in hints.digit_runs:
            if text[end : end + 1] == "/" and start > 3 and (year := _YEAR.match(text, end)) is not None:
                head = _DIVISION_AND_REGISTER.search(text, max(0, start - 12), start)
                if head is not None:
                    yield head.start(), year.end()
