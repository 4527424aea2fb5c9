"""The core's public interface for channel adapters: messages in and out, receipts, and the
`Core` protocol an adapter calls. No ORM, no settings, no FastAPI, no provider names.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
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
    whisper = "whsp"  # a supervisor's private note to the operator who owns the conversation


class RateLimited(Exception):
    """Flood control refused a frame or a message: nothing was stored. `retry_after` is the
    wait in seconds; `text` tells the visitor so, in their language."""

    def __init__(self, retry_after: int, text: str) -> None:
        super().__init__(f"rate limited for {retry_after} s")
        self.retry_after = retry_after
        self.text = text


class StorageUnavailable(Exception):
    """The core could not store what it was given: the adapter answers 503 (or tells the
    visitor the message was not sent), and the provider delivers it again later."""


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """What a channel adapter hands to intake: the address is used, then forgotten.

    `command` is a channel command the caller sent ("start", "language"); `language_hint`
    the language the caller chose or their app's language.
    """

    channel: ChannelKind
    address: str
    text: str
    provider_id: str | None = None
    received_at: datetime | None = None
    language_hint: str | None = None
    command: str | None = None


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    channel: ChannelKind
    address: str
    text: str
    idempotency_key: str


@dataclass(frozen=True, slots=True)
class Accepted:
    """Intake's receipt: ids only, and whether the conversation waits for an operator
    (no one has taken it yet)."""

    conversation_id: str
    message_id: int
    duplicate: bool
    waiting: bool = False


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """A provider's status callback: which outbound message, and what became of it.

    `key` is the outbox idempotency key the callback URL carried, when it carried one.
    """

    provider_id: str
    status: str
    error_code: str | None
    key: str | None = None


@dataclass(frozen=True, slots=True)
class ChatLine:
    """One line of a web chat as the visitor sees it (never a note, never triage)."""

    id: int
    direction: str
    text: str
    at: str


class NoticeKind(StrEnum):
    """What the chat page tells the visitor beside the messages (never stored)."""

    waiting = "waiting"  # the message reached the hotline; no one has taken it yet
    typing = "typing"  # an operator is writing a reply
    closed = "closed"  # the hotline closed the conversation


@dataclass(frozen=True, slots=True)
class ChatNotice:
    kind: NoticeKind
    text: str


@dataclass
class ChatSession:
    """A web chat visitor's session: their token, the conversations they may read, and the
    language of their page (for notices)."""

    token: str
    resumed: bool
    history: list[ChatLine] = field(default_factory=list)
    conversation_ids: set[str] = field(default_factory=set)
    language: str | None = None


class Intake(Protocol):
    """What every channel hands its messages to."""

    async def receive(self, inbound: InboundMessage) -> Accepted:
        """Store one inbound message (idempotent on its provider id), or raise
        `StorageUnavailable`; a returned receipt means it is committed."""
        ...


class Delivery(Protocol):
    """What a channel reports about the messages the outbox sent through it."""

    async def record_delivery(self, report: DeliveryReport) -> None: ...


class LiveChat(Protocol):
    """What a live, session-based channel (the web chat) needs beyond intake."""

    async def open_chat(self, token: str) -> ChatSession: ...

    async def admit_frame(self, connection_id: str, *, language: str | None) -> None:
        """Count one frame of a chat socket; `RateLimited` past the per-socket rate."""
        ...

    async def receive_chat(
        self, session: ChatSession, *, text: str, client_id: str, language: str | None
    ) -> Accepted:
        """Store one visitor message; `RateLimited` past the session's rate."""
        ...

    def chat_notice(self, kind: NoticeKind, *, language: str | None) -> ChatNotice: ...

    def chat_replies(self, session: ChatSession) -> AsyncIterator[ChatLine | ChatNotice]: ...


class Core(Intake, Delivery, LiveChat, Protocol):
    """The whole interface the app passes to every adapter's router factory."""
