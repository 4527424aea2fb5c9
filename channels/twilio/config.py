"""The settings the Twilio adapter reads, by their names in the app's settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, SecretStr


class TwilioConfig(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    public_url: str
    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_from: str | None = None
    twilio_api_base: str = "https://api.twilio.com"
    outbox_send_timeout_seconds: float = 10.0
