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
    default_language: str = "fr"
    # Voice: the key a caller presses when in danger right now; the number that rings an
    # operator's own phone (default: twilio_from, when it is a number); how long it rings.
    twilio_voice_danger_key: str = "9"
    twilio_voice_from: str | None = None
    twilio_voice_ring_seconds: int = 25
    twilio_voice_overflow_seconds: int = 300
    twilio_api_key_sid: str | None = None
    twilio_api_key_secret: SecretStr | None = None
    twilio_twiml_app_sid: str | None = None

    @property
    def voice_caller_id(self) -> str | None:
        if self.twilio_voice_from:
            return self.twilio_voice_from
        sender = self.twilio_from or ""
        return sender if sender.startswith("+") else None
