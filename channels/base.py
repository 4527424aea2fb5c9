"""What every channel adapter shares: its protocols, its errors and their one mapping to
HTTP answers, and a body reader that stops at a size limit while reading.

An adapter package (`channels/twilio/`, `channels/telegram/`, `channels/webchat/`) offers
`adapter(settings) -> ChannelAdapter`; the app registers it with one line in
`app/channel_registry.py` and passes the core's interface (`app.domain.Core`) to its
router factory. Adapters never read the environment and never import the app's internals.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from starlette.requests import ClientDisconnect

from app.domain import CallControl, ChannelKind, Core, OutboundMessage, StorageUnavailable

__all__ = [
    "AdapterFactory",
    "ChannelAdapter",
    "ChannelNotConfigured",
    "Core",
    "DeliveryFailed",
    "ForgedRequest",
    "MalformedPayload",
    "PayloadTooLarge",
    "Sender",
    "StorageUnavailable",
    "read_body",
    "refusal",
]

# Provider webhooks are a few KB; anything larger is refused while it is being read.
WEBHOOK_MAX_BODY = 64 * 1024


class ForgedRequest(Exception):
    """The request is not from the provider it claims to be from (answered 403)."""


class MalformedPayload(Exception):
    """The payload cannot be read (answered 400 with the reason)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PayloadTooLarge(Exception):
    """The body passed the adapter's limit (answered 413)."""


class ChannelNotConfigured(Exception):
    """The channel has no credentials in this deployment (answered 503)."""

    def __init__(self, channel: str) -> None:
        super().__init__(f"{channel} is not configured")
        self.channel = channel


class DeliveryFailed(Exception):
    """A send did not go through.

    `reason` is a short code and a provider error number, never a text or an address.
    `retry` says whether trying again later may succeed (rate limit, outage, network).
    `unknown` says the provider may have accepted it (no answer in time): the outbox does
    not repeat such a send on its own, it shows it as failed and lets an operator decide.
    """

    def __init__(self, reason: str, *, retry: bool, unknown: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason[:200]
        self.retry = retry and not unknown
        self.unknown = unknown


class Sender(Protocol):
    """A messaging provider the outbox can send through."""

    kinds: frozenset[ChannelKind]

    async def send(self, message: OutboundMessage) -> str | None:
        """Send one message: the provider's message id (None if it has no global one),
        or `DeliveryFailed`."""
        ...

    async def close(self) -> None: ...


class ChannelAdapter(Protocol):
    """One provider: its routes and, when configured, its sender."""

    name: str

    def build_router(self, core: Core) -> APIRouter: ...

    def build_sender(self) -> Sender | None: ...

    def build_call_control(self) -> CallControl | None:
        """A voice provider's calls the app can place (an operator's phone), when configured."""
        ...


class AdapterFactory(Protocol):
    """`adapter(settings)`: settings are the app's values by name (`HOTLINE_` stripped)."""

    def __call__(self, settings: Mapping[str, Any]) -> ChannelAdapter: ...


def refusal(exc: Exception) -> Response:
    """The one mapping from an adapter's errors to an HTTP answer: reasons, never values."""
    if isinstance(exc, ForgedRequest):
        return PlainTextResponse("signature does not match", status_code=403)
    if isinstance(exc, MalformedPayload):
        return PlainTextResponse(exc.reason, status_code=400)
    if isinstance(exc, PayloadTooLarge):
        return PlainTextResponse("request too large", status_code=413)
    if isinstance(exc, ChannelNotConfigured):
        return PlainTextResponse(str(exc), status_code=503)
    if isinstance(exc, StorageUnavailable):
        return PlainTextResponse("storage unavailable, retry later", status_code=503)
    raise exc


async def read_body(request: Request, limit: int = WEBHOOK_MAX_BODY) -> bytes:
    """The request body, refused with `PayloadTooLarge` as soon as it passes `limit`
    (a declared Content-Length is checked before anything is read)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge()
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise PayloadTooLarge()
            chunks.append(chunk)
    except ClientDisconnect:  # gone, or cut off by the app's own body limit (already answered 413)
        raise PayloadTooLarge() from None
    return b"".join(chunks)
