"""flood control: rate counters shared by every app process

Revision ID: 5c2e8b0d2202
Revises: 3b9d2f61a7c8
Create Date: 2026-12-05 22:02:00

Fixed-window counters (a keyed hash, the window's start, a count) that every app process
increments in PostgreSQL, so a web chat flood that arrives through several processes
meets one limit. Conversations may now wait in the `held` status (a String column
already): no change to `conversations` beyond an index to count them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "5c2e8b0d2202"
down_revision: str | None = "3b9d2f61a7c8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rate_counters",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("window_start", sa.DateTime(timezone=True), primary_key=True),
        sa.Column("hits", sa.Integer(), nullable=False),
    )
    op.create_index("ix_rate_counters_window_start", "rate_counters", ["window_start"])


def downgrade() -> None:
    op.drop_index("ix_rate_counters_window_start", table_name="rate_counters")
    op.drop_table("rate_counters")
