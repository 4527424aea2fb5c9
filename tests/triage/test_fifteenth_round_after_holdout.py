"""Gaps found reading holdout15's misses after its end score (issue 11, fifteenth round), each
checked here on sentences of our own: a "no" said as an answer denies nothing after it; pills
ready to be taken all (tl); a verb of harm after a relation or a title is no name (ar), nor is
"little" after "my sister"; a court case's number after its Arabic cue."""

from __future__ import annotations

import pytest

import triage
from triage.codes import Urgency


@pytest.mark.parametrize(
    "text",
    [
        "le dije que no y me quemó la mano con la plancha",
        "I told him no and he slapped me, my lip is bleeding",
        "eu disse que não e ele me bateu agora",
        "may tabletas ako sa bag, iinumin ko na lahat mamaya",
        "عمي قفل علي باب المطبخ وأخذ هاتفي",
        "المدير قفل علي الباب",
    ],
)
def test_present_danger_is_an_emergency(text: str) -> None:
    assert triage.analyze(text).urgency is Urgency.emergency


@pytest.mark.parametrize(
    "text",
    [
        "nunca me pegó, solo quiero saber mis derechos",
        "he never hit me, I just want to know my rights",
        "may tableta ako sa sakit ng ulo, iinumin ko mamaya",
    ],
)
def test_no_danger_told_is_no_emergency(text: str) -> None:
    assert triage.analyze(text).urgency is not Urgency.emergency


@pytest.mark.parametrize(
    ("text", "kept", "hidden"),
    [
        ("عمي قفل علي باب المطبخ", "قفل", ""),
        ("المدير ضربني أمس", "ضربني", ""),
        ("أكتب من هاتف أختي الصغيرة", "الصغيرة", ""),
        ("أخي الكبير أحمد يعمل في مزرعة", "الكبير", "أحمد"),
        ("عندي قضية في المحكمة، رقم القضية 2024-117", "المحكمة", "2024-117"),
    ],
)
def test_arabic_redaction(text: str, kept: str, hidden: str) -> None:
    redacted = triage.analyze(text).redacted
    assert kept in redacted
    if hidden:
        assert hidden not in redacted
