"""Which language an automatic message is written in, and its texts: no database, no app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.conversations import automatic_messages
from app.conversations.automatic_messages import TextsInvalid, choose_language
from app.domain import ChannelKind
from app.settings import Settings

pytestmark = pytest.mark.pure


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(env="test", default_language="fr")


class TestChooseLanguage:
    def test_the_first_candidate_with_texts_wins(self, settings: Settings) -> None:
        assert choose_language(settings, "es", "en") == "es"
        assert choose_language(settings, None, "en", "es") == "en"
        assert choose_language(settings, "de", "und", "", "es") == "es"

    @pytest.mark.parametrize(
        ("tag", "expected"),
        [
            ("es-MX", "es"),
            ("EN", "en"),
            ("en_GB", "en"),
            ("fr-CA", "fr"),
            ("Es", "es"),
        ],
    )
    def test_a_regional_or_upper_case_tag_counts_by_its_language(
        self, settings: Settings, tag: str, expected: str
    ) -> None:
        assert choose_language(settings, tag) == expected

    def test_nothing_usable_gives_the_default_language(self) -> None:
        english = Settings(env="test", default_language="en")
        assert choose_language(english) == "en"
        assert choose_language(english, None, "und", "de", "x") == "en"

    def test_a_default_language_without_texts_gives_french(self) -> None:
        assert choose_language(Settings(env="test", default_language="de"), "pt") == "fr"

    def test_a_hotlines_own_file_adds_a_language(self, tmp_path: Path, settings: Settings) -> None:
        built_in = json.loads((automatic_messages.BUILT_IN / "en.json").read_text(encoding="utf-8"))
        (tmp_path / "ht.json").write_text(json.dumps(built_in), encoding="utf-8")
        own = settings.model_copy(update={"safety_messages_dir": tmp_path})
        assert automatic_messages.available(own) == {"fr", "en", "es", "ht"}
        assert choose_language(own, "ht") == "ht"
        assert choose_language(settings, "ht") == "fr"


class TestTexts:
    @pytest.mark.parametrize(
        ("language", "words", "keyword"),
        [
            ("fr", "effacée", "EFFACER"),
            ("en", "erased", "DELETE"),
            ("es", "borrada", "BORRAR"),
        ],
    )
    def test_every_language_names_its_own_keywords_and_confirms_deletion(
        self, settings: Settings, language: str, words: str, keyword: str
    ) -> None:
        assert words in automatic_messages.deletion_receipt(settings, language=language)
        text = automatic_messages.safety_message(settings, language=language, channel=ChannelKind.sms)
        assert keyword in text and "$" not in text and "  " not in text

    @pytest.mark.parametrize("channel", list(ChannelKind))
    def test_every_channel_gets_a_message_and_only_telegram_the_language_prompt(
        self, settings: Settings, channel: ChannelKind
    ) -> None:
        text = automatic_messages.safety_message(settings, language="en", channel=channel)
        assert text.startswith("Hello.") and "911" in text
        assert ("/fr (français)" in text) is (channel is ChannelKind.telegram)

    def test_an_unknown_language_is_written_in_the_default_one(self, settings: Settings) -> None:
        assert automatic_messages.deletion_receipt(settings, language="de") == (
            automatic_messages.deletion_receipt(settings, language="fr")
        )

    def test_a_file_missing_a_field_is_refused_by_name(self, tmp_path: Path, settings: Settings) -> None:
        (tmp_path / "fr.json").write_text(json.dumps({"safety": "Bonjour"}), encoding="utf-8")
        own = settings.model_copy(update={"safety_messages_dir": tmp_path})
        with pytest.raises(TextsInvalid, match=r"fr\.json must hold the fields"):
            automatic_messages.safety_message(own, language="fr", channel=ChannelKind.sms)
