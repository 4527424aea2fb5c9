"""Twilio: SMS and WhatsApp webhooks, status callbacks and the sender (voice joins here)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter

from app.domain import Core
from channels.base import ChannelAdapter
from channels.twilio import routes
from channels.twilio.config import TwilioConfig
from channels.twilio.messaging import STATUS_PATH
from channels.twilio.sender import TwilioSender
from channels.twilio.signature import webhook_url


class TwilioAdapter:
    name = "twilio"

    def __init__(self, config: TwilioConfig) -> None:
        self.config = config

    def build_router(self, core: Core) -> APIRouter:
        return routes.build_router(self.config, core)

    def build_sender(self) -> TwilioSender | None:
        config = self.config
        if not (config.twilio_account_sid and config.twilio_auth_token and config.twilio_from):
            return None
        status_url = webhook_url(config.public_url, STATUS_PATH)
        return TwilioSender(
            account_sid=config.twilio_account_sid,
            auth_token=config.twilio_auth_token.get_secret_value(),
            sender=config.twilio_from, api_base=config.twilio_api_base,
            timeout=config.outbox_send_timeout_seconds,
            # The idempotency key in the callback URL finds the message even before the
            # provider's id is recorded.
            status_callback=lambda key: f"{status_url}?k={key}",
        )


def adapter(settings: Mapping[str, Any]) -> ChannelAdapter:
    return TwilioAdapter(TwilioConfig.model_validate(settings))
