"""Telegram updates: the webhook's secret token, checked in constant time, and a Bot API
`Update` (decoded with python-telegram-bot's `Update.de_json`) into an `InboundMessage`."""

from __future__ import annotations

import hmac
import logging
from typing import Any

from telegram import Update

from app.domain import ChannelKind, InboundMessage
from channels.base import ForgedRequest, MalformedPayload

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


def _note(message: Any) -> str:
    kinds = [
        name
        for name in (
            "photo",
            "video",
            "voice",
            "audio",
            "document",
            "sticker",
            "location",
            "contact",
            "video_note",
            "animation",
        )
        if getattr(message, name, None)
    ]
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


def _check_message(message: Any) -> None:
    """The fields intake reads, with the types the Bot API gives them; 400 otherwise."""
    chat = message.chat
    if chat is None or not isinstance(chat.id, int) or not isinstance(chat.type, str):
        raise MalformedPayload("a message needs a chat with an integer id and a type")
    for name in ("text", "caption"):
        if not isinstance(getattr(message, name), str | None):
            raise MalformedPayload(f"message {name} is not a string")


def _language(code: object) -> str | None:
    """The first two letters of the user's language code, if they are letters."""
    if not isinstance(code, str) or len(code) < 2 or not code[:2].isascii() or not code[:2].isalpha():
        return None
    return code[:2].lower()


def parse_update(data: object) -> InboundMessage | None:
    """A Bot API `Update`; None for what the hotline ignores (groups, edits, bots...)."""
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise MalformedPayload("an update is a JSON object with an integer update_id")
    try:
        update = Update.de_json(data, None)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:  # a date past time_t
        raise MalformedPayload("not a Telegram update") from exc
    message = update.message
    if message is None:
        return None
    _check_message(message)
    if message.chat.type != "private":
        return None
    if message.from_user is not None and message.from_user.is_bot is True:
        return None
    text = message.text or message.caption or ""
    command, chosen = _command(text.strip())
    note = _note(message)
    body = "\n".join(part for part in (text, note) if part) or "[no text]"
    user_language = message.from_user.language_code if message.from_user else None
    language = chosen or _language(user_language)
    return InboundMessage(
        channel=ChannelKind.telegram,
        address=str(message.chat.id),
        text=body[:MAX_TEXT],
        provider_id=str(update.update_id),
        received_at=message.date,
        language_hint=language,
        command=command,
    )
