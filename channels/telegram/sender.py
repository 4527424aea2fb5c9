"""Sending with python-telegram-bot's `Bot`, whose `base_url` points at
`HOTLINE_TELEGRAM_API_BASE` + `/bot` (a local fake in tests)."""

from __future__ import annotations

from telegram import Bot
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

from app.domain import ChannelKind, OutboundMessage
from channels.base import DeliveryFailed


class TelegramSender:
    """Sends with python-telegram-bot's `Bot` against `api_base` (the server root)."""

    kinds = frozenset({ChannelKind.telegram})

    def __init__(
        self, *, token: str, api_base: str = "https://api.telegram.org", timeout: float = 10.0
    ) -> None:
        request = HTTPXRequest(
            connect_timeout=timeout, read_timeout=timeout, write_timeout=timeout, pool_timeout=timeout
        )
        self.bot = Bot(
            token, base_url=f"{api_base.rstrip('/')}/bot", request=request, get_updates_request=HTTPXRequest()
        )

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
