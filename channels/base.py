"""What every channel adapter shares: the `Channel` protocol and its errors."""

from __future__ import annotations

from typing import Protocol

from app.domain import ChannelKind, OutboundMessage


class ForgedRequest(Exception):
    """The request is not from the provider it claims to be from (answered 403)."""


class MalformedPayload(Exception):
    """The payload cannot be read (answered 400 with the reason)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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


class Channel(Protocol):
    """A messaging provider the outbox can send through."""

    kinds: frozenset[ChannelKind]

    async def send(self, message: OutboundMessage) -> str | None:
        """Send one message: the provider's message id (None if it has no global one),
        or `DeliveryFailed`."""
        ...

    async def close(self) -> None: ...
