"""Telegram: `POST /channels/telegram/webhook`, python-telegram-bot in webhook mode.

No polling: Telegram posts each update to the webhook with the secret token it was
given at `setWebhook` in `X-Telegram-Bot-Api-Secret-Token`, checked in constant time.
Updates are decoded with python-telegram-bot's `Update.de_json`; replies are sent with
its `Bot`, whose `base_url` points at `HOTLINE_TELEGRAM_API_BASE` + `/bot`.
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from typing import Any

from telegram import Bot, Update
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from app.domain import ChannelKind, InboundMessage, OutboundMessage
from channels.base import DeliveryFailed, ForgedRequest, MalformedPayload

WEBHOOK_PATH = "/channels/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
LANGUAGE_COMMANDS = ("fr", "en", "es")
MAX_TEXT = 4000

# httpx logs every request URL at INFO, and a Bot API URL holds the bot token.
for _name in ("httpx", "httpcore", "telegram"):
    logging.getLogger(_name).setLevel(logging.WARNING)


def verify_secret(expected: str, received: str | None) -> None:
    """Constant-time comparison of the webhook's secret token."""
    if not received or not hmac.compare_digest(expected.encode(), received.encode()):
        raise ForgedRequest("X-Telegram-Bot-Api-Secret-Token does not match")


@dataclass(frozen=True, slots=True)
class TelegramInbound:
    """A private text message from a Telegram user, and what it asks for."""

    message: InboundMessage
    command: str | None       # "start" or "language"; None for an ordinary message
    language: str | None      # chosen (`/start en`, `/en`) or the app's language of the user


def _note(message: Any) -> str:
    kinds = [name for name in ("photo", "video", "voice", "audio", "document", "sticker", "location",
                               "contact", "video_note", "animation") if getattr(message, name, None)]
    return f"[media: {', '.join(kinds)}]" if kinds else ""


def _command(text: str) -> tuple[str | None, str | None]:
    if not text.startswith("/"):
        return None, None
    head, _, rest = text[1:].partition(" ")
    name = head.split("@", 1)[0].lower()
    argument = rest.strip().lower()[:8] or None
    if name == "start":
        return "start", argument if argument in LANGUAGE_COMMANDS else None
    if name in LANGUAGE_COMMANDS:
        return "language", name
    if name in ("lang", "language") and argument in LANGUAGE_COMMANDS:
        return "language", argument
    return None, None


def parse_update(data: object) -> TelegramInbound | None:
    """A Bot API `Update`; None for what the hotline ignores (groups, edits, bots...)."""
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise MalformedPayload("an update is a JSON object with an integer update_id")
    try:
        update = Update.de_json(data, None)
    except (KeyError, TypeError, ValueError) as exc:
        raise MalformedPayload("not a Telegram update") from exc
    message = update.message
    if message is None or message.chat.type != "private":
        return None
    if message.from_user is not None and message.from_user.is_bot:
        return None
    text = message.text or message.caption or ""
    command, chosen = _command(text.strip())
    note = _note(message)
    body = "\n".join(part for part in (text, note) if part) or "[no text]"
    user_language = message.from_user.language_code if message.from_user else None
    language = chosen or (user_language[:2].lower() if user_language else None)
    inbound = InboundMessage(
        channel=ChannelKind.telegram,
        address=str(message.chat.id),
        text=body[:MAX_TEXT],
        provider_id=str(update.update_id),
        received_at=message.date,
        language_hint=language,
    )
    return TelegramInbound(inbound, command, language)


class TelegramChannel:
    """Sends with python-telegram-bot's `Bot` against `api_base` (the server root)."""

    kinds = frozenset({ChannelKind.telegram})

    def __init__(self, *, token: str, api_base: str = "https://api.telegram.org",
                 timeout: float = 10.0) -> None:
        request = HTTPXRequest(connect_timeout=timeout, read_timeout=timeout, write_timeout=timeout,
                               pool_timeout=timeout)
        self.bot = Bot(token, base_url=f"{api_base.rstrip('/')}/bot", request=request,
                       get_updates_request=HTTPXRequest())

    async def _ready(self) -> Bot:
        await self.bot.initialize()
        return self.bot

    async def send(self, message: OutboundMessage) -> str | None:
        try:
            bot = await self._ready()
            await bot.send_message(chat_id=int(message.address), text=message.text)
        except RetryAfter:
            raise DeliveryFailed("telegram_rate_limited", retry=True) from None
        except TimedOut:
            raise DeliveryFailed("provider_timeout", retry=False, unknown=True) from None
        except Forbidden:
            raise DeliveryFailed("telegram_forbidden_bot_blocked", retry=False) from None
        except (BadRequest, InvalidToken) as exc:
            raise DeliveryFailed(f"telegram_rejected_{type(exc).__name__}", retry=False) from None
        except NetworkError:
            raise DeliveryFailed("provider_unreachable", retry=True) from None
        except TelegramError:
            raise DeliveryFailed("telegram_error", retry=True) from None
        # A Telegram message id is only unique within its chat: none is kept.
        return None

    async def set_webhook(self, url: str, secret_token: str) -> bool:
        bot = await self._ready()
        return await bot.set_webhook(url=url, secret_token=secret_token, allowed_updates=["message"])

    async def close(self) -> None:
        await self.bot.shutdown()
