from __future__ import annotations

import base64

import pytest
from pydantic import ValidationError

from app.settings import Settings
from app.storage.database_url import InvalidDatabaseUrl, describe, to_sqlalchemy, with_database

STRONG = "x" * 48
STRONG_VAULT = base64.b64encode(b"k" * 32).decode()


class TestProductionSecrets:
    def test_production_refuses_default_secrets(self) -> None:
        with pytest.raises(ValidationError, match="HOTLINE_SECRET_KEY"):
            Settings(env="production")

    def test_production_names_every_weak_secret(self) -> None:
        with pytest.raises(ValidationError) as error:
            Settings(env="production", secret_key=STRONG)
        assert "HOTLINE_PSEUDONYM_KEY" in str(error.value)
        assert "HOTLINE_VAULT_KEY" in str(error.value)
        assert "HOTLINE_SECRET_KEY" not in str(error.value)

    def test_production_starts_with_real_secrets(self) -> None:
        settings = Settings(env="production", secret_key=STRONG, pseudonym_key=STRONG, vault_key=STRONG_VAULT)
        assert settings.vault_key_bytes() == b"k" * 32

    def test_development_needs_no_configuration(self) -> None:
        assert Settings(env="development").vault_key_bytes()

    def test_settings_come_from_hotline_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("HOTLINE_DATABASE_URL", "postgresql://u:p@db:5432/hotline")
        monkeypatch.setenv("HOTLINE_LANGUAGES", '["fr","en","es"]')
        settings = Settings()
        assert settings.database_url == "postgresql://u:p@db:5432/hotline"
        assert settings.languages == ["fr", "en", "es"]

    def test_languages_comma_separated_and_checked_against_lexicons(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("HOTLINE_LANGUAGES", "fr, EN,ht")
        assert Settings().languages == ["fr", "en", "ht"]
        monkeypatch.setenv("HOTLINE_LANGUAGES", "fr,xx")
        with pytest.raises(ValueError, match="no triage lexicon for xx"):
            Settings()


class TestDatabaseUrl:
    def test_libpq_url_becomes_asyncpg(self) -> None:
        assert to_sqlalchemy("postgresql://u:p@h:5433/db") == "postgresql+asyncpg://u:p@h:5433/db"
        assert to_sqlalchemy("postgres://u@h/db") == "postgresql+asyncpg://u@h/db"

    def test_unix_socket_is_kept(self) -> None:
        url = "postgresql://postgres:@/hotline?host=/run/pg"
        assert to_sqlalchemy(url) == "postgresql+asyncpg://postgres:@/hotline?host=/run/pg"
        assert with_database(url, "other") == "postgresql://postgres:@/other?host=/run/pg"

    def test_description_never_shows_the_password(self) -> None:
        assert "secret" not in describe("postgresql://u:secret@db.internal:5432/hotline")

    def test_other_schemes_are_refused(self) -> None:
        with pytest.raises(InvalidDatabaseUrl):
            to_sqlalchemy("mysql://u@h/db")
