from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlmodel import Field, SQLModel

from app.models.base import utcnow

# The triage fields that are codes (no quote or explanation of the text): what an erased or
# purged message keeps, for statistics.
TRIAGE_CODE_KEYS = ("language", "urgency", "needs", "indicators", "exploitation", "region")
# Directions whose text a case worker wrote: case notes, and a supervisor's whisper.
NOTE_DIRECTIONS = ("note", "whsp")


class Message(SQLModel, table=True):
    """One message: the redacted text in clear, the original only sealed."""

    __tablename__ = "messages"
    __table_args__ = (
        sa.UniqueConstraint("channel", "provider_id", name="uq_messages_provider_id"),
        sa.Index("ix_messages_conversation", "conversation_id", "id"),
        # The retention purge finds sealed originals that are due without reading the table.
        sa.Index(
            "ix_messages_sealed_expiry",
            "sealed_expires_at",
            postgresql_where=sa.text("sealed_original IS NOT NULL"),
        ),
    )

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    conversation_id: uuid.UUID = Field(
        sa_column=sa.Column(UUID(as_uuid=True), sa.ForeignKey("conversations.id"), nullable=False)
    )
    channel: str = Field(sa_column=sa.Column(sa.String(20), nullable=False))
    direction: str = Field(sa_column=sa.Column(sa.String(4), nullable=False))
    body_redacted: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    sealed_original: bytes | None = Field(default=None, sa_column=sa.Column(sa.LargeBinary, nullable=True))
    sealed_expires_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    provider_id: str | None = Field(default=None, sa_column=sa.Column(sa.String(128), nullable=True))
    author_id: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("users.id"), nullable=True)
    )
    # Outbound only: queued, sending, sent, delivered, failed, cancelled (provider callbacks too).
    delivery_status: str | None = Field(default=None, sa_column=sa.Column(sa.String(20), nullable=True))
    # Why delivery failed: a code and a provider error number, never a text or an address.
    delivery_error: str | None = Field(default=None, sa_column=sa.Column(sa.String(200), nullable=True))
    # A note the system wrote, as a code the console words in the operator's language
    # ("erased": erased at the caller's request); null for every other message.
    marker: str | None = Field(default=None, sa_column=sa.Column(sa.String(16), nullable=True))
    triage: dict[str, object] | None = Field(default=None, sa_column=sa.Column(JSONB, nullable=True))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
