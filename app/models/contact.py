from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class Contact(SQLModel, table=True):
    """A person who wrote in, known only by a keyed pseudonym of channel + address."""

    __tablename__ = "contacts"
    __table_args__ = (sa.UniqueConstraint("channel", "pseudonym", name="uq_contacts_pseudonym"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(sa_column=sa.Column(sa.String(20), nullable=False))
    pseudonym: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    safe_to_reply: bool | None = Field(default=None)
    # The caller's chosen language (Telegram /start fr), used for automatic messages.
    language: str | None = Field(default=None, sa_column=sa.Column(sa.String(8), nullable=True))
    # Set when the first-contact safety message was queued: it is sent once per contact.
    greeted_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    # Set by the STOP keyword: nothing is sent to this contact until START.
    stopped_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    # The caller agreed that their reply address be kept until then (a follow-up call, say):
    # the retention purge keeps the vault entry until this time, not only 72 h after closing.
    retention_agreed_until: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )


class VaultEntry(SQLModel, table=True):
    """The reply address, AES-GCM sealed; the only place it exists, until it expires."""

    __tablename__ = "vault_entries"
    __table_args__ = (sa.Index("ix_vault_entries_expires_at", "expires_at"),)

    contact_id: int = Field(
        sa_column=sa.Column(sa.Integer, sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    )
    sealed: bytes = Field(sa_column=sa.Column(sa.LargeBinary, nullable=False))
    expires_at: datetime = Field(sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False))
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
