"""Telegram: the bot's webhook inside our own ASGI app, and its sender."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter

from app.domain import CallControl, Core
from channels.base import ChannelAdapter
from channels.telegram import routes
from channels.telegram.config import TelegramConfig
from channels.telegram.sender import TelegramSender
from channels.telegram.updates import WEBHOOK_PATH


class TelegramAdapter:
    name = "telegram"

    def __init__(self, config: TelegramConfig) -> None:
        self.config = config

    @property
    def webhook_url(self) -> str:
        return self.config.public_url.rstrip("/") + WEBHOOK_PATH

    def build_router(self, core: Core) -> APIRouter:
        return routes.build_router(self.config, core)

    def build_call_control(self) -> CallControl | None:
        return None

    def build_sender(self) -> TelegramSender | None:
        if self.config.telegram_bot_token is None:
            return None
        return TelegramSender(
            token=self.config.telegram_bot_token.get_secret_value(),
            api_base=self.config.telegram_api_base,
            timeout=self.config.outbox_send_timeout_seconds,
        )


def adapter(settings: Mapping[str, Any]) -> ChannelAdapter:
    return TelegramAdapter(TelegramConfig.model_validate(settings))
