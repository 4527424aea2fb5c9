"""Twilio SMS and WhatsApp: `POST /channels/twilio/sms` and `POST /channels/twilio/status`.

Pure helpers (no database): read a Twilio form body, check `X-Twilio-Signature` with
Twilio's own `RequestValidator` against the public URL, turn the form into an
`InboundMessage` or a delivery report, and `TwilioChannel` to send through the REST API.
WhatsApp runs over the same API: its addresses carry a `whatsapp:` prefix.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from app.domain import ChannelKind, InboundMessage, OutboundMessage
from channels.base import DeliveryFailed, ForgedRequest, MalformedPayload

SMS_PATH = "/channels/twilio/sms"
STATUS_PATH = "/channels/twilio/status"
SIGNATURE_HEADER = "X-Twilio-Signature"
IDEMPOTENCY_HEADER = "I-Twilio-Idempotency-Token"
WHATSAPP_PREFIX = "whatsapp:"
MAX_MEDIA = 10
MAX_TEXT = 4000

FormParams = dict[str, str | list[str]]

# Twilio's HTTP client logs request details at DEBUG: keep it quiet whatever the root level.
logging.getLogger("twilio.http_client").setLevel(logging.WARNING)


def read_form(body: bytes) -> FormParams:
    """An `application/x-www-form-urlencoded` body as RequestValidator expects it."""
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError as exc:
        raise MalformedPayload("body is not UTF-8") from exc
    params: FormParams = {}
    for name, value in pairs:
        current = params.get(name)
        if current is None:
            params[name] = value
        elif isinstance(current, list):
            current.append(value)
        else:
            params[name] = [current, value]
    return params


def webhook_url(public_url: str, path: str, query: str = "") -> str:
    """The URL Twilio signed: the public one, whatever the proxy in front rewrote."""
    url = public_url.rstrip("/") + path
    return f"{url}?{query}" if query else url


def verify_signature(auth_token: str, url: str, params: Mapping[str, Any], signature: str | None) -> None:
    """Raise `ForgedRequest` unless Twilio signed exactly this URL and these parameters."""
    if not signature or not RequestValidator(auth_token).validate(url, dict(params), signature):
        raise ForgedRequest("X-Twilio-Signature does not match")


def _single(params: Mapping[str, str | list[str]], name: str) -> str:
    value = params.get(name, "")
    if isinstance(value, list):
        raise MalformedPayload(f"{name} given more than once")
    return value


def _media_note(params: Mapping[str, str | list[str]]) -> str:
    """`[media: 2 (image/jpeg, audio/ogg)]`: count and types only, the media is never fetched."""
    raw = _single(params, "NumMedia") or "0"
    if not raw.isdigit():
        raise MalformedPayload("NumMedia is not a number")
    count = int(raw)
    if count == 0:
        return ""
    types = []
    for index in range(min(count, MAX_MEDIA)):
        kind = _single(params, f"MediaContentType{index}")[:64]
        types.append(kind if kind and all(ch.isalnum() or ch in "/.+-" for ch in kind) else "unknown")
    return f"[media: {count} ({', '.join(types)})]"


def parse_inbound(params: Mapping[str, str | list[str]]) -> InboundMessage:
    sid = _single(params, "MessageSid") or _single(params, "SmsSid")
    sender = _single(params, "From").strip()
    if not sid or len(sid) > 64:
        raise MalformedPayload("MessageSid is missing")
    if not sender:
        raise MalformedPayload("From is missing")
    channel = ChannelKind.whatsapp if sender.startswith(WHATSAPP_PREFIX) else ChannelKind.sms
    body = _single(params, "Body")
    note = _media_note(params)
    text = "\n".join(part for part in (body, note) if part) or "[no text]"
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    return InboundMessage(channel=channel, address=sender, text=text, provider_id=sid)


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """A status callback: which outbound message, and what became of it."""

    provider_id: str
    status: str
    error_code: str | None


KNOWN_STATUSES = frozenset(
    {"accepted", "scheduled", "queued", "sending", "sent", "delivered", "undelivered", "failed",
     "read", "receiving", "received", "canceled"}
)


def parse_status(params: Mapping[str, str | list[str]]) -> DeliveryReport:
    sid = _single(params, "MessageSid") or _single(params, "SmsSid")
    status = (_single(params, "MessageStatus") or _single(params, "SmsStatus")).lower()
    if not sid or len(sid) > 64:
        raise MalformedPayload("MessageSid is missing")
    if status not in KNOWN_STATUSES:
        raise MalformedPayload("MessageStatus is missing or unknown")
    code = _single(params, "ErrorCode")
    return DeliveryReport(sid, status, code if code.isdigit() else None)


# The idempotency key of the send in progress, read by the HTTP client in the worker thread.
_idempotency_key: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "twilio_idempotency_key", default=None
)


class _KeyedHttpClient(TwilioHttpClient):  # type: ignore[misc]
    """Twilio's own HTTP client, adding the outbox's idempotency key to every request."""

    def request(
        self, method: str, url: str, params: Any = None, data: Any = None,
        headers: dict[str, str] | None = None, *args: Any, **kwargs: Any,
    ) -> Response:
        key = _idempotency_key.get()
        if key:
            headers = {**(headers or {}), IDEMPOTENCY_HEADER: key}
        return super().request(method, url, params, data, headers, *args, **kwargs)


class TwilioChannel:
    """Sends SMS and WhatsApp messages with twilio's `Client`, pointed at `api_base`."""

    kinds = frozenset({ChannelKind.sms, ChannelKind.whatsapp})

    def __init__(
        self, *, account_sid: str, auth_token: str, sender: str,
        api_base: str = "https://api.twilio.com", timeout: float = 10.0,
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
