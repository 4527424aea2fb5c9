"""Round 23 of tricky opening hours: 90 cases written by an outside tester who never saw the code
(tests/directory/data/hours_round23.jsonl, kept as written), each read as the directory reads
service svc-1 at location loc-1 (tests/directory/hours_cases.py). 88 of 90 passed before this
round, 90 of 90 after it; the tester was right on both (none DEFENDED).

Rules made in this round (tests/directory/test_hours_round23_rules.py):
- 023: a French overseas place written with the country `FR` is read on its own clock, from its
  region or department (`Martinique`, `972`, `La Réunion`), else its town (Fort-de-France:
  America/Martinique, not Paris's, 6 hours off in summer), as Saint-Pierre already was
  (directory/overseas_places.py); the country written as the territory (`MQ`, `Guyane`,
  `Polynésie française`) too, the Marquesas and Gambier keeping their own half-hour and hour;
  a name two places share (Saint-Denis, Saint-Pierre) is read from the region beside it. Other
  countries' overseas places likewise: the Canary Islands (`ES`), the Azores (`PT`, and Portugal
  itself now Lisbon's clock, not the hotline's), the Caribbean Netherlands (`NL`), Gibraltar,
  Bermuda and the other British territories (`GB`), Greenland and the Faroe Islands (`DK`), and
  Guam, the US Virgin Islands, American Samoa and the Northern Mariana Islands (`US`);
- 036: Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle, by department, number, region or town)
  keeps Good Friday and Saint Stephen's Day (26 December) by local law; the overseas regions keep
  the days their law adds (the abolition of slavery: Martinique 22 May, Guadeloupe 27 May, Guyane
  10 June, La Réunion 20 December, Mayotte 27 April, Saint-Martin 28 May, Saint-Barthélemy 9
  October; Good Friday in Martinique, Guadeloupe and French Polynesia...), as the `holidays`
  package's subdivisions of France list them (directory/public_holidays.py).

The tester's other doubts, already the code's answer and the profile's: 013 (Brazil has several
clocks: the schedule's `-4` is read; `AM` with the country BR is no US state); 025 (a Saturday
Fête nationale closes Monday, the safer mistake though Quebec moves only a Sunday); 039 (a
Saturday 2 January in Scotland closes Monday 4 January); 088 (words that close days of the week
close them beside an every-day row).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.directory.hours_cases import check, load

pytestmark = pytest.mark.pure

ITEMS = load(Path(__file__).parent / "data" / "hours_round23.jsonl")

# Answers held against the tester's, with the reason (none this round: the tester was right on both).
DEFENDED: dict[str, tuple[dict[str, Any], str]] = {}


def test_every_case_of_the_file_is_asked() -> None:
    assert len(ITEMS) == 90 and set(DEFENDED) <= set(ITEMS)
    assert all(item["why"] for item in ITEMS.values())


@pytest.mark.parametrize("case_id", sorted(ITEMS))
def test_round23(case_id: str) -> None:
    check(ITEMS[case_id], DEFENDED[case_id][0] if case_id in DEFENDED else None)
