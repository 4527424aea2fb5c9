"""The transactional outbox: one row per outbound message a provider must deliver."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class OutboxStatus(StrEnum):
    pending = "pending"  # waiting for a worker (maybe after a backoff)
    sending = "sending"  # claimed by a worker until lease_until
    sent = "sent"  # the provider accepted it
    failed = "failed"  # given up; the console shows the reason and can retry
    cancelled = "cancelled"  # not sent on purpose: contact unsafe or stopped


class OutboxEntry(SQLModel, table=True):
    __tablename__ = "outbox"
    __table_args__ = (
        sa.Index(
            "ix_outbox_due",
            "next_attempt_at",
            postgresql_where=sa.text("status = 'pending'"),
        ),
        sa.Index(
            "ix_outbox_leases",
            "lease_until",
            postgresql_where=sa.text("status = 'sending'"),
        ),
    )

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    message_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger,
            sa.ForeignKey("messages.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        )
    )
    contact_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False)
    )
    channel: str = Field(sa_column=sa.Column(sa.String(20), nullable=False))
    idempotency_key: uuid.UUID = Field(
        default_factory=uuid.uuid4,
        sa_column=sa.Column(UUID(as_uuid=True), nullable=False, unique=True),
    )
    status: str = Field(
        default=OutboxStatus.pending.value, sa_column=sa.Column(sa.String(20), nullable=False)
    )
    attempts: int = Field(default=0, sa_column=sa.Column(sa.SmallInteger, nullable=False))
    next_attempt_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
    lease_until: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    last_error: str | None = Field(default=None, sa_column=sa.Column(sa.String(200), nullable=True))
    # A deletion confirmation: the vault entry is erased once it is sent (or given up).
    erase_vault_after: bool = Field(default=False)
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
    sent_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
