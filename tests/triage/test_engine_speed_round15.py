"""The fifteenth round's shortcuts find what the plain forms they replaced find (speed round of
issue 11): each is compared with the plain form on sentences written for these tests."""

from __future__ import annotations

import pytest

from triage.danger import durations
from triage.tokens import tokenize

COUNTS = [
    "je travaille 3 semaines dans un salon et il me doit 2 000 $ depuis le 3 mars",
    "ne țin 3 luni pe drum, 12345 months, a3 months, x.3 weeks, 5-6 semanas",
    "工资四个月没发 三四五个月 半个月 2个星期",
    "123 เดือน แล้ว 4 สัปดาห์ (folded like its units, without vowel signs)",
    "3 weeks ago, il y a 2 mois, hace 3 meses, desde hace 4 semanas, 6 months pregnant",
    "٦ شهور و 3 أسابيع",
    "no number at all",
]


@pytest.mark.parametrize("text", COUNTS)
def test_counts_are_those_of_a_search_at_every_character(text: str) -> None:
    folded = tokenize(text).folded.text
    plain = [m.span() for m in durations._COUNT.finditer(folded)]
    assert [m.span() for m in durations._counts(folded)] == plain
    assert plain or "no number" in text or "no unit" in text  # the others do have counts
