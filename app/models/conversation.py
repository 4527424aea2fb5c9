from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class ConversationStatus(StrEnum):
    waiting = "waiting"
    active = "active"
    closed = "closed"


class Conversation(SQLModel, table=True):
    __tablename__ = "conversations"
    __table_args__ = (
        sa.Index("ix_conversations_queue", "status", "urgency_rank", "waiting_since"),
        sa.Index("ix_conversations_contact_open", "contact_id", "status"),
        sa.Index(
            "uq_conversations_one_open_per_contact",
            "contact_id",
            unique=True,
            postgresql_where=sa.text("status <> 'closed'"),
        ),
        # The retention purge: closed conversations whose texts, or notes, are still there (a
        # conversation reopened and closed again after a purge is due again).
        sa.Index(
            "ix_conversations_texts_due", "closed_at",
            postgresql_where=sa.text(
                "status = 'closed' AND (texts_purged_at IS NULL OR texts_purged_at < closed_at)"
            ),
        ),
        sa.Index(
            "ix_conversations_notes_due", "closed_at",
            postgresql_where=sa.text(
                "status = 'closed' AND (notes_purged_at IS NULL OR notes_purged_at < closed_at)"
            ),
        ),
    )

    id: uuid.UUID = Field(
        default_factory=uuid.uuid4, sa_column=sa.Column(UUID(as_uuid=True), primary_key=True)
    )
    contact_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("contacts.id"), nullable=False)
    )
    channel: str = Field(sa_column=sa.Column(sa.String(20), nullable=False))
    status: str = Field(
        default=ConversationStatus.waiting.value,
        sa_column=sa.Column(sa.String(20), nullable=False),
    )
    urgency: str = Field(sa_column=sa.Column(sa.String(20), nullable=False))
    urgency_rank: int = Field(sa_column=sa.Column(sa.SmallInteger, nullable=False))
    language: str = Field(default="und", sa_column=sa.Column(sa.String(8), nullable=False))
    assigned_operator_id: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("users.id"), nullable=True)
    )
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
    waiting_since: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
    last_message_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
    closed_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    # Set by the retention purge once the messages' texts (then the notes) of this closed
    # conversation were blanked; only codes and counts remain after both.
    texts_purged_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    notes_purged_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
