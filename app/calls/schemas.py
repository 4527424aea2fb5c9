"""Read models of calls: what `/api/conversations/{id}/calls` returns."""

from __future__ import annotations

from pydantic import Field

from app.conversations.schemas import ReadModel, Timestamp
from app.domain import CallStep
from app.models import CallStatus


class CallStepRead(ReadModel):
    step: CallStep
    at: Timestamp
    operator: str | None = Field(description="The operator's e-mail, for steps an operator took.")
    detail: dict[str, str | int | bool] = Field(
        description="Codes only: the language chosen, the provider's final status."
    )


class CallRead(ReadModel):
    id: int
    status: CallStatus
    language: str | None
    danger: bool = Field(description="The caller pressed the 'in danger now' key.")
    operator: str | None = Field(description="Who answered (or is being rung): an e-mail.")
    started_at: Timestamp
    answered_at: Timestamp | None
    ended_at: Timestamp | None
    timeline: list[CallStepRead]
