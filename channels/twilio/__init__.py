"""Twilio: SMS and WhatsApp webhooks, status callbacks and the sender; the voice line
(`channels.twilio.voice`) and the calls it places."""

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
from channels.twilio.voice import routes as voice_routes
from channels.twilio.voice.rest import BrowserPhone, TwilioCalls


class TwilioAdapter:
    name = "twilio"

    def __init__(self, config: TwilioConfig) -> None:
        self.config = config
        self.calls = self._calls()

    def _calls(self) -> TwilioCalls | None:
        config = self.config
        if not (config.twilio_account_sid and config.twilio_auth_token):
            return None
        browser = None
        if config.twilio_api_key_sid and config.twilio_api_key_secret and config.twilio_twiml_app_sid:
            browser = BrowserPhone(
                config.twilio_api_key_sid,
                config.twilio_api_key_secret.get_secret_value(),
                config.twilio_twiml_app_sid,
            )
        return TwilioCalls(
            account_sid=config.twilio_account_sid,
            auth_token=config.twilio_auth_token.get_secret_value(),
            caller_id=config.voice_caller_id,
            public_url=config.public_url,
            api_base=config.twilio_api_base,
            timeout=config.outbox_send_timeout_seconds,
            ring_seconds=config.twilio_voice_ring_seconds,
            browser=browser,
        )

    def build_router(self, core: Core) -> APIRouter:
        router = routes.build_router(self.config, core)
        router.include_router(voice_routes.build_router(self.config, core, self.calls))
        return router

    def build_call_control(self) -> TwilioCalls | None:
        return self.calls

    def build_sender(self) -> TwilioSender | None:
        config = self.config
        if not (config.twilio_account_sid and config.twilio_auth_token and config.twilio_from):
            return None
        status_url = webhook_url(config.public_url, STATUS_PATH)
        return TwilioSender(
            account_sid=config.twilio_account_sid,
            auth_token=config.twilio_auth_token.get_secret_value(),
            sender=config.twilio_from,
            api_base=config.twilio_api_base,
            timeout=config.outbox_send_timeout_seconds,
            # The idempotency key in the callback URL finds the message even before the
            # provider's id is recorded.
            status_callback=lambda key: f"{status_url}?k={key}",
        )


def adapter(settings: Mapping[str, Any]) -> ChannelAdapter:
    return TwilioAdapter(TwilioConfig.model_validate(settings))
