"""find_region: the most useful place named, in the canonical form, from many scripts."""

from __future__ import annotations

import pytest

from triage.places import find_region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("je suis a montreal depuis 2 ans", "Montréal"),
        ("on est à Trois-Rivieres, chez une amie", "Trois-Rivières"),
        ("i was brought from Manila to Calgary", "Calgary"),
        ("Sou de São Paulo e estou em Laval", "Laval"),
        ("we are in the GTA, near Mississauga", "Mississauga"),
        ("me trajeron de Oaxaca a Quebec", "Québec"),
        ("she is somewhere in Ontario", "Ontario"),
        ("Ana is in Mexico", "Mexico"),
        ("j'habite au 1875 chemin Sainte-Foy", None),
        ("Мы в Монреале", "Montréal"),
        ("我们在温哥华", "Vancouver"),
        ("نحن في تورنتو", "Toronto"),
        ("what is human trafficking?", None),
        ("I hope you can help, nice to meet you", None),
        ("we're in Hull near Ottawa", "Gatineau"),
        ("St-Jérôme", "Saint-Jérôme"),
    ],
)
def test_find_region(text: str, region: str | None) -> None:
    assert find_region(text) == region
