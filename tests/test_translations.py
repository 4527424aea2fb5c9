"""Every console and chat word exists in French and English, and every placeholder matches."""

from __future__ import annotations

import string

from web.rendering import SUPPORTED_LANGUAGES, load_translations, translator


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_the_same_keys() -> None:
    tables = load_translations()
    keys = {lang: set(tables[lang]) for lang in SUPPORTED_LANGUAGES}
    reference = keys["fr"]
    for lang, found in keys.items():
        assert found == reference, f"{lang}: missing {reference - found}, extra {found - reference}"


def test_placeholders_match_between_languages() -> None:
    tables = load_translations()
    for key, french in tables["fr"].items():
        assert _fields(tables["en"][key]) == _fields(french), key


def test_no_translation_is_empty() -> None:
    for lang, table in load_translations().items():
        assert all(value.strip() for value in table.values()), lang


def test_unknown_key_falls_back_to_the_key() -> None:
    assert translator("en")("no.such.key") == "no.such.key"
