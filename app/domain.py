"""Domain types shared with the channel adapters. No ORM, no settings, no FastAPI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol


class ChannelKind(StrEnum):
    webchat = "webchat"
    sms = "sms"
    whatsapp = "whatsapp"
    telegram = "telegram"
    voice = "voice"


class Direction(StrEnum):
    inbound = "in"
    outbound = "out"
    note = "note"


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """What a channel adapter hands to intake: the address is used, then forgotten."""

    channel: ChannelKind
    address: str
    text: str
    provider_id: str | None = None
    received_at: datetime | None = None
    language_hint: str | None = None


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    channel: ChannelKind
    address: str
    text: str
    idempotency_key: str


@dataclass(frozen=True, slots=True)
class Accepted:
    """Intake's receipt: ids only."""

    conversation_id: str
    message_id: int
    duplicate: bool


class Intake(Protocol):
    async def __call__(self, message: InboundMessage) -> Accepted: ...
