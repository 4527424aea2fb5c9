"""Sixth round, after the merges: leak classes found by an outside attacker and on a fresh set
(hidden characters inside an e-mail; a place name after "his name is"; Polish and Swahili
self-introductions and relations; Haitian honorifics; numbered roads and a street type after
a compound name). Sentences written for these tests."""

from __future__ import annotations

import pytest

from triage.redaction import redact

pytestmark = pytest.mark.pure


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("write to a\u200bna@ex\u200bample.org tonight", "ample"),
        ("mon courriel: rosa.lima\u00ad@gmail.com merci", "lima"),
        ("escríbeme a pedro@hot\u2060mail.com", "pedro"),
        ("email ana@gmail\u200b.com ok", "ana@"),
    ],
)
def test_an_email_with_hidden_characters_is_one_address(text: str, secret: str) -> None:
    redacted, entities = redact(text)
    assert secret not in redacted
    assert [entity.type.value for entity in entities] == ["EMAIL"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("el patrón duerme al lado. se llama Brandon y tiene mi pasaporte", "Brandon"),
        ("the driver is outside, his name is Regina, no joke, he has a gun", "Regina"),
        ("Szef, Marek, zabrał nam paszporty", "Marek"),
        ("Nazywam się Agnieszka Nowak, jestem w Toronto", "Nowak"),
        ("Pani Kowalska trzyma nasze pieniądze", "Kowalska"),
        ("Jina langu ni Neema Mwangi, niko Calgary", "Mwangi"),
        ("bosi wangu Juma ametuchukulia pasipoti", "Juma"),
        ("Patwon an, Mesye Dorvil, pa peye m", "Dorvil"),
    ],
)
def test_names_after_these_cues_are_redacted(text: str, name: str) -> None:
    assert name not in redact(text)[0]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("je viens de Brandon au Manitoba", "Brandon"),
        ("la route 117 est fermée à cause de la neige", "route 117"),
        ("we drove 200 km on highway 7", "highway 7"),
        ("une grande allée de jardin", "grande allée"),
    ],
)
def test_places_and_roads_without_a_door_stay(text: str, kept: str) -> None:
    assert kept in redact(text)[0]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("on est au 2150 route 117 a Ste-Agathe", "2150 route 117"),
        ("je travaille au 5580 Grande-Allée Est à Québec", "5580 Grande-Allée"),
        ("I'm at 3300 Highway 7, Vaughan, in the back", "3300 Highway 7"),
    ],
)
def test_a_door_on_a_numbered_road_or_a_compound_street_is_an_address(text: str, address: str) -> None:
    redacted, entities = redact(text)
    assert address not in redacted and "ADDRESS" in {entity.type.value for entity in entities}
