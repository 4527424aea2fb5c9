"""Settings read from `HOTLINE_*` environment variables.

Development works with no configuration at all. Production (`HOTLINE_ENV=production`)
refuses to start while any secret still has its development value.
"""

from __future__ import annotations

import base64
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Self
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

import triage
from directory import weekly_hours
from directory.schedules import BadSchedule, Rule

# Development-only values; production refuses to start with any of them.
DEV_SECRET_KEY = "dev-only-session-secret-change-me"  # noqa: S105
DEV_PSEUDONYM_KEY = "dev-only-pseudonym-key-change-me"
# 32 bytes, base64: "dev-only-vault-key-change-me!!!!"
DEV_VAULT_KEY = base64.b64encode(b"dev-only-vault-key-change-me!!!!").decode()

# The hotline's time zone: every time in the console and the directory pages is shown in it.
DEFAULT_TIMEZONE = "America/Toronto"


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class InsecureSettings(ValueError):
    """Raised when production settings still hold a development secret."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOTLINE_", extra="ignore")

    env: Environment = Environment.development
    database_url: str | None = Field(
        default=None,
        description="libpq URL; unset starts an embedded PostgreSQL under data_dir",
    )
    data_dir: Path = Path("./var")
    public_url: str = "http://127.0.0.1:8000"

    secret_key: SecretStr = SecretStr(DEV_SECRET_KEY)
    pseudonym_key: SecretStr = SecretStr(DEV_PSEUDONYM_KEY)
    vault_key: SecretStr = SecretStr(DEV_VAULT_KEY)

    vault_retention_days: int = Field(default=30, ge=1)
    sealed_retention_days: int = Field(default=90, ge=1)
    # A reply address is also purged this long after the contact's conversation closed (unless
    # the caller agreed to a longer keep, up to retention_agreed_max_days ahead).
    vault_after_close_hours: int = Field(default=72, ge=1)
    retention_agreed_max_days: int = Field(default=365, ge=1)
    # The redacted texts (caller and operator), then the case notes and whispers, of a closed
    # conversation are blanked this long after it closed; codes and counts stay.
    text_after_close_days: int = Field(default=90, ge=1)
    notes_after_close_days: int = Field(default=365, ge=1)
    # The retention purge: one per app process; tests that drive it themselves turn it off.
    retention_worker: bool = True
    retention_interval_seconds: float = Field(default=300.0, gt=0)
    session_max_age_hours: int = Field(default=12, ge=1)
    # Two-factor login (TOTP) for every staff account; unset: required in production only.
    require_totp: bool | None = None

    # The languages callers write in: triage detects a message's language among these.
    # HOTLINE_LANGUAGES="fr,en,es" (comma-separated); default: every language with a lexicon.
    languages: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(triage.supported_languages())
    )
    # Ownership: how many open conversations one operator holds at once (take, next, first
    # reply, transfer to them), and whether operators (not only supervisors and admins) may
    # reveal a message's original text, with a reason and an audit entry.
    operator_max_conversations: int = Field(default=4, ge=1)
    operators_may_reveal: bool = False
    quick_exit_url: str = "https://www.meteo.gc.ca/"
    # The hotline's IANA time zone (HOTLINE_TIMEZONE): statistics count days in it, and times in
    # the console and the directory pages are shown in it, with its abbreviation, whatever the
    # browser's zone.
    timezone: str = DEFAULT_TIMEZONE
    # When operators answer calls (HOTLINE_OPENING_HOURS), in the hotline's zone: `24/7`, or
    # `MO-FR 08:00-20:00; SA 20:00-02:00` (days MO to SU, a window closing at or before it
    # opens ends the next day; holidays: `12-25 closed; 12-24 08:00-12:00`). Out of hours a
    # call goes straight to a partner line that is open, or hears safety information, instead
    # of waiting in the queue.
    opening_hours: str = weekly_hours.ALWAYS
    log_level: str = "INFO"
    # The proxies whose X-Forwarded-For gives the client's address (IPs or networks, comma-
    # separated; uvicorn's --forwarded-allow-ips). The login throttle counts failures per client
    # address: behind a proxy that is not listed here, every login seems to come from the proxy.
    forwarded_allow_ips: str = "127.0.0.1,::1"

    @field_validator("languages", "partner_webhook_private_hosts", mode="before")
    @classmethod
    def _split_languages(cls, value: object) -> object:
        if isinstance(value, str):
            if value.strip().startswith("["):
                return json.loads(value)  # the JSON list form pydantic-settings also reads
            return [part.strip().lower() for part in value.split(",") if part.strip()]
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("not a known time zone; use an IANA name such as America/Toronto") from None
        return value

    @field_validator("opening_hours")
    @classmethod
    def _readable_hours(cls, value: str) -> str:
        try:
            weekly_hours.parse(value)
        except BadSchedule as exc:
            raise ValueError(f"{exc}; write 24/7 or e.g. 'MO-FR 08:00-20:00; SA 10:00-16:00'") from None
        return value

    @field_validator("languages")
    @classmethod
    def _languages_have_lexicons(cls, value: list[str]) -> list[str]:
        supported = triage.supported_languages()
        unknown = [code for code in value if code not in supported]
        if unknown:
            raise ValueError(
                f"no triage lexicon for {', '.join(unknown)}; supported: {', '.join(supported)}"
                " (add triage/lexicons/<code>.toml to support another language)"
            )
        if not value:
            raise ValueError("at least one language is needed")
        return list(dict.fromkeys(value))

    # Messaging channels (see README, "Connecting Twilio and Telegram").
    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_from: str | None = Field(
        default=None, description="sender number (+1...) or messaging service SID (MG...)"
    )
    twilio_api_base: str = "https://api.twilio.com"
    # Voice (see README, "A voice line"): the danger key of the phone menu (not a language
    # key: 1 to 8 are the languages), the caller id that rings an operator's own phone
    # (default: twilio_from when it is a number), and how long that phone rings.
    twilio_voice_danger_key: str = Field(default="9", pattern=r"^[0-9*#]$")
    twilio_voice_from: str | None = None
    twilio_voice_ring_seconds: int = Field(default=25, ge=5, le=60)
    # A call waiting this long goes to the best partner line open now (or hears safety
    # information); 0: it waits until answered or abandoned.
    twilio_voice_overflow_seconds: int = Field(default=300, ge=0)
    # The browser phone (Twilio Voice JavaScript SDK): an API key and the TwiML App whose
    # Voice URL is /channels/twilio/voice/browser.
    twilio_api_key_sid: str | None = None
    twilio_api_key_secret: SecretStr | None = None
    twilio_twiml_app_sid: str | None = None
    telegram_bot_token: SecretStr | None = None
    telegram_secret_token: SecretStr | None = None
    telegram_api_base: str = "https://api.telegram.org"

    # Automatic messages: a folder of `<lang>/LC_MESSAGES/caller.po` (or .mo) catalogues that
    # reword the built-in ones (app/locale), and the emergency number the safety message gives.
    safety_messages_dir: Path | None = None
    emergency_number: str = "911"
    default_language: str = "fr"

    # Flood control (app.security.flood_control), shared by every app process; 0: no limit.
    # Messages one web chat session may send a minute, frames one chat socket may send a
    # minute, and new web chats a minute beyond which new ones wait as `held`.
    webchat_messages_per_minute: int = Field(default=20, ge=0)
    webchat_frames_per_minute: int = Field(default=60, ge=0)
    webchat_new_per_minute: int = Field(default=60, ge=0)
    # Lines one partner worker may write a minute in a warm hand-over (each reaches the caller).
    partner_lines_per_minute: int = Field(default=20, ge=0)

    # The outbox worker: one per app process; tests that drive it themselves turn it off.
    outbox_worker: bool = True
    outbox_poll_seconds: float = Field(default=1.0, gt=0)
    outbox_max_attempts: int = Field(default=8, ge=1)
    outbox_backoff_seconds: float = Field(default=2.0, gt=0)
    outbox_backoff_max_seconds: float = Field(default=300.0, gt=0)
    outbox_send_timeout_seconds: float = Field(default=10.0, gt=0)

    # Warm referrals (issue 13): how long a consent lasts unless the operator sets an end, how
    # long a partner's portal link works, the referral worker (deadlines and partner notices).
    referral_consent_days: int = Field(default=30, ge=1, le=365)
    referral_link_hours: int = Field(default=72, ge=1)
    partner_invitation_hours: int = Field(default=72, ge=1)
    referral_worker: bool = True
    referral_poll_seconds: float = Field(default=5.0, gt=0)
    # Partner notices by e-mail (aiosmtplib); unset host: e-mail notices fail, visibly.
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str | None = None
    # Webhook notices are signed with HMAC-SHA256 of this key (shared with the partners);
    # unset: webhook notices fail, visibly.
    partner_webhook_secret: SecretStr | None = None
    # Webhook notices only go to public addresses over https; hosts named here (comma-separated)
    # may be on the hotline's own network and use http (app/referrals/webhook_address.py).
    partner_webhook_private_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # GET /metrics (Prometheus text format) answers a scraper that sends this bearer token;
    # unset: /metrics does not exist. At least 32 characters in production.
    metrics_token: SecretStr | None = None

    @model_validator(mode="after")
    def _refuse_default_secrets_in_production(self) -> Self:
        if self.env is not Environment.production:
            return self
        defaults = {
            "HOTLINE_SECRET_KEY": (self.secret_key, DEV_SECRET_KEY),
            "HOTLINE_PSEUDONYM_KEY": (self.pseudonym_key, DEV_PSEUDONYM_KEY),
            "HOTLINE_VAULT_KEY": (self.vault_key, DEV_VAULT_KEY),
        }
        weak = [
            name
            for name, (value, default) in defaults.items()
            if value.get_secret_value() == default or len(value.get_secret_value()) < 32
        ]
        if self.metrics_token is not None and len(self.metrics_token.get_secret_value()) < 32:
            weak.append("HOTLINE_METRICS_TOKEN")
        if weak:
            raise InsecureSettings(
                "production refuses development or short secrets; set "
                + ", ".join(weak)
                + " (keys: `python -c 'import secrets; print(secrets.token_urlsafe(48))'`;"
                " the vault key is base64 of 32 bytes: `python -c 'import os, base64;"
                " print(base64.b64encode(os.urandom(32)).decode())'`)"
            )
        self.vault_key_bytes()  # a malformed vault key stops every command, not only serve
        return self

    @property
    def is_production(self) -> bool:
        return self.env is Environment.production

    @property
    def secure_cookies(self) -> bool:
        """Cookies are `Secure` and the session and form-token cookies take the `__Host-` prefix
        when the hotline is served over https (its public URL) or in production; over plain http
        (development on localhost, the tests) they keep plain names, which a browser accepts there."""
        return self.is_production or urlsplit(self.public_url).scheme.lower() == "https"

    @property
    def totp_required(self) -> bool:
        return self.is_production if self.require_totp is None else self.require_totp

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def opening_rules(self) -> list[Rule] | None:
        """The hotline's weekly hours (None: 24/7), read in `zone`."""
        return weekly_hours.parse(self.opening_hours)

    def vault_key_bytes(self) -> bytes:
        """The 32-byte AES-256-GCM key (base64 in the environment)."""
        raw = self.vault_key.get_secret_value()
        try:
            key = base64.b64decode(raw, validate=True)
        except ValueError as exc:
            raise InsecureSettings("HOTLINE_VAULT_KEY must be base64 of 32 bytes") from exc
        if len(key) != 32:
            raise InsecureSettings("HOTLINE_VAULT_KEY must be base64 of 32 bytes")
        return key
