from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class ConversationStatus(StrEnum):
    waiting = "waiting"
    # A new web chat beyond the flood limit: open, but outside the queue until released.
    held = "held"
    active = "active"
    closed = "closed"


class Outcome(StrEnum):
    """How a conversation ended (wrap-up): a fixed list, so statistics can count them."""

    referred = "referred"
    information_given = "information_given"
    safety_plan = "safety_plan"
    emergency_services = "emergency_services"
    no_contact = "no_contact"
    abandoned = "abandoned"
    duplicate = "duplicate"
    other = "other"


# The ownership invariant: a waiting conversation has no owner, an active one has one (a
# closed one may have either). The database refuses a row that breaks it.
OWNER_MATCHES_STATUS = (
    "(status <> 'waiting' OR assigned_operator_id IS NULL)"
    " AND (status <> 'active' OR assigned_operator_id IS NOT NULL)"
)


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
        sa.CheckConstraint(OWNER_MATCHES_STATUS, name="ck_conversations_owner_matches_status"),
        # The retention purge: closed conversations whose texts, or notes, are still there (a
        # conversation reopened and closed again after a purge is due again).
        sa.Index(
            "ix_conversations_texts_due",
            "closed_at",
            postgresql_where=sa.text(
                "status = 'closed' AND (texts_purged_at IS NULL OR texts_purged_at < closed_at)"
            ),
        ),
        sa.Index(
            "ix_conversations_notes_due",
            "closed_at",
            postgresql_where=sa.text(
                "status = 'closed' AND (notes_purged_at IS NULL OR notes_purged_at < closed_at)"
            ),
        ),
    )

    id: uuid.UUID = Field(
        default_factory=uuid.uuid4, sa_column=sa.Column(UUID(as_uuid=True), primary_key=True)
    )
    contact_id: int = Field(sa_column=sa.Column(sa.Integer, sa.ForeignKey("contacts.id"), nullable=False))
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
    # Wrap-up: the outcome, tags (lower_snake words, never names) and a follow-up date.
    outcome: str | None = Field(default=None, sa_column=sa.Column(sa.String(30), nullable=True))
    tags: list[str] = Field(
        default_factory=list,
        sa_column=sa.Column(ARRAY(sa.String(40)), nullable=False, server_default="{}"),
    )
    follow_up: date | None = Field(default=None, sa_column=sa.Column(sa.Date, nullable=True))
    # Set by the retention purge once the messages' texts (then the notes) of this closed
    # conversation were blanked; only codes and counts remain after both.
    texts_purged_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    notes_purged_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
