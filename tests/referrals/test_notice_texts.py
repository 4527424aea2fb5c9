"""Which language a partner notice is written in, without a database: the organisation's when the
catalogues word every notice text in it, else the hotline's default, never the message ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.referrals import notice_texts
from app.settings import Settings

LINK = "https://hotline.example/partner/r/token"


def _settings(tmp_path: Path, default_language: str = "fr", own: Path | None = None) -> Settings:
    return Settings(env="test", data_dir=tmp_path, default_language=default_language, safety_messages_dir=own)


def _catalogue(folder: Path, language: str, entries: dict[str, str]) -> Path:
    """A hotline's own `caller` catalogue for `language` holding `entries`."""
    path = folder / language / "LC_MESSAGES" / "caller.po"
    path.parent.mkdir(parents=True)
    body = "".join(f'msgid "{message}"\nmsgstr "{text}"\n\n' for message, text in entries.items())
    path.write_text(f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n{body}', "utf-8")
    return folder


@pytest.mark.parametrize(
    ("wanted", "default", "expected"),
    [
        ("en", "fr", "en"),
        ("fr", "en", "fr"),
        ("es", "fr", "es"),
        ("EN", "fr", "en"),
        ("fr-CA", "en", "fr"),
        (None, "fr", "fr"),
        (None, "en", "en"),
        ("", "en", "en"),
        ("de", "fr", "fr"),  # no catalogue in German
        ("de", "en", "en"),
    ],
)
def test_the_organisations_language_else_the_default(
    tmp_path: Path, wanted: str | None, default: str, expected: str
) -> None:
    assert notice_texts.language(_settings(tmp_path, default), wanted) == expected


def test_a_language_the_catalogues_word_only_in_part_gets_the_default_whole(tmp_path: Path) -> None:
    """A hotline's own German catalogue with the new-referral text but no subject: the notice
    goes in the default language, not half German, half English message ids."""
    own = _catalogue(
        tmp_path / "own", "de", {notice_texts.NEW: "Neue Vermittlung vor %(deadline)s: %(link)s"}
    )
    settings = _settings(tmp_path, "fr", own)
    assert notice_texts.language(settings, "de") == "fr"
    assert not notice_texts.worded(settings, "de")


def test_a_hotlines_own_catalogue_adds_a_notice_language(tmp_path: Path) -> None:
    own = _catalogue(
        tmp_path / "own",
        "de",
        {
            notice_texts.NEW: "Neue Vermittlung, bitte bis %(deadline)s bestätigen: %(link)s",
            notice_texts.REVOKED: "Die Person hat ihre Einwilligung widerrufen. %(link)s",
            notice_texts.SUBJECT: "Vermittlung",
        },
    )
    settings = _settings(tmp_path, "fr", own)
    assert notice_texts.language(settings, "de") == "de"
    text = notice_texts.text(settings, kind="new", link=LINK, deadline="2026-12-08T10:00", language="de")
    assert text == f"Neue Vermittlung, bitte bis 2026-12-08T10:00 bestätigen: {LINK}"
    assert notice_texts.subject(settings, language="de") == "Vermittlung"


def test_the_french_notices_use_the_glossary_words(tmp_path: Path) -> None:
    """GLOSSARY.md: hotline = ligne d'assistance, referral = orientation, acknowledge = accuser
    réception, revoke consent = retirer son consentement."""
    settings = _settings(tmp_path, "en")
    new = notice_texts.text(settings, kind="new", link=LINK, deadline="8 déc. 10:00", language="fr")
    assert "ligne d'assistance" in new and "orientation" in new and "accuser réception" in new
    assert new.endswith(f"avant 8 déc. 10:00 : {LINK}")
    revoked = notice_texts.text(settings, kind="revoked", link=LINK, deadline="", language="fr")
    assert "a retiré son consentement pour une orientation" in revoked and revoked.endswith(LINK)
    assert notice_texts.subject(settings, language="fr") == "Orientation de la ligne d'assistance"


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_every_built_in_catalogue_words_every_notice_text(tmp_path: Path, language: str) -> None:
    assert notice_texts.worded(_settings(tmp_path), language)
