"""Every triage code has its words in every console language, and every need its directory
term: the mappings the console and the partner search rely on. No database."""

from __future__ import annotations

import pytest

import triage
from app.pages.console import TRIAGE_CODE_KEYS
from directory.fields import NEEDS_TAXONOMY_ID
from directory.needs_taxonomy import attribute, taxonomy_rows, term_id
from web.rendering import SUPPORTED_LANGUAGES, load_translations

pytestmark = pytest.mark.pure

CODES = {
    "need": triage.Need,
    "indicator": triage.Indicator,
    "exploitation": triage.Exploitation,
    "urgency": triage.Urgency,
}


def test_the_console_gets_one_key_per_need_indicator_and_exploitation_code() -> None:
    expected = [
        f"{prefix}.{code.value}" for prefix, enum in CODES.items() if prefix != "urgency" for code in enum
    ]
    assert expected == TRIAGE_CODE_KEYS


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_code_has_a_label_of_its_own_in_every_language(language: str) -> None:
    table = load_translations()[language]
    keys = [f"{prefix}.{code.value}" for prefix, enum in CODES.items() for code in enum]
    assert [key for key in keys if key not in table] == []
    labels = [table[key] for key in keys]
    assert len(set(labels)) == len(labels), "two codes share a label"


def test_french_and_english_labels_differ_where_the_words_do() -> None:
    tables = load_translations()
    assert tables["fr"]["need.shelter"] != tables["en"]["need.shelter"]


def test_every_need_is_a_term_of_the_directorys_taxonomy() -> None:
    rows = taxonomy_rows()
    terms = {row["code"]: row for row in rows["taxonomy_term"]}
    assert set(terms) == {need.value for need in triage.Need}
    assert all(
        row["taxonomy_id"] == NEEDS_TAXONOMY_ID and row["id"] == term_id(code) for code, row in terms.items()
    )
    assert [row["id"] for row in rows["taxonomy"]] == [NEEDS_TAXONOMY_ID]


def test_a_services_need_points_at_its_term_and_unknown_needs_are_refused() -> None:
    assert attribute("svc-1", "legal") == {
        "id": "svc-1:need:legal",
        "link_id": "svc-1",
        "link_entity": "service",
        "link_type": "need",
        "taxonomy_term_id": term_id(triage.Need.legal),
    }
    with pytest.raises(ValueError):
        term_id("pizza")
