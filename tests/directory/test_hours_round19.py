"""Round 19 of tricky opening hours: 90 cases written by an outside tester who never saw the code
(tests/directory/data/hours_round19.jsonl), each read as the directory reads service svc-1 at
location loc-1 (tests/directory/hours_cases.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.directory.hours_cases import check, load

pytestmark = pytest.mark.pure

ITEMS = load(Path(__file__).parent / "data" / "hours_round19.jsonl")


def test_every_case_of_the_file_is_asked() -> None:
    assert len(ITEMS) == 90
    assert all(item["why"] for item in ITEMS.values())


@pytest.mark.parametrize("case_id", sorted(ITEMS))
def test_round19(case_id: str) -> None:
    check(ITEMS[case_id])
