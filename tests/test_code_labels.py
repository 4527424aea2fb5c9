"""Every need is a term of the directory's taxonomy, and no two triage codes share a word on
the console: the mappings the console and the partner search rely on. No database.
(That every code has a label, translated, is tests/test_translations.py.)"""

from __future__ import annotations

import pytest

import triage
from directory.fields import NEEDS_TAXONOMY_ID
from directory.needs_taxonomy import attribute, taxonomy_rows, term_id
from web.labels import LABELS
from web.rendering import SUPPORTED_LANGUAGES, catalogue

pytestmark = pytest.mark.pure


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("family", ["urgency", "need", "indicator", "exploitation"])
def test_no_two_codes_of_a_family_share_a_word(language: str, family: str) -> None:
    words = catalogue(language)
    shown = [str(words.pgettext(*label)) for label in LABELS[family].values()]
    assert len(set(shown)) == len(shown)


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
