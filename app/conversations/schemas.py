"""Read models of conversations and messages: what the API returns and what events carry.

One model per view, used by both the JSON routes (`response_model`, so `/openapi.json`
describes them) and the event payloads (`model_dump(mode="json")`), so the console reads
one shape whether a message comes from a page load, an API call or the live stream.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

from app.domain import ChannelKind, Direction
from app.models import ConversationStatus, Outcome, Presence, Role
from triage.codes import Exploitation, Indicator, Need, Urgency
from triage.level_causes import Cause


def _isoformat(value: datetime) -> str:
    return value.isoformat()


# `datetime.isoformat()` on the wire ("+00:00", not pydantic's "Z"): what the console has
# always parsed, and what a page load and an event of the same row must both show.
Timestamp = Annotated[
    datetime,
    PlainSerializer(_isoformat, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]


class ReadModel(BaseModel):
    """Read models are built by services from rows and never changed afterwards."""

    # Every field is always in the JSON, defaults included: the schema says so (`required`).
    model_config = ConfigDict(frozen=True, json_schema_serialization_defaults_required=True)


class TriageCue(ReadModel):
    """Words of the message and the codes they gave (needs, indicators, forms of exploitation)."""

    quote: str
    codes: list[Need | Indicator | Exploitation]


class TriageRead(ReadModel):
    """What staff see of an inbound message's triage (entities and offsets stay in the row)."""

    language: str | None = None
    urgency: Urgency | None = None
    needs: list[Need] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    exploitation: list[Exploitation] = Field(default_factory=list)
    region: str | None = None
    explanations: list[str] = Field(default_factory=list)
    why: dict[str, list[str]] = Field(
        default_factory=dict,
        description='"Why this triage?" in plain words, by page language ("fr", "en"): one line '
        "per danger read, e.g. « il va me tuer » : menace de mort, en ce moment → Urgence.",
    )
    cues: list[TriageCue] = Field(
        default_factory=list,
        description="The words that gave needs, indicators or forms of exploitation, one entry per "
        "quote; the console names the codes in the page language.",
    )
    level_cause: Cause | None = Field(
        default=None,
        description="Why the level is what it is when no danger read decided it (e.g. `over`: the "
        "situation is over; `minor`: a minor is involved; `information`: a request for "
        "information); null when a danger read or the signs themselves decided it.",
    )


class MessageRead(ReadModel):
    """A message of a conversation; `triage` only in the staff view of an inbound message."""

    id: int
    direction: Direction
    text: str
    at: Timestamp
    delivery: str | None = Field(
        default=None,
        description="Outbound on a provider channel: queued, sending, sent, delivered, read, "
        "failed, cancelled or the provider's own status; null otherwise.",
    )
    delivery_error: str | None = Field(
        default=None, description="Why delivery failed: a code, never a text or an address."
    )
    triage: TriageRead | None = None
    marker: Literal["erased"] | None = Field(
        default=None,
        description="A note the system wrote, as a code to word in the reader's language "
        "(erased: erased at the caller's request); null otherwise.",
    )


class ConversationRead(ReadModel):
    """A conversation as the queue, the API and the event stream show it."""

    id: uuid.UUID
    channel: ChannelKind
    status: ConversationStatus
    urgency: Urgency
    language: str
    waiting_since: Timestamp
    last_message_at: Timestamp
    assigned_operator: str | None = Field(description="The assigned operator's e-mail, if any.")
    assigned_operator_id: int | None = Field(
        default=None,
        description="The owner's user id: only they reply (status is never "
        '"waiting" while this is set, and "active" only while it is).',
    )
    safe_to_reply: bool | None = Field(
        description="Whether the operator may write back; null: not recorded yet."
    )
    reply_stopped: bool = Field(description="The caller sent STOP.")
    outcome: Outcome | None = Field(default=None, description="Wrap-up outcome, once closed.")
    tags: list[str] = Field(default_factory=list, description="Wrap-up tags (lower_snake words).")
    follow_up: date | None = Field(default=None, description="Follow-up date set at wrap-up.")


class QueueItem(ConversationRead):
    """A row of the queue: the conversation, what triage found, and what was last said."""

    needs: list[Need] = Field(default_factory=list, description="Needs triage read so far.")
    preview: str | None = Field(
        default=None,
        description="The start of the caller's last message, as stored: personal details "
        "already masked by triage.",
    )


class StaffRead(ReadModel):
    """A staff member as the supervisor room and the consoles show them: presence and load."""

    id: int
    email: str
    role: Role
    presence: Presence
    active: bool = Field(description="False once deactivated: they own nothing and cannot log in.")
    open_conversations: int = Field(description="Open conversations this person owns.")
