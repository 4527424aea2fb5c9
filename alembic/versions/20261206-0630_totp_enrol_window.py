"""a window for the first two-factor enrolment

Revision ID: 3f6d2a9c7e51
Revises: c81e4a7f0b35
Create Date: 2026-12-06 06:30:00

Where two-factor login is required, an account without an authenticator may enrol one only
until `users.totp_enrol_until` (set when an admin creates the account, gives it a new
password or resets its second factor); afterwards its password alone opens nothing. Accounts
not yet enrolled get the window from now, so nobody is locked out by the upgrade.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "3f6d2a9c7e51"
down_revision: str | None = "c81e4a7f0b35"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("totp_enrol_until", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE users SET totp_enrol_until = now() + interval '72 hours' WHERE NOT totp_enabled")


def downgrade() -> None:
    op.drop_column("users", "totp_enrol_until")
