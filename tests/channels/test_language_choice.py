"""Which language an automatic message is written in, and its texts: no database, no app."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from app.conversations import automatic_messages
from app.conversations.automatic_messages import choose_language
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

    def test_a_hotlines_own_catalogue_adds_a_language(self, tmp_path: Path, settings: Settings) -> None:
        own_catalogue(tmp_path, "ht", {})
        own = settings.model_copy(update={"safety_messages_dir": tmp_path})
        assert automatic_messages.available(own) == {"fr", "en", "es", "ht"}
        assert choose_language(own, "ht") == "ht"
        assert choose_language(settings, "ht") == "fr"


def own_catalogue(folder: Path, language: str, texts: dict[str, str]) -> None:
    """A hotline's caller catalogue: <folder>/<lang>/LC_MESSAGES/caller.po"""
    catalog = Catalog(locale=language, domain="caller")
    for message, text in texts.items():
        catalog.add(message, text)
    target = folder / language / "LC_MESSAGES"
    target.mkdir(parents=True)
    with (target / "caller.po").open("wb") as file:
        write_po(file, catalog)


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

    def test_a_hotlines_text_with_a_placeholder_it_cannot_fill_is_not_sent(
        self, tmp_path: Path, settings: Settings
    ) -> None:
        own_catalogue(tmp_path, "fr", {automatic_messages.SAFETY: "Appelez le %(numero)s."})
        own = settings.model_copy(update={"safety_messages_dir": tmp_path})
        text = automatic_messages.safety_message(own, language="fr", channel=ChannelKind.sms)
        assert text == automatic_messages.safety_message(settings, language="fr", channel=ChannelKind.sms)
        assert "%(" not in text and "911" in text
