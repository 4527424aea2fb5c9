"""The safety message: built-in texts per language, replaced by a hotline's own files."""

from __future__ import annotations

import json
from pathlib import Path

from app.conversations import automatic_messages
from app.domain import ChannelKind
from app.settings import Settings


def test_built_in_languages_say_what_the_channel_reveals() -> None:
    settings = Settings(env="test", emergency_number="112")
    for language, words in (("fr", "compagnie de téléphone"), ("en", "phone company"),
                            ("es", "compañía telefónica")):
        text = automatic_messages.safety_message(settings, language=language, channel=ChannelKind.sms)
        assert words in text and "112" in text and "$" not in text
    telegram = automatic_messages.safety_message(settings, language="en", channel=ChannelKind.telegram)
    assert "Telegram can see" in telegram and "/fr" in telegram


def test_unknown_language_falls_back_to_the_default() -> None:
    settings = Settings(env="test", default_language="en")
    assert automatic_messages.choose_language(settings, None, "de", "und") == "en"
    assert automatic_messages.choose_language(settings, "es") == "es"


def test_a_hotline_replaces_the_texts_with_its_own(tmp_path: Path) -> None:
    built_in = json.loads((automatic_messages.BUILT_IN / "fr.json").read_text(encoding="utf-8"))
    own = {**built_in, "safety": "Ligne Espoir, confidentielle. Urgence : $emergency_number. $channel_note"}
    (tmp_path / "fr.json").write_text(json.dumps(own), encoding="utf-8")
    (tmp_path / "pt.json").write_text(json.dumps({**built_in, "safety": "Linha confidencial."}),
                                      encoding="utf-8")
    settings = Settings(env="test", safety_messages_dir=tmp_path, emergency_number="811")
    text = automatic_messages.safety_message(settings, language="fr", channel=ChannelKind.telegram)
    assert text.startswith("Ligne Espoir, confidentielle. Urgence : 811. Attention : Telegram")
    assert automatic_messages.choose_language(settings, "pt") == "pt"
    english = automatic_messages.safety_message(settings, language="en", channel=ChannelKind.sms)
    assert english.startswith("Hello.")  # not replaced: built in
