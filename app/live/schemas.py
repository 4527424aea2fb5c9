"""Live events: the payload of each event kind and the frames of `WS /console/ws`.

An event's payload is a discriminated union on `kind` carrying the same read models the
JSON API returns (`ConversationRead`, `MessageRead`). The `events` row keeps the kind in a
column of its own and the rest of the payload, `model_dump(mode="json")`, in `payload`.

The console socket sends `ConsoleFrame`s, one JSON object per text frame, told apart by
`type`: `hello` (once, with the cursor replay starts from), `event` (an event: its `id`,
`kind`, `conversation_id` and the payload's fields beside them), `ping` (heartbeat) and
`resync` (the console fell behind and must reload). OpenAPI has no websocket operations,
so `app.api.openapi_document` publishes `ConsoleFrame` and every frame model under
`components.schemas` of `/openapi.json`.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter

from app.conversations.schemas import ConversationRead, MessageRead, ReadModel, StaffRead
from app.referrals.schemas import ReferralRead


class EventKind(StrEnum):
    conversation_created = "conversation.created"
    conversation_updated = "conversation.updated"
    message_created = "message.created"
    message_updated = "message.updated"  # delivery status of an outbound message
    queue_held = "queue.held"  # flood control: the count of held web chats changed
    referral_updated = "referral.updated"  # a referral was made or changed state
    whisper_created = "whisper.created"  # a supervisor's private note; staff only, never callers
    staff_updated = "staff.updated"  # a staff member's presence, load or activation changed


class ConversationCreated(ReadModel):
    kind: Literal[EventKind.conversation_created] = EventKind.conversation_created
    conversation: ConversationRead


class ConversationUpdated(ReadModel):
    kind: Literal[EventKind.conversation_updated] = EventKind.conversation_updated
    conversation: ConversationRead


class MessageCreated(ReadModel):
    kind: Literal[EventKind.message_created] = EventKind.message_created
    message: MessageRead


class MessageUpdated(ReadModel):
    kind: Literal[EventKind.message_updated] = EventKind.message_updated
    message: MessageRead


class QueueHeld(ReadModel):
    """Flood control: how many new web chats wait outside the queue, and what changed."""

    kind: Literal[EventKind.queue_held] = EventKind.queue_held
    held: int = Field(description="Web chats held now.")
    released: int = Field(default=0, description="Held chats just released into the queue.")
    closed: list[uuid.UUID] = Field(
        default_factory=list, description="Held conversations just closed together."
    )


class ReferralUpdated(ReadModel):
    kind: Literal[EventKind.referral_updated] = EventKind.referral_updated
    referral: ReferralRead
    alert: bool = Field(
        default=False,
        description="True when the partner's deadline passed: the "
        "console alerts the operator and proposes `referral.proposed_service_id`.",
    )


class WhisperCreated(ReadModel):
    """A supervisor's whisper: sent only to supervisors and to the operator it is for."""

    kind: Literal[EventKind.whisper_created] = EventKind.whisper_created
    message: MessageRead
    to_operator_id: int | None = Field(
        description="The user id of the operator who owned the conversation when it was written."
    )


class StaffUpdated(ReadModel):
    """A staff member's presence or load changed, or they were deactivated (`active` false)."""

    kind: Literal[EventKind.staff_updated] = EventKind.staff_updated
    staff: StaffRead


EventPayload = Annotated[
    ConversationCreated
    | ConversationUpdated
    | MessageCreated
    | MessageUpdated
    | QueueHeld
    | ReferralUpdated
    | WhisperCreated
    | StaffUpdated,
    Field(discriminator="kind"),
]


class _EventFrameFields(ReadModel):
    type: Literal["event"] = "event"
    id: int = Field(description="The event id; reconnect with `?after=<id>` to replay from it.")
    conversation_id: uuid.UUID | None


class ConversationCreatedFrame(ConversationCreated, _EventFrameFields):
    pass


class ConversationUpdatedFrame(ConversationUpdated, _EventFrameFields):
    pass


class MessageCreatedFrame(MessageCreated, _EventFrameFields):
    pass


class MessageUpdatedFrame(MessageUpdated, _EventFrameFields):
    pass


class QueueHeldFrame(QueueHeld, _EventFrameFields):
    pass


class ReferralUpdatedFrame(ReferralUpdated, _EventFrameFields):
    pass


class WhisperCreatedFrame(WhisperCreated, _EventFrameFields):
    pass


class StaffUpdatedFrame(StaffUpdated, _EventFrameFields):
    pass


EventFrame = Annotated[
    ConversationCreatedFrame
    | ConversationUpdatedFrame
    | MessageCreatedFrame
    | MessageUpdatedFrame
    | QueueHeldFrame
    | ReferralUpdatedFrame
    | WhisperCreatedFrame
    | StaffUpdatedFrame,
    Field(discriminator="kind"),
]


class HelloFrame(ReadModel):
    type: Literal["hello"] = "hello"
    last_event_id: int = Field(description="Events after this id follow, replayed then live.")


class PingFrame(ReadModel):
    type: Literal["ping"] = "ping"


class ResyncFrame(ReadModel):
    type: Literal["resync"] = "resync"


# Not a tagged union on `type`: the four event frames share `type: "event"` and OpenAPI's
# discriminator mapping cannot point at a nested union (`EventFrame` is tagged on `kind`).
ConsoleFrame = HelloFrame | PingFrame | ResyncFrame | EventFrame

PAYLOAD: TypeAdapter[EventPayload] = TypeAdapter(EventPayload)
EVENT_FRAME: TypeAdapter[EventFrame] = TypeAdapter(EventFrame)
CONSOLE_FRAME: TypeAdapter[ConsoleFrame] = TypeAdapter(ConsoleFrame)


def console_frame_json_schema(ref_template: str) -> dict[str, Any]:
    """The JSON Schema of a console frame, its models as `$defs` referenced by `ref_template`."""
    return CONSOLE_FRAME.json_schema(ref_template=ref_template, mode="serialization")
