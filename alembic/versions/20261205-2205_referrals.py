"""warm referrals, consent, partner notices, partner users

Revision ID: c81e4a7f0b35
Revises: 5c2e8b7d1f03
Create Date: 2026-12-05 22:05:00

A referral carries its consent (facts shared, purpose, method, until when) and its
acknowledgement timer as a row; its transitions are an append-only table (a trigger refuses
updates and deletes); the consented facts are sealed per referral; partner notices are an
outbox of their own; partner workers have their own accounts and server-side sessions.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, UUID

from alembic import op

revision: str = "c81e4a7f0b35"
down_revision: str | None = "5c2e8b7d1f03"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _when(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "partner_users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("organization_id", sa.Text(), nullable=False),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("display_name", sa.String(80), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("invited_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        _when("created_at", nullable=False),
    )
    op.create_index("ix_partner_users_organization_id", "partner_users", ["organization_id"])
    op.create_table(
        "referrals",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("conversation_id", UUID(as_uuid=True), sa.ForeignKey("conversations.id"), nullable=False),
        sa.Column("service_id", sa.Text(), nullable=False),
        sa.Column("organization_id", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("share", ARRAY(sa.String(20)), nullable=False),
        sa.Column("consent_method", sa.String(10), nullable=False),
        sa.Column("consent_state", sa.String(10), nullable=False),
        _when("consent_given_at"),
        _when("consent_until", nullable=False),
        _when("consent_ended_at"),
        _when("acknowledge_by"),
        sa.Column("created_by", sa.Integer(), sa.ForeignKey("users.id"), nullable=True),
        _when("partner_joined_at"),
        sa.Column("partner_joined_by", sa.Integer(), sa.ForeignKey("partner_users.id"), nullable=True),
        _when("operator_left_at"),
        _when("partner_left_at"),
        _when("created_at", nullable=False),
        _when("updated_at", nullable=False),
    )
    op.create_index("ix_referrals_conversation_id", "referrals", ["conversation_id"])
    op.create_index("ix_referrals_organization_id", "referrals", ["organization_id"])
    op.create_index(
        "ix_referrals_acknowledge_due",
        "referrals",
        ["acknowledge_by"],
        postgresql_where=sa.text("status = 'requested' AND acknowledge_by IS NOT NULL"),
    )
    op.create_table(
        "referral_events",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("referral_id", UUID(as_uuid=True), sa.ForeignKey("referrals.id"), nullable=False),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("actor_kind", sa.String(10), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(40), nullable=True),
        _when("created_at", nullable=False),
    )
    op.create_index("ix_referral_events_referral_id", "referral_events", ["referral_id"])
    op.execute(
        "CREATE FUNCTION referral_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'referral_events is append-only'; END $$"
    )
    op.execute(
        "CREATE TRIGGER referral_events_append_only BEFORE UPDATE OR DELETE ON referral_events "
        "FOR EACH ROW EXECUTE FUNCTION referral_events_append_only()"
    )
    op.create_table(
        "referral_facts",
        sa.Column(
            "referral_id",
            UUID(as_uuid=True),
            sa.ForeignKey("referrals.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        _when("created_at", nullable=False),
    )
    op.create_table(
        "partner_notices",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("referral_id", UUID(as_uuid=True), sa.ForeignKey("referrals.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("idempotency_key", UUID(as_uuid=True), nullable=False, unique=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        _when("next_attempt_at", nullable=False),
        _when("lease_until"),
        sa.Column("last_error", sa.String(80), nullable=True),
        _when("created_at", nullable=False),
        _when("sent_at"),
    )
    op.create_index("ix_partner_notices_referral_id", "partner_notices", ["referral_id"])
    op.create_index(
        "ix_partner_notices_due",
        "partner_notices",
        ["next_attempt_at"],
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_table(
        "partner_sessions",
        sa.Column("id_hash", sa.String(64), primary_key=True),
        sa.Column(
            "partner_user_id",
            sa.Integer(),
            sa.ForeignKey("partner_users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("csrf", sa.String(64), nullable=False),
        _when("created_at", nullable=False),
        _when("expires_at", nullable=False),
        _when("revoked_at"),
    )
    op.create_index("ix_partner_sessions_partner_user_id", "partner_sessions", ["partner_user_id"])


def downgrade() -> None:
    op.drop_table("partner_sessions")
    op.drop_table("partner_notices")
    op.drop_table("referral_facts")
    op.drop_table("referral_events")
    op.execute("DROP FUNCTION referral_events_append_only()")
    op.drop_table("referrals")
    op.drop_table("partner_users")
