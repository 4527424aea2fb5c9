"""Round 16 of tricky opening hours: 90 cases written by an outside tester who never saw the code
(tests/directory/data/hours_round16.jsonl), each read as the directory reads service svc-1 at
location loc-1 (tests/directory/hours_cases.py).

No answer is defended against the tester's (round 15's DEFENDED): where the tester chose (018,
021, 026, 048, 049/050, 068, 069, 070, 072, 079, 081), the choice agrees with profile.md or was
made the rule (026: hours dated for a holiday beat "Closed on statutory holidays").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.directory.hours_cases import check, load

pytestmark = pytest.mark.pure

ITEMS = load(Path(__file__).parent / "data" / "hours_round16.jsonl")


def test_every_case_of_the_file_is_asked() -> None:
    assert len(ITEMS) == 90
    assert all(item["why"] for item in ITEMS.values())


@pytest.mark.parametrize("case_id", sorted(ITEMS))
def test_round16(case_id: str) -> None:
    check(ITEMS[case_id])
