"""initial schema

Revision ID: 97114c8b7001
Revises:
Create Date: 2026-11-23 11:23:39.984272

Users, pseudonymous contacts and their sealed vault, conversations, messages (redacted
body, sealed original, provider id unique per channel) and the append-only event log.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "97114c8b7001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("pseudonym", sa.String(length=64), nullable=False),
        sa.Column("safe_to_reply", sa.Boolean(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel", "pseudonym", name="uq_contacts_pseudonym"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("email"),
    )
    op.create_table(
        "conversations",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("urgency_rank", sa.SmallInteger(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("assigned_operator_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("waiting_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_message_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_operator_id"],
            ["users.id"],
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_conversations_contact_open", "conversations", ["contact_id", "status"], unique=False)
    op.create_index(
        "ix_conversations_queue", "conversations", ["status", "urgency_rank", "waiting_since"], unique=False
    )
    op.create_index(
        "uq_conversations_one_open_per_contact",
        "conversations",
        ["contact_id"],
        unique=True,
        postgresql_where=sa.text("status <> 'closed'"),
    )
    op.create_table(
        "vault_entries",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("contact_id"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("conversation_id", sa.UUID(), nullable=True),
        sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_events_conversation_id"), "events", ["conversation_id"], unique=False)
    op.create_table(
        "messages",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("conversation_id", sa.UUID(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("body_redacted", sa.Text(), nullable=False),
        sa.Column("sealed_original", sa.LargeBinary(), nullable=True),
        sa.Column("sealed_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("provider_id", sa.String(length=128), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("triage", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["users.id"],
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel", "provider_id", name="uq_messages_provider_id"),
    )
    op.create_index("ix_messages_conversation", "messages", ["conversation_id", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_messages_conversation", table_name="messages")
    op.drop_table("messages")
    op.drop_index(op.f("ix_events_conversation_id"), table_name="events")
    op.drop_table("events")
    op.drop_table("vault_entries")
    op.drop_index("uq_conversations_one_open_per_contact", table_name="conversations")
    op.drop_index("ix_conversations_queue", table_name="conversations")
    op.drop_index("ix_conversations_contact_open", table_name="conversations")
    op.drop_table("conversations")
    op.drop_table("users")
    op.drop_table("contacts")
