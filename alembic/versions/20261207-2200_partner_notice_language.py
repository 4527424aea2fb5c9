"""partner organisations get the language of their referral notices

Revision ID: 7e4b2c9a5d18
Revises: 5c8a1e3f9d27
Create Date: 2026-12-07 22:00:00

Notices to partners (e-mail, SMS, webhook) were written in the hotline's default language only;
a Québec partner may work in English or Spanish. `hsds_organization.notice_language` (a hotline
extension field, directory/profile.md) holds the organisation's language; NULL means the hotline's
default language. A value an earlier import kept among the row's extra fields becomes the column.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "7e4b2c9a5d18"
down_revision: str | None = "5c8a1e3f9d27"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("hsds_organization", sa.Column("notice_language", sa.Text(), nullable=True))
    op.execute(
        "UPDATE hsds_organization SET notice_language = extra->>'notice_language',"
        " extra = extra - 'notice_language' WHERE extra ? 'notice_language'"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE hsds_organization SET extra = extra || jsonb_build_object('notice_language', notice_language)"
        " WHERE notice_language IS NOT NULL"
    )
    op.drop_column("hsds_organization", "notice_language")
