from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class Event(SQLModel, table=True):
    """Append-only log that consoles replay from; ids grow in commit order."""

    __tablename__ = "events"

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    kind: str = Field(sa_column=sa.Column(sa.String(40), nullable=False))
    conversation_id: uuid.UUID | None = Field(
        default=None,
        sa_column=sa.Column(UUID(as_uuid=True), sa.ForeignKey("conversations.id"), index=True),
    )
    payload: dict[str, object] = Field(default_factory=dict, sa_column=sa.Column(JSONB, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
