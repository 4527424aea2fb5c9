"""Settings as the channels and the outbox read them: which channels are configured, which
get a sender, what is refused. No database, no app."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app import channel_registry
from app.domain import ChannelKind
from app.settings import Settings
from channels.telegram import TelegramAdapter
from channels.telegram.sender import TelegramSender
from channels.twilio.sender import TwilioSender

pytestmark = pytest.mark.pure

TWILIO = {"twilio_account_sid": "AC" + "a" * 32, "twilio_auth_token": "token", "twilio_from": "+15017122661"}
TELEGRAM = {"telegram_bot_token": "123:abc", "telegram_secret_token": "s" * 32}


def senders(**values: object) -> dict[ChannelKind, object]:
    settings = Settings(env="test", **values)  # type: ignore[arg-type]
    return dict(channel_registry.build_senders(channel_registry.build_adapters(settings)))


class TestChannels:
    def test_every_adapter_is_registered_once(self) -> None:
        names = [adapter.name for adapter in channel_registry.build_adapters(Settings(env="test"))]
        assert names == ["twilio", "telegram", "webchat"]

    def test_nothing_configured_means_no_sender(self) -> None:
        assert senders() == {}

    @pytest.mark.parametrize("missing", sorted(TWILIO))
    def test_twilio_sends_only_with_sid_token_and_sender(self, missing: str) -> None:
        assert senders(**{**TWILIO, missing: None}) == {}

    def test_twilio_carries_sms_and_whatsapp_and_telegram_its_own(self) -> None:
        found = senders(**TWILIO, **TELEGRAM)
        assert set(found) == {ChannelKind.sms, ChannelKind.whatsapp, ChannelKind.telegram}
        assert found[ChannelKind.sms] is found[ChannelKind.whatsapp]
        assert isinstance(found[ChannelKind.sms], TwilioSender)
        assert isinstance(found[ChannelKind.telegram], TelegramSender)

    def test_telegram_is_given_the_public_webhook_url(self) -> None:
        settings = Settings(env="test", public_url="https://hotline.example.org/", **TELEGRAM)  # type: ignore[arg-type]
        adapter = next(a for a in channel_registry.build_adapters(settings) if a.name == "telegram")
        assert isinstance(adapter, TelegramAdapter)
        assert adapter.webhook_url == "https://hotline.example.org/channels/telegram/webhook"

    def test_channel_settings_come_from_the_environment(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("HOTLINE_TWILIO_ACCOUNT_SID", TWILIO["twilio_account_sid"])
        monkeypatch.setenv("HOTLINE_TWILIO_AUTH_TOKEN", "a-secret-auth-value")
        monkeypatch.setenv("HOTLINE_TWILIO_FROM", "MG" + "1" * 32)
        monkeypatch.setenv("HOTLINE_OUTBOX_MAX_ATTEMPTS", "3")
        settings = Settings()
        assert (
            settings.twilio_auth_token is not None
            and settings.twilio_auth_token.get_secret_value() == "a-secret-auth-value"
        )
        assert settings.outbox_max_attempts == 3
        assert "a-secret-auth-value" not in repr(settings)


class TestOutboxSettings:
    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("outbox_max_attempts", 0),
            ("outbox_backoff_seconds", 0),
            ("outbox_backoff_max_seconds", -1),
            ("outbox_send_timeout_seconds", 0),
            ("outbox_poll_seconds", 0),
            ("vault_retention_days", 0),
        ],
    )
    def test_values_that_would_stop_or_spin_the_worker_are_refused(self, name: str, value: float) -> None:
        with pytest.raises(ValidationError, match=name):
            Settings(env="test", **{name: value})  # type: ignore[arg-type]

    def test_a_malformed_vault_key_is_refused_in_production_at_start(self) -> None:
        with pytest.raises(ValidationError, match="base64 of 32 bytes"):
            Settings(env="production", secret_key="x" * 48, pseudonym_key="x" * 48, vault_key="y" * 48)
