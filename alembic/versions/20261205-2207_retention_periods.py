"""retention periods per kind of data, the erased marker

Revision ID: 5c2e8b7d1f03
Revises: 5c0a11e2d204
Create Date: 2026-12-05 22:07:00

A per-contact "retention agreed until" that keeps a vault entry past the 72 hours after
close; per-conversation marks of the texts and notes purges; a code for system notes
(`messages.marker`, "erased"); partial indexes that keep every purge query on what is due.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "5c2e8b7d1f03"
down_revision: str | None = "5c0a11e2d204"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("retention_agreed_until", sa.DateTime(timezone=True), nullable=True))
    op.add_column("conversations", sa.Column("texts_purged_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("conversations", sa.Column("notes_purged_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("messages", sa.Column("marker", sa.String(16), nullable=True))
    op.create_index("ix_vault_entries_expires_at", "vault_entries", ["expires_at"])
    op.create_index(
        "ix_messages_sealed_expiry",
        "messages",
        ["sealed_expires_at"],
        postgresql_where=sa.text("sealed_original IS NOT NULL"),
    )
    op.create_index(
        "ix_conversations_texts_due",
        "conversations",
        ["closed_at"],
        postgresql_where=sa.text(
            "status = 'closed' AND (texts_purged_at IS NULL OR texts_purged_at < closed_at)"
        ),
    )
    op.create_index(
        "ix_conversations_notes_due",
        "conversations",
        ["closed_at"],
        postgresql_where=sa.text(
            "status = 'closed' AND (notes_purged_at IS NULL OR notes_purged_at < closed_at)"
        ),
    )
    # The erased notes written before the marker existed.
    op.execute(
        "UPDATE messages SET marker = 'erased' "
        "WHERE direction = 'note' AND body_redacted = 'Erased at the caller''s request.'"
    )


def downgrade() -> None:
    op.drop_index("ix_conversations_notes_due", table_name="conversations")
    op.drop_index("ix_conversations_texts_due", table_name="conversations")
    op.drop_index("ix_messages_sealed_expiry", table_name="messages")
    op.drop_index("ix_vault_entries_expires_at", table_name="vault_entries")
    op.drop_column("messages", "marker")
    op.drop_column("conversations", "notes_purged_at")
    op.drop_column("conversations", "texts_purged_at")
    op.drop_column("contacts", "retention_agreed_until")
