"""channels and delivery outbox

Revision ID: 5c4a7e2b8f10
Revises: 97114c8b7001
Create Date: 2026-11-23 14:00:00

Contacts get a chosen language, the time their safety message was queued and the time
they sent STOP; outbound messages get a delivery status and reason; the outbox holds
one row per outbound message a provider must deliver.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "5c4a7e2b8f10"
down_revision: str | None = "97114c8b7001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("language", sa.String(length=8), nullable=True))
    op.add_column("contacts", sa.Column("greeted_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("contacts", sa.Column("stopped_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("messages", sa.Column("delivery_status", sa.String(length=20), nullable=True))
    op.add_column("messages", sa.Column("delivery_error", sa.String(length=200), nullable=True))
    op.create_table(
        "outbox",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("idempotency_key", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("erase_vault_after", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key"),
        sa.UniqueConstraint("message_id"),
    )
    op.create_index(
        "ix_outbox_due",
        "outbox",
        ["next_attempt_at"],
        unique=False,
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_index(
        "ix_outbox_leases",
        "outbox",
        ["lease_until"],
        unique=False,
        postgresql_where=sa.text("status = 'sending'"),
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_leases", table_name="outbox", postgresql_where=sa.text("status = 'sending'"))
    op.drop_index("ix_outbox_due", table_name="outbox", postgresql_where=sa.text("status = 'pending'"))
    op.drop_table("outbox")
    op.drop_column("messages", "delivery_error")
    op.drop_column("messages", "delivery_status")
    op.drop_column("contacts", "stopped_at")
    op.drop_column("contacts", "greeted_at")
    op.drop_column("contacts", "language")
