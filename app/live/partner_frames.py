"""The frames of `WS /partner/referrals/{id}/live`, the partner worker's live view of a referred
conversation, as Pydantic models. One JSON object per text frame, server to worker only;
`/openapi.json` publishes them as `PartnerChatFrame` (components.schemas)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter

from app.conversations.schemas import MessageRead, ReadModel, Timestamp


class ShareEnded(StrEnum):
    """Why the worker no longer sees the conversation's lines."""

    left = "left"  # the worker left, or was made to leave (another worker joined)
    conversation_closed = "conversation_closed"  # the person's conversation was closed
    consent_ended = "consent_ended"  # revoked, or its end date passed
    referral_ended = "referral_ended"  # completed, cancelled, declined, expired...


class PartnerHelloFrame(ReadModel):
    type: Literal["hello"] = "hello"
    after: int = Field(description="Lines with an id above this one follow, then live lines.")


class PartnerLineFrame(ReadModel):
    """One line the worker may read: since they joined, redacted, never a note (the polling
    endpoint's `lines` item)."""

    type: Literal["line"] = "line"
    id: int
    direction: str = Field(description='"in" (the person) or "out" (the hotline and the worker)')
    text: str
    at: Timestamp


class PartnerPingFrame(ReadModel):
    type: Literal["ping"] = "ping"


class PartnerClosedFrame(ReadModel):
    """The last frame: the server then closes the socket (1000)."""

    type: Literal["closed"] = "closed"
    reason: ShareEnded


PartnerChatFrame = Annotated[
    PartnerHelloFrame | PartnerLineFrame | PartnerPingFrame | PartnerClosedFrame,
    Field(discriminator="type"),
]
PARTNER_CHAT_FRAME: TypeAdapter[PartnerChatFrame] = TypeAdapter(PartnerChatFrame)


def line_frame(message: MessageRead) -> PartnerLineFrame:
    return PartnerLineFrame(
        id=message.id, direction=message.direction.value, text=message.text, at=message.at
    )


def json_schema(ref_template: str) -> dict[str, Any]:
    """`PartnerChatFrame` as a JSON Schema, its models as `$defs` referenced by `ref_template`."""
    return PARTNER_CHAT_FRAME.json_schema(ref_template=ref_template, mode="serialization")
