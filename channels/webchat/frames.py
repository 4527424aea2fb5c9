"""The web chat's frames, as Pydantic models: what the server sends the visitor's page and
what the page may send. One JSON object per websocket text frame; `/openapi.json`
publishes them as `ChatServerFrame` and `ChatVisitorFrame` (components.schemas)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, TypeAdapter


class ChatLineFrame(BaseModel):
    """One line of the conversation as the visitor sees it (no note, no triage)."""

    id: int
    direction: str = Field(description='"in" (the visitor) or "out" (the hotline)')
    text: str = Field(description="The redacted text")
    at: str = Field(description="ISO 8601 time")


class SessionFrame(BaseModel):
    type: Literal["session"] = "session"
    token: str = Field(description="The visitor's only credential; kept by the tab")
    resumed: bool


class HistoryFrame(BaseModel):
    type: Literal["history"] = "history"
    messages: list[ChatLineFrame]


class AckFrame(BaseModel):
    """The visitor's message `client_id` is stored as message `id`."""

    type: Literal["ack"] = "ack"
    client_id: str
    id: int


class ErrorFrame(BaseModel):
    type: Literal["error"] = "error"
    client_id: str | None = None
    reason: str = Field(
        description='Why, in a few words (never the text sent); "rate_limited": '
        "flood control, nothing stored: send it again after `retry_after`"
    )
    # Only in a rate_limited error (left out of the others, as before).
    retry_after: int | None = Field(
        default=None, exclude_if=lambda value: value is None, description="Seconds to wait (rate_limited)"
    )
    text: str | None = Field(
        default=None,
        exclude_if=lambda value: value is None,
        description="What to tell the visitor, in their language",
    )


class NoticeFrame(BaseModel):
    """Beside the messages, never stored: waiting (no one has taken the conversation yet),
    typing (an operator is writing), closed (the hotline closed the conversation)."""

    type: Literal["notice"] = "notice"
    notice: Literal["waiting", "typing", "closed"]
    text: str = Field(description="The notice in the visitor's language")


class MessageFrame(ChatLineFrame):
    """A reply from the hotline, live."""

    type: Literal["message"] = "message"


class PingFrame(BaseModel):
    type: Literal["ping"] = "ping"


class PongFrame(BaseModel):
    type: Literal["pong"] = "pong"


ChatServerFrame = Annotated[
    SessionFrame | HistoryFrame | AckFrame | ErrorFrame | MessageFrame | NoticeFrame | PingFrame | PongFrame,
    Field(discriminator="type"),
]


class HelloFrame(BaseModel):
    """Optional, first: resume with a token the tab kept, in a language."""

    type: Literal["hello"] = "hello"
    token: str | None = None
    language: str | None = None


class VisitorMessageFrame(BaseModel):
    type: Literal["message"] = "message"
    text: str = Field(max_length=4000)
    client_id: str = Field(description="The page's id for the message, echoed in the ack")


ChatVisitorFrame = Annotated[HelloFrame | VisitorMessageFrame | PingFrame, Field(discriminator="type")]


def json_schemas(ref_template: str) -> dict[str, dict[str, Any]]:
    """`ChatServerFrame` and `ChatVisitorFrame` as JSON Schemas, with their `$defs`."""
    return {
        "ChatServerFrame": TypeAdapter(ChatServerFrame).json_schema(ref_template=ref_template),
        "ChatVisitorFrame": TypeAdapter(ChatVisitorFrame).json_schema(ref_template=ref_template),
    }
