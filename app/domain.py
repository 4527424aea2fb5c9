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


class CallStep(StrEnum):
    """A step of a phone call's timeline (the `call_events` rows; see app/calls/)."""

    ringing = "ringing"
    language = "language"  # the caller chose a language
    danger = "danger"  # the caller pressed the "in danger now" key
    waiting = "waiting"  # in the queue
    ringing_operator = "ringing_operator"  # an operator asked to answer on their phone
    operator_missed = "operator_missed"  # the operator's phone did not answer: back to waiting
    answered = "answered"
    transferred = "transferred"  # a partner's line added to the call (warm transfer)
    interpreter = "interpreter"  # an interpreter's line added to the call
    operator_left = "operator_left"  # the operator left after the introduction
    overflow = "overflow"  # nobody answered in time: sent to an open partner line
    unanswered = "unanswered"  # nobody answered in time and no partner line: safety information
    text_accepted = "text_accepted"  # after safety information, the caller pressed 1 for a text
    text_declined = "text_declined"  # offered a text, the caller pressed another key or nothing
    ended = "ended"
    abandoned = "abandoned"  # the caller hung up before anyone answered


class Prompt(StrEnum):
    """The spoken prompts of the voice line (their words: app/calls/prompts.py)."""

    greeting = "greeting"
    language_option = "language_option"  # %(key)s
    danger_option = "danger_option"  # %(key)s
    danger_noted = "danger_noted"
    hold = "hold"
    position = "position"  # %(position)s
    still_waiting = "still_waiting"
    connecting = "connecting"  # to the operator, on their own phone
    goodbye = "goodbye"
    overflow = "overflow"  # before the call goes to a partner's line
    safety_information = "safety_information"  # nobody could answer
    text_offer = "text_offer"  # %(key)s: a text message with the numbers, only on that key
    text_sent = "text_sent"  # the caller asked for the text: it is on its way


@dataclass(frozen=True, slots=True)
class CallUpdate:
    """What a voice adapter reports about a call, identified by the provider's call id.

    `address` (the caller's number) only with `ringing`: pseudonymised and vaulted like a
    message sender's, then forgotten. `leg` is the operator leg's call id with `answered`.
    An operator answering from the browser phone names the conversation (`conversation_id`,
    `call_sid` empty) and themselves (`operator_id`, from the identity of their access token).
    """

    call_sid: str
    step: CallStep
    address: str | None = None
    language: str | None = None
    leg: str | None = None
    outcome: str | None = None
    operator_id: int | None = None
    conversation_id: str | None = None


@dataclass(frozen=True, slots=True)
class CallState:
    """A call as the core knows it: ids and codes, never the number."""

    call_id: int
    call_sid: str
    conversation_id: str
    status: str
    language: str | None
    emergency: bool
    operator_leg: str | None = None


@dataclass(frozen=True, slots=True)
class Overflow:
    """Where a call nobody can answer goes: a partner's line (`number`), or safety
    information, then a text follow-up offered only when `text_offer` (a number that can
    receive one)."""

    number: str | None
    text_offer: bool = False


class Calls(Protocol):
    """What a voice channel needs from the core: the call's timeline and its words."""

    async def record_call(self, update: CallUpdate) -> CallState | None:
        """Record a step (idempotent); None for a call the core never saw (a late callback)."""
        ...

    async def overflow(self, call_sid: str, *, closed: bool = False) -> Overflow:
        """Nobody answered in time (or, `closed`, the line is out of its hours): the best
        partner line open now for the caller's language (the step is recorded), or none
        (`unanswered`: safety information, and whether a text may be offered)."""
        ...

    def line_open(self) -> bool:
        """Within the hotline's own opening hours now (calls wait for an operator)."""
        ...

    async def text_follow_up(self, call_sid: str, *, agreed: bool, callback_number: str | None) -> bool:
        """The caller's answer to the text offer, on the call's timeline; on `agreed` a short
        text with the numbers goes out to their number (the outbox). True when it was queued."""
        ...

    def call_languages(self) -> list[str]:
        """The languages the line offers, in menu order (each has spoken prompts)."""
        ...

    def call_prompt(self, prompt: Prompt, *, language: str, **values: str) -> str:
        """A spoken prompt in `language` (the caller catalogues), its placeholders filled."""
        ...


class CallControl(Protocol):
    """What the app asks of a voice provider: ring an operator's phone into a call, or let
    their browser phone answer."""

    def browser_token(self, *, operator_id: int) -> str | None:
        """A short-lived access token for the operator's browser phone; None when the
        browser phone is not configured."""
        ...

    async def ring_operator(self, *, call_sid: str, phone: str) -> str:
        """Call `phone`; once answered it is bridged to the caller. The new leg's call id,
        or `DeliveryFailed` (channels.base)."""
        ...

    async def add_to_conference(self, *, call_sid: str, number: str) -> str:
        """Dial a partner's or an interpreter's line into the answered call (a warm transfer)."""
        ...

    async def leave_conference(self, *, call_sid: str, leg: str) -> None:
        """The operator's leg `leg` leaves the call; the others go on talking."""
        ...


class Core(Intake, Delivery, LiveChat, Calls, Protocol):
    """The whole interface the app passes to every adapter's router factory."""
