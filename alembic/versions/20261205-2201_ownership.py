"""Conversation ownership and the case view: operator presence, the owner/status invariant,
wrap-up fields (outcome, tags, follow-up), linked contacts and canned responses (seeded from
app/conversations/data/canned_responses.toml).

Revision ID: 3b9d2f61a7c8
Revises: 3b8d2f6a1c90 (the audit log; first written on 7a3f5e91c2d4)
Create Date: 2026-12-05 22:01:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op
from app.conversations.canned_catalogue import seed_rows

revision: str = "3b9d2f61a7c8"
down_revision: str | None = "3b8d2f6a1c90"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER_MATCHES_STATUS = (
    "(status <> 'waiting' OR assigned_operator_id IS NULL)"
    " AND (status <> 'active' OR assigned_operator_id IS NOT NULL)"
)


def upgrade() -> None:
    op.add_column("users", sa.Column("presence", sa.String(12), nullable=False, server_default="available"))
    op.add_column("conversations", sa.Column("outcome", sa.String(30), nullable=True))
    op.add_column(
        "conversations",
        sa.Column("tags", postgresql.ARRAY(sa.String(40)), nullable=False, server_default="{}"),
    )
    op.add_column("conversations", sa.Column("follow_up", sa.Date(), nullable=True))
    # Before the invariant: a message to an owned conversation used to put it back to
    # "waiting" with its owner kept; it is the owner's, so it is active.
    op.execute(
        "UPDATE conversations SET status = 'active'"
        " WHERE status = 'waiting' AND assigned_operator_id IS NOT NULL"
    )
    op.create_check_constraint("ck_conversations_owner_matches_status", "conversations", OWNER_MATCHES_STATUS)
    op.create_table(
        "contact_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "contact_id", sa.Integer(), sa.ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "linked_contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "conversation_id",
            postgresql.UUID(as_uuid=True),
            sa.ForeignKey("conversations.id"),
            nullable=False,
        ),
        sa.Column("linked_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("contact_id", "linked_contact_id", name="uq_contact_links_pair"),
        sa.CheckConstraint("contact_id < linked_contact_id", name="ck_contact_links_ordered"),
    )
    op.create_index("ix_contact_links_contact_id", "contact_links", ["contact_id"])
    op.create_index("ix_contact_links_linked_contact_id", "contact_links", ["linked_contact_id"])
    canned = op.create_table(
        "canned_responses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("safety", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("position", sa.SmallInteger(), nullable=False, server_default="0"),
        sa.Column("updated_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("key", "language", name="uq_canned_responses_key_language"),
    )
    op.bulk_insert(
        canned,
        [
            {
                "key": row.key,
                "language": row.language,
                "title": row.title,
                "body": row.body,
                "safety": row.safety,
                "position": row.position,
            }
            for row in seed_rows()
        ],
    )


def downgrade() -> None:
    op.drop_table("canned_responses")
    op.drop_table("contact_links")
    op.drop_constraint("ck_conversations_owner_matches_status", "conversations", type_="check")
    op.drop_column("conversations", "follow_up")
    op.drop_column("conversations", "tags")
    op.drop_column("conversations", "outcome")
    op.drop_column("users", "presence")
