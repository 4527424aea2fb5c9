"""voice calls and their timeline

Revision ID: 5c0a11e2d204
Revises: 5c2e8b0d2202
Create Date: 2026-12-05 22:04:00

`calls`: one row per phone call (the provider's call id, status, chosen language, danger
key, who answered); `call_events`: its timeline, step codes only.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB, UUID

from alembic import op

revision: str = "5c0a11e2d204"
down_revision: str | None = "5c2e8b0d2202"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calls",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("conversation_id", UUID(as_uuid=True), sa.ForeignKey("conversations.id"), nullable=False),
        sa.Column("call_sid", sa.String(64), nullable=False, unique=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("danger", sa.Boolean(), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("operator_leg", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_calls_conversation_id", "calls", ["conversation_id"])
    op.create_table(
        "call_events",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("call_id", sa.BigInteger(), sa.ForeignKey("calls.id", ondelete="CASCADE"), nullable=False),
        sa.Column("step", sa.String(20), nullable=False),
        sa.Column("operator_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("detail", JSONB(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_call_events_call_id", "call_events", ["call_id"])


def downgrade() -> None:
    op.drop_table("call_events")
    op.drop_table("calls")
