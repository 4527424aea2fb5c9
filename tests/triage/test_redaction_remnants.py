"""Digits left beside a redacted number join it (found by the phone property test): no piece of
a number stays readable, and kept numbers (ages, years, amounts) never join."""

from __future__ import annotations

import pytest

from triage import analyze


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("passeport  (11) 96123-4000 ", "passeport  [ID_NUMBER] "),
        ("casa  34 10 1000 ", "[ADDRESS] "),
        ("mi casa 34 - 10 10 00, llamen", "mi [ADDRESS], llamen"),
    ],
)
def test_the_rest_of_a_number_joins_the_redacted_part(text: str, redacted: str) -> None:
    assert analyze(text).redacted == redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("appt 5, 25 ans, je travaille au motel", "25 ans"),
        ("passeport AB123456 depuis 2019", "2019"),
        ("casa 34, tengo 25 años y 3 hijos", "25 años"),
        ("1234 rue Main, 3 000 $ de dette", "3 000 $"),
    ],
)
def test_a_kept_number_beside_an_identifier_stays(text: str, kept: str) -> None:
    assert kept in analyze(text).redacted
