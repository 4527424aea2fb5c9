"""The safety message: built-in catalogues per language, replaced by a hotline's own catalogues."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po

from app.conversations import automatic_messages
from app.domain import ChannelKind
from app.settings import Settings


def test_built_in_languages_say_what_the_channel_reveals() -> None:
    settings = Settings(env="test", emergency_number="112")
    for language, words in (
        ("fr", "compagnie de téléphone"),
        ("en", "phone company"),
        ("es", "compañía telefónica"),
    ):
        text = automatic_messages.safety_message(settings, language=language, channel=ChannelKind.sms)
        assert words in text and "112" in text and "$" not in text
    telegram = automatic_messages.safety_message(settings, language="en", channel=ChannelKind.telegram)
    assert "Telegram can see" in telegram and "/fr" in telegram


def test_unknown_language_falls_back_to_the_default() -> None:
    settings = Settings(env="test", default_language="en")
    assert automatic_messages.choose_language(settings, None, "de", "und") == "en"
    assert automatic_messages.choose_language(settings, "es") == "es"


def _own_catalogue(folder: Path, language: str, texts: dict[str, str], *, compiled: bool = False) -> None:
    """A hotline's caller catalogue in the standard layout: <folder>/<lang>/LC_MESSAGES/caller.po"""
    catalog = Catalog(locale=language, domain="caller")
    for message, text in texts.items():
        catalog.add(message, text)
    target = folder / language / "LC_MESSAGES"
    target.mkdir(parents=True)
    with (target / ("caller.mo" if compiled else "caller.po")).open("wb") as file:
        (write_mo if compiled else write_po)(file, catalog)


def test_a_hotline_replaces_the_texts_with_its_own(tmp_path: Path) -> None:
    _own_catalogue(
        tmp_path,
        "fr",
        {
            automatic_messages.SAFETY: (
                "Ligne Espoir, confidentielle. Urgence : %(emergency_number)s. %(channel_note)s"
            ),
        },
    )
    _own_catalogue(tmp_path, "pt", {automatic_messages.SAFETY: "Linha confidencial."}, compiled=True)
    settings = Settings(env="test", safety_messages_dir=tmp_path, emergency_number="811")
    text = automatic_messages.safety_message(settings, language="fr", channel=ChannelKind.telegram)
    assert text.startswith("Ligne Espoir, confidentielle. Urgence : 811. Attention : Telegram")
    # What the hotline left out keeps the built-in words.
    assert automatic_messages.deletion_receipt(settings, language="fr").startswith("Votre conversation")
    assert text.endswith("/es (español).")
    assert automatic_messages.choose_language(settings, "pt") == "pt"
    assert automatic_messages.safety_message(settings, language="pt", channel=ChannelKind.sms) == (
        "Linha confidencial."
    )
    english = automatic_messages.safety_message(settings, language="en", channel=ChannelKind.sms)
    assert english.startswith("Hello.")  # not replaced: built in


def test_a_hotline_text_with_a_placeholder_it_cannot_fill_is_not_sent(tmp_path: Path) -> None:
    _own_catalogue(tmp_path, "fr", {automatic_messages.SAFETY: "Appelez le %(numero)s."})
    settings = Settings(env="test", safety_messages_dir=tmp_path, emergency_number="811")
    text = automatic_messages.safety_message(settings, language="fr", channel=ChannelKind.sms)
    assert text.startswith("Bonjour.") and "811" in text and "%(" not in text


def test_without_compiled_catalogues_nothing_is_sent_untranslated(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(automatic_messages, "BUILT_IN", tmp_path)
    with pytest.raises(automatic_messages.CatalogueMissing, match="make messages-compile"):
        automatic_messages.deletion_receipt(Settings(env="test"), language="fr")
