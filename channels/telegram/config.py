"""The settings the Telegram adapter reads, by their names in the app's settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, SecretStr


class TelegramConfig(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    public_url: str
    telegram_bot_token: SecretStr | None = None
    telegram_secret_token: SecretStr | None = None
    telegram_api_base: str = "https://api.telegram.org"
    outbox_send_timeout_seconds: float = 10.0
