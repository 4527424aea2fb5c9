"""Round 15 of tricky opening hours: 90 cases written by an outside tester who never saw the code
(tests/directory/data/hours_round15.jsonl, kept as written: ids, rows, place, instant, expected
answer, refused rows, and the tester's `why`). Each is asked as the round 14 tables ask
(tests/directory/hours_round14.py): each row checked by the importer, the schedules that apply,
the place's zone, open / closed / unknown at the instant, the end of the unbroken opening or the
next opening, 24/7.

Where the tester's answer contradicts an earlier round's considered reading, the case is kept
with the answer defended here (DEFENDED, with the reason); the file keeps the tester's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.directory.hours_round14 import Case, check

pytestmark = pytest.mark.pure

CASES = Path(__file__).parent / "data" / "hours_round15.jsonl"
UNKNOWN = {"status": "unknown", "next": None, "always_open": False}

# The answer defended instead of the tester's, and why.
DEFENDED: dict[str, tuple[dict[str, Any], str]] = {
    "hr15-049": (
        UNKNOWN,
        "A series that ran out (count=4, the last Thursday past) leaves no hours on file: the "
        "hours are no longer known, not 'closed' (round 14 pins it: valid-to-yesterday-is-unknown, "
        "directory.schedules.ran_out). The tester reads 'closed, nothing next'; a hotline told "
        "'closed' stops there, told 'unknown' calls to check.",
    ),
    "hr15-060": (
        UNKNOWN,
        "The winter shelter's only row ended on valid_to: as hr15-049, the hours are unknown "
        "after it (round 14's valid-to-yesterday-is-unknown), not closed with no next opening.",
    ),
    "hr15-064": (
        UNKNOWN,
        "Only a description ('24h/24, 7j/7') and no rows with hours: round 12 pins that words "
        "alone ('Ouvert 24 h sur 24', '24/7') never make a service open or 24/7; the list shows "
        "the words. Words may carry qualifiers ('24/7 en hiver', 'sauf jours fériés') that a "
        "reading would drop, and a wrong 'open' is the unsafe mistake.",
    ),
}


def _load() -> dict[str, dict[str, Any]]:
    with CASES.open(encoding="utf-8") as lines:
        return {item["id"]: item for item in map(json.loads, filter(str.strip, lines))}


ITEMS = _load()


def _case(item: dict[str, Any]) -> tuple[Case, tuple[str, ...]]:
    """The round 14 Case shape (the today cell not asked) and the refusals as `n:word`, the word
    the first of the tester's reason (the field: `1: byday XX` -> `1:byday`)."""
    expected = DEFENDED[item["id"]][0] if item["id"] in DEFENDED else item["expected"]
    refusals = tuple(
        f"{number.strip()}:{reason.split()[0]}"
        for number, reason in (text.split(":", 1) for text in item["refused_rows"])
    )
    answer = (expected["status"], expected["next"], None, expected["always_open"])
    return (item["rows"], item["place"], item["at"], answer), refusals


def test_every_case_of_the_file_is_asked() -> None:
    assert len(ITEMS) == 90 and set(DEFENDED) <= set(ITEMS)
    assert all(item["why"] for item in ITEMS.values())


@pytest.mark.parametrize("case_id", sorted(ITEMS))
def test_round15(case_id: str) -> None:
    case, refusals = _case(ITEMS[case_id])
    check(case, refusals)


@pytest.mark.parametrize("case_id", sorted(DEFENDED))
def test_the_defended_answer_differs_from_the_testers(case_id: str) -> None:
    """The file still holds the tester's answer; the defended one is another (no silent copy)."""
    assert ITEMS[case_id]["expected"] != DEFENDED[case_id][0] and DEFENDED[case_id][1]
