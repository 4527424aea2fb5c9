"""Sending SMS and WhatsApp messages with twilio's own `Client`, pointed at `api_base`
(a local fake in tests), each request carrying the outbox's idempotency key."""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Callable
from typing import Any

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client

from app.domain import ChannelKind, OutboundMessage
from channels.base import DeliveryFailed
from channels.twilio.messaging import WHATSAPP_PREFIX

IDEMPOTENCY_HEADER = "I-Twilio-Idempotency-Token"

# Twilio's HTTP client logs request details at DEBUG: keep it quiet whatever the root level.
logging.getLogger("twilio.http_client").setLevel(logging.WARNING)

# The idempotency key of the send in progress, read by the HTTP client in the worker thread.
_idempotency_key: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "twilio_idempotency_key", default=None
)


class _KeyedHttpClient(TwilioHttpClient):  # type: ignore[misc]
    """Twilio's own HTTP client, adding the outbox's idempotency key to every request."""

    def request(
        self,
        method: str,
        url: str,
        params: Any = None,
        data: Any = None,
        headers: dict[str, str] | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> Response:
        key = _idempotency_key.get()
        if key:
            headers = {**(headers or {}), IDEMPOTENCY_HEADER: key}
        return super().request(method, url, params, data, headers, *args, **kwargs)


class TwilioSender:
    """Sends SMS and WhatsApp messages with twilio's `Client`, pointed at `api_base`."""

    kinds = frozenset({ChannelKind.sms, ChannelKind.whatsapp})

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        sender: str,
        api_base: str = "https://api.twilio.com",
        timeout: float = 10.0,
        status_callback: Callable[[str], str] | None = None,
    ) -> None:
        self._client = Client(account_sid, auth_token, http_client=_KeyedHttpClient(timeout=timeout))
        self._client.api.base_url = api_base.rstrip("/")
        self._sender = sender
        self._status_callback = status_callback

    def _arguments(self, message: OutboundMessage) -> dict[str, Any]:
        arguments: dict[str, Any] = {"to": message.address, "body": message.text}
        if self._sender.startswith("MG"):
            arguments["messaging_service_sid"] = self._sender
        elif message.address.startswith(WHATSAPP_PREFIX) and not self._sender.startswith(WHATSAPP_PREFIX):
            arguments["from_"] = WHATSAPP_PREFIX + self._sender
        else:
            arguments["from_"] = self._sender
        if self._status_callback is not None:
            arguments["status_callback"] = self._status_callback(message.idempotency_key)
        return arguments

    def _send_blocking(self, message: OutboundMessage) -> str:
        created = self._client.messages.create(**self._arguments(message))
        return str(created.sid)

    async def send(self, message: OutboundMessage) -> str | None:
        token = _idempotency_key.set(message.idempotency_key)
        try:
            return await asyncio.to_thread(self._send_blocking, message)
        except TwilioRestException as exc:
            code = f"_{exc.code}" if isinstance(exc.code, int) else ""
            if exc.status == 429 or exc.status >= 500:
                raise DeliveryFailed(f"twilio_http_{exc.status}{code}", retry=True) from None
            raise DeliveryFailed(f"twilio_rejected_{exc.status}{code}", retry=False) from None
        except requests.exceptions.ReadTimeout:
            raise DeliveryFailed("provider_timeout", retry=False, unknown=True) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout):
            raise DeliveryFailed("provider_unreachable", retry=True) from None
        finally:
            _idempotency_key.reset(token)

    async def close(self) -> None:
        return None
