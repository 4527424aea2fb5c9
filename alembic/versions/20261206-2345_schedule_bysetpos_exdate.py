"""schedule rows keep RFC 5545 bysetpos and exdate

Revision ID: 9b2e7d4c1a63
Revises: 3f6d2a9c7e51
Create Date: 2026-12-06 23:45:00

Partners copy RFC 5545 rules into their schedules: `bysetpos` (the last weekday of the month) and
`exdate` (a Friday that is a holiday). HSDS has neither field; left in the extra fields they were
never read, and the row was open on days the partner had excluded (directory/profile.md).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "9b2e7d4c1a63"
down_revision: str | None = "3f6d2a9c7e51"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("hsds_schedule", sa.Column("bysetpos", sa.Text(), nullable=True))
    op.add_column("hsds_schedule", sa.Column("exdate", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("hsds_schedule", "exdate")
    op.drop_column("hsds_schedule", "bysetpos")
