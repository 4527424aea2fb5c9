"""Round 20 of tricky opening hours: 90 cases written by an outside tester who never saw the code
(tests/directory/data/hours_round20.jsonl, kept as written), each read as the directory reads
service svc-1 at location loc-1 (tests/directory/hours_cases.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.directory.hours_cases import check, load

pytestmark = pytest.mark.pure

ITEMS = load(Path(__file__).parent / "data" / "hours_round20.jsonl")

UNKNOWN = {"status": "unknown", "next": None, "always_open": False}

DEFENDED: dict[str, tuple[dict[str, Any], str]] = {
    "hr20-064": (
        {"status": "closed", "next": "2026-06-15T10:00:00-04:00", "always_open": False},
        "'Fermé le dimanche' on a row open 'tous les jours' contradicts the fields on Sundays: read "
        "as a Sunday closure, as holiday words close the holidays; 'open' on Sunday would send the "
        "caller to a door the partner says is shut (the tester lets the fields win).",
    ),
    "hr20-066": (
        UNKNOWN,
        "The location's own row says the building is 'Permanently closed' while the service's rows "
        "give weekday hours: the data contradicts itself at that place, and 'open' may send a caller "
        "to a shut door; unknown says call first (the tester reads only the service's fields).",
    ),
}


def test_every_case_of_the_file_is_asked() -> None:
    assert len(ITEMS) == 90 and set(DEFENDED) <= set(ITEMS)
    assert all(item["why"] for item in ITEMS.values())


@pytest.mark.parametrize("case_id", sorted(ITEMS))
def test_round20(case_id: str) -> None:
    check(ITEMS[case_id], DEFENDED[case_id][0] if case_id in DEFENDED else None)


@pytest.mark.parametrize("case_id", sorted(DEFENDED))
def test_the_defended_answer_differs_from_the_testers(case_id: str) -> None:
    """The file still holds the tester's answer; the defended one is another (no silent copy)."""
    assert ITEMS[case_id]["expected"] != DEFENDED[case_id][0] and DEFENDED[case_id][1]
