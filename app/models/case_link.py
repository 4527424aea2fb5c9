from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import UUID
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class ContactLink(SQLModel, table=True):
    """Two contacts an operator linked, with the caller's agreement, as one person's case
    (e.g. the same person writing by SMS and by web chat). Stored once, lower id first."""

    __tablename__ = "contact_links"
    __table_args__ = (
        sa.UniqueConstraint("contact_id", "linked_contact_id", name="uq_contact_links_pair"),
        sa.CheckConstraint("contact_id < linked_contact_id", name="ck_contact_links_ordered"),
    )

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    linked_contact_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    # The conversation the operator linked from, and who did.
    conversation_id: uuid.UUID = Field(
        sa_column=sa.Column(UUID(as_uuid=True), sa.ForeignKey("conversations.id"), nullable=False)
    )
    linked_by: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("users.id"), nullable=True)
    )
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
