"""`hotline check-config`: would this environment's settings hold in production?

Every problem is one line that names the variable and what to do; none prints a secret.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pydantic import ValidationError

from app.settings import Environment, InsecureSettings, Settings

MIN_SECRET = 32
_TELEGRAM_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # the characters Telegram accepts


def problems() -> tuple[list[str], list[str]]:
    """(problems, warnings) of the configuration read from the environment, as production."""
    try:
        settings = Settings(env=Environment.production)
    except (ValidationError, InsecureSettings) as exc:
        return [_reason(exc)], []
    return check(settings)


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(str(error.get("msg", "invalid")) for error in exc.errors())
    return str(exc)


def check(settings: Settings) -> tuple[list[str], list[str]]:
    found: list[str] = []
    warnings: list[str] = []
    public = urlsplit(settings.public_url)
    if public.scheme != "https" or not public.netloc:
        found.append(
            "HOTLINE_PUBLIC_URL must be an https:// URL (webhooks, cookies and the chat "
            "origin check depend on it)"
        )
    keys = [settings.secret_key.get_secret_value(), settings.pseudonym_key.get_secret_value()]
    if keys[0] == keys[1]:
        found.append("HOTLINE_SECRET_KEY and HOTLINE_PSEUDONYM_KEY must differ")
    found.extend(_twilio(settings))
    found.extend(_telegram(settings))
    if settings.require_totp is False:
        warnings.append("HOTLINE_REQUIRE_TOTP=false: staff and partner workers log in with a password only")
    if "*" in settings.forwarded_allow_ips.split(","):
        warnings.append(
            "HOTLINE_FORWARDED_ALLOW_IPS=*: anyone can name their own address and "
            "escape the per-client login throttle; list the proxy's addresses"
        )
    if settings.database_url is None:
        warnings.append(
            "HOTLINE_DATABASE_URL is not set: an embedded PostgreSQL under HOTLINE_DATA_DIR will be used"
        )
    return found, warnings


def _twilio(settings: Settings) -> list[str]:
    token = settings.twilio_auth_token.get_secret_value() if settings.twilio_auth_token else ""
    values = {
        "HOTLINE_TWILIO_ACCOUNT_SID": settings.twilio_account_sid or "",
        "HOTLINE_TWILIO_AUTH_TOKEN": token,
        "HOTLINE_TWILIO_FROM": settings.twilio_from or "",
    }
    if not any(values.values()):
        return []
    found = [f"Twilio is half configured: set {name}" for name, value in values.items() if not value]
    sid = settings.twilio_account_sid or ""
    if sid and not re.fullmatch(r"AC[0-9a-fA-F]{32}", sid):
        found.append("HOTLINE_TWILIO_ACCOUNT_SID is not an account SID (AC followed by 32 hex digits)")
    if token and len(token) < MIN_SECRET:
        found.append(
            f"HOTLINE_TWILIO_AUTH_TOKEN is shorter than {MIN_SECRET} characters "
            "(copy it whole from the Twilio console)"
        )
    return found


def _telegram(settings: Settings) -> list[str]:
    bot = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    secret = settings.telegram_secret_token.get_secret_value() if settings.telegram_secret_token else ""
    if not bot and not secret:
        return []
    found = []
    if not bot:
        found.append("Telegram is half configured: set HOTLINE_TELEGRAM_BOT_TOKEN")
    if not secret:
        found.append("Telegram is half configured: set HOTLINE_TELEGRAM_SECRET_TOKEN")
    elif len(secret) < MIN_SECRET or not _TELEGRAM_SECRET.match(secret):
        found.append(
            f"HOTLINE_TELEGRAM_SECRET_TOKEN needs at least {MIN_SECRET} characters among "
            "A-Z a-z 0-9 _ - (`python -c 'import secrets; print(secrets.token_urlsafe(48))'`)"
        )
    return found
