"""two-factor login for partner workers

Revision ID: 5c8a1e3f9d27
Revises: 9b2e7d4c1a63
Create Date: 2026-12-07 13:00:00

Partner workers read a caller's shared facts: they get the staff's TOTP second factor (the
secret sealed with the vault key, the last time step accepted, one-time recovery codes kept as
SHA-256) and portal sessions get a stage (`code`, `enrol`: half logged in, one page only).
Workers not yet enrolled get the enrolment window from now, so nobody is locked out by the
upgrade where two-factor login is required.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "5c8a1e3f9d27"
down_revision: str | None = "9b2e7d4c1a63"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("partner_users", sa.Column("totp_sealed", sa.LargeBinary(), nullable=True))
    op.add_column(
        "partner_users",
        sa.Column("totp_enabled", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("partner_users", sa.Column("totp_enrol_until", sa.DateTime(timezone=True), nullable=True))
    op.add_column("partner_users", sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
    op.execute("UPDATE partner_users SET totp_enrol_until = now() + interval '72 hours'")
    op.add_column(
        "partner_sessions",
        sa.Column("stage", sa.String(length=10), nullable=False, server_default="full"),
    )
    op.create_table(
        "partner_recovery_codes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("partner_users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_partner_recovery_codes_user_id", "partner_recovery_codes", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_partner_recovery_codes_user_id", table_name="partner_recovery_codes")
    op.drop_table("partner_recovery_codes")
    op.drop_column("partner_sessions", "stage")
    for column in ("totp_last_step", "totp_enrol_until", "totp_enabled", "totp_sealed"):
        op.drop_column("partner_users", column)
