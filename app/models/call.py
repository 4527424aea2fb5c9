"""Phone calls: one row per call (the provider's call id), and its timeline.

A call belongs to a conversation of channel `voice` (the caller's number is a pseudonym and
a vault entry, as for SMS). Its state lives here, not in `messages`: a call has no text;
what the operator types during it is a note (a message with `direction = "note"`).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class CallStatus(StrEnum):
    menu = "menu"  # greeting and language menu
    waiting = "waiting"  # in the queue
    ringing_operator = "ringing_operator"  # an operator's phone is ringing
    answered = "answered"
    ended = "ended"
    abandoned = "abandoned"  # hung up before anyone answered
    overflow = "overflow"  # nobody answered in time: sent to a partner's line
    unanswered = "unanswered"  # nobody answered in time, no partner line: safety information


FINISHED = frozenset(
    {
        CallStatus.ended.value,
        CallStatus.abandoned.value,
        CallStatus.overflow.value,
        CallStatus.unanswered.value,
    }
)


class Call(SQLModel, table=True):
    __tablename__ = "calls"

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    conversation_id: uuid.UUID = Field(
        sa_column=sa.Column(UUID(as_uuid=True), sa.ForeignKey("conversations.id"), nullable=False, index=True)
    )
    call_sid: str = Field(sa_column=sa.Column(sa.String(64), nullable=False, unique=True))
    status: str = Field(sa_column=sa.Column(sa.String(20), nullable=False))
    language: str | None = Field(default=None, sa_column=sa.Column(sa.String(8), nullable=True))
    danger: bool = Field(default=False, sa_column=sa.Column(sa.Boolean, nullable=False))
    # Who answered (or is being rung); the operator's own leg of the call.
    operator_id: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("users.id"), nullable=True)
    )
    operator_leg: str | None = Field(default=None, sa_column=sa.Column(sa.String(64), nullable=True))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
    answered_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    ended_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )


class CallEvent(SQLModel, table=True):
    """One step of a call's timeline: a `CallStep` code, who, and codes only in `detail`."""

    __tablename__ = "call_events"

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    call_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("calls.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    step: str = Field(sa_column=sa.Column(sa.String(20), nullable=False))
    operator_id: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("users.id"), nullable=True)
    )
    detail: dict[str, object] = Field(default_factory=dict, sa_column=sa.Column(JSONB, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
