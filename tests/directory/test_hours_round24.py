"""Round 24 of tricky opening hours: 90 cases written by an outside tester who never saw the code
(tests/directory/data/hours_round24.jsonl, kept as written), each read as the directory reads
service svc-1 at location loc-1 (tests/directory/hours_cases.py). 87 of 90 passed before this
round, 90 of 90 after it; the tester was right on all three (none DEFENDED).

Rule made in this round (tests/directory/test_hours_round24_rules.py): words on a recurring row
that close days of the week are read in every language partners write, not only English and
French (directory/closed_days.py, directory/weekday_words.py):
- 013: the days an opening leaves out close them: "Ouvert 7j/7 sauf le dimanche" on a row open
  every day is closed on Sundays, as "Fermé le dimanche" was ("Open daily except Sundays",
  "excepto los domingos", "exceto domingo", "eksepte dimanch"); an exception taken from a closure
  or a break ("Fermé sauf le dimanche", "Lunch break 12-1 except Saturdays") closes nothing;
- 014: Spanish, "Cerrado los domingos" (and Portuguese: "Fechado aos domingos", "Encerrado ao
  domingo");
- 015: Haitian Creole, "Fèmen dimanch".
The row's fields say open on Sunday and its words say closed: a hotline sends no caller to a
door the partner says is shut. Days narrowed to some of them or to some hours ("cerrado los
domingos por la tarde", "fermé un dimanche sur deux") or denied ("pa fèmen dimanch") still close
nothing, as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.directory.hours_cases import check, load

pytestmark = pytest.mark.pure

ITEMS = load(Path(__file__).parent / "data" / "hours_round24.jsonl")

# Answers held against the tester's, with the reason (none this round: the tester was right on all three).
DEFENDED: dict[str, tuple[dict[str, Any], str]] = {}


def test_every_case_of_the_file_is_asked() -> None:
    assert len(ITEMS) == 90 and set(DEFENDED) <= set(ITEMS)
    assert all(item["why"] for item in ITEMS.values())


@pytest.mark.parametrize("case_id", sorted(ITEMS))
def test_round24(case_id: str) -> None:
    check(ITEMS[case_id], DEFENDED[case_id][0] if case_id in DEFENDED else None)
