"""Warm referrals: the referral with its consent, its append-only history, the facts shared
with the partner (sealed, deleted when consent ends) and the notices the partner is sent."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class ReferralStatus(StrEnum):
    """FHIR Task status (the subset a referral goes through), plus `expired`."""

    requested = "requested"
    accepted = "accepted"
    rejected = "rejected"
    in_progress = "in-progress"
    completed = "completed"
    cancelled = "cancelled"
    failed = "failed"
    expired = "expired"


class ConsentState(StrEnum):
    pending = "pending"  # a consent text was sent; the caller has not answered yes yet
    given = "given"
    revoked = "revoked"
    ended = "ended"  # the referral closed or the consent's end date passed


def _when(nullable: bool = True) -> sa.Column[datetime]:
    return sa.Column(sa.DateTime(timezone=True), nullable=nullable)


class Referral(SQLModel, table=True):
    __tablename__ = "referrals"
    __table_args__ = (
        sa.Index(
            "ix_referrals_acknowledge_due",
            "acknowledge_by",
            postgresql_where=sa.text("status = 'requested' AND acknowledge_by IS NOT NULL"),
        ),
    )

    id: uuid.UUID = Field(
        default_factory=uuid.uuid4, sa_column=sa.Column(UUID(as_uuid=True), primary_key=True)
    )
    conversation_id: uuid.UUID = Field(
        sa_column=sa.Column(UUID(as_uuid=True), sa.ForeignKey("conversations.id"), nullable=False, index=True)
    )
    # HSDS ids, kept as text: a directory re-import never rewrites a referral's history.
    service_id: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    organization_id: str = Field(sa_column=sa.Column(sa.Text, nullable=False, index=True))
    status: str = Field(sa_column=sa.Column(sa.String(20), nullable=False))
    purpose: str = Field(sa_column=sa.Column(sa.String(200), nullable=False))
    share: list[str] = Field(sa_column=sa.Column(ARRAY(sa.String(20)), nullable=False))
    consent_method: str = Field(sa_column=sa.Column(sa.String(10), nullable=False))
    consent_state: str = Field(sa_column=sa.Column(sa.String(10), nullable=False))
    consent_given_at: datetime | None = Field(default=None, sa_column=_when())
    consent_until: datetime = Field(sa_column=_when(nullable=False))
    consent_ended_at: datetime | None = Field(default=None, sa_column=_when())
    # The acknowledgement timer: a row, so it survives restarts and is shared by every process.
    acknowledge_by: datetime | None = Field(default=None, sa_column=_when())
    created_by: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("users.id"), nullable=True)
    )
    # Warm hand-over in text: a partner worker joined the live conversation; the operator left
    # once the caller agreed; the partner worker left.
    partner_joined_at: datetime | None = Field(default=None, sa_column=_when())
    partner_joined_by: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("partner_users.id"), nullable=True)
    )
    operator_left_at: datetime | None = Field(default=None, sa_column=_when())
    partner_left_at: datetime | None = Field(default=None, sa_column=_when())
    created_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))


class ReferralEvent(SQLModel, table=True):
    """One transition; never updated (a trigger refuses it), read in id order."""

    __tablename__ = "referral_events"

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    referral_id: uuid.UUID = Field(
        sa_column=sa.Column(UUID(as_uuid=True), sa.ForeignKey("referrals.id"), nullable=False, index=True)
    )
    # A referral status, or a consent step: consent.given, consent.revoked, consent.ended.
    action: str = Field(sa_column=sa.Column(sa.String(30), nullable=False))
    actor_kind: str = Field(sa_column=sa.Column(sa.String(10), nullable=False))
    actor_id: int | None = Field(default=None, sa_column=sa.Column(sa.Integer, nullable=True))
    reason: str | None = Field(default=None, sa_column=sa.Column(sa.String(40), nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))


class ReferralFacts(SQLModel, table=True):
    """The consented facts, AES-GCM sealed to the referral; deleted when consent ends."""

    __tablename__ = "referral_facts"

    referral_id: uuid.UUID = Field(
        sa_column=sa.Column(
            UUID(as_uuid=True), sa.ForeignKey("referrals.id", ondelete="CASCADE"), primary_key=True
        )
    )
    sealed: bytes = Field(sa_column=sa.Column(sa.LargeBinary, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))


class PartnerNotice(SQLModel, table=True):
    """The partner's outbox: a notice (a link, never the caller's data), retried with backoff."""

    __tablename__ = "partner_notices"
    __table_args__ = (
        sa.Index("ix_partner_notices_due", "next_attempt_at", postgresql_where=sa.text("status = 'pending'")),
    )

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    referral_id: uuid.UUID = Field(
        sa_column=sa.Column(UUID(as_uuid=True), sa.ForeignKey("referrals.id"), nullable=False, index=True)
    )
    kind: str = Field(sa_column=sa.Column(sa.String(20), nullable=False))  # new, revoked
    method: str = Field(sa_column=sa.Column(sa.String(10), nullable=False))
    idempotency_key: uuid.UUID = Field(
        default_factory=uuid.uuid4,
        sa_column=sa.Column(UUID(as_uuid=True), nullable=False, unique=True),
    )
    status: str = Field(default="pending", sa_column=sa.Column(sa.String(10), nullable=False))
    attempts: int = Field(default=0, sa_column=sa.Column(sa.SmallInteger, nullable=False))
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))
    lease_until: datetime | None = Field(default=None, sa_column=_when())
    last_error: str | None = Field(default=None, sa_column=sa.Column(sa.String(80), nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))
    sent_at: datetime | None = Field(default=None, sa_column=_when())


class PartnerUser(SQLModel, table=True):
    """A partner organisation's worker: invited by a supervisor, logs in to `/partner/`."""

    __tablename__ = "partner_users"

    id: int | None = Field(default=None, primary_key=True)
    organization_id: str = Field(sa_column=sa.Column(sa.Text, nullable=False, index=True))
    email: str = Field(sa_column=sa.Column(sa.String(320), nullable=False, unique=True))
    display_name: str = Field(sa_column=sa.Column(sa.String(80), nullable=False))
    # Null until the invitation is accepted: the link works once.
    password_hash: str | None = Field(default=None, sa_column=sa.Column(sa.String(255), nullable=True))
    active: bool = Field(default=True)
    invited_by: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("users.id"), nullable=True)
    )
    created_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))
    # Two-factor login, as staff have it (`app.security.two_factor`): the TOTP secret sealed with
    # the vault key, on once a code confirmed it; the last time step accepted (each code works
    # once); until when a password alone may enrol a first authenticator where it is required.
    totp_sealed: bytes | None = Field(default=None, sa_column=sa.Column(sa.LargeBinary, nullable=True))
    totp_enabled: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )
    totp_enrol_until: datetime | None = Field(default=None, sa_column=_when())
    totp_last_step: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, nullable=True))


class PartnerRecoveryCode(SQLModel, table=True):
    """A partner worker's one-time code that stands in for the authenticator; SHA-256 at rest.
    The staff's `recovery_codes` in shape (`user_id` names a partner worker here)."""

    __tablename__ = "partner_recovery_codes"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("partner_users.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    code_hash: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=_when())


class PartnerSession(SQLModel, table=True):
    """A partner login, like a staff session: the cookie names it, the table holds its hash."""

    __tablename__ = "partner_sessions"

    id_hash: str = Field(sa_column=sa.Column(sa.String(64), primary_key=True))
    partner_user_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("partner_users.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    csrf: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    # `full`; `code` (password given, the second factor still to give) or `enrol` (password
    # given, an authenticator to set up): such a session opens only that step's page.
    stage: str = Field(
        default="full", sa_column=sa.Column(sa.String(10), nullable=False, server_default="full")
    )
    created_at: datetime = Field(default_factory=utcnow, sa_column=_when(nullable=False))
    expires_at: datetime = Field(sa_column=_when(nullable=False))
    revoked_at: datetime | None = Field(default=None, sa_column=_when())
