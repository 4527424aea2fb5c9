"""Staff login state kept in the database, so it holds across app processes: sessions,
login throttling, and the one-time recovery codes of two-factor login."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class StaffSession(SQLModel, table=True):
    """One login. The cookie carries a random id (signed); the table holds its SHA-256 only."""

    __tablename__ = "staff_sessions"

    id_hash: str = Field(sa_column=sa.Column(sa.String(64), primary_key=True))
    user_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    csrf: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    # "full", or "enrol": a password was given but two-factor enrolment must come first.
    stage: str = Field(sa_column=sa.Column(sa.String(16), nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
    expires_at: datetime = Field(sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False))
    revoked_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )


class LoginThrottle(SQLModel, table=True):
    """Failed logins per account or per client; the key is a keyed hash, never an address."""

    __tablename__ = "login_throttle"

    key: str = Field(sa_column=sa.Column(sa.String(64), primary_key=True))
    failures: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
    last_failure_at: datetime = Field(sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False))
    blocked_until: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )


class RecoveryCode(SQLModel, table=True):
    """A one-time code that stands in for the authenticator; SHA-256 at rest."""

    __tablename__ = "recovery_codes"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    code_hash: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    used_at: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
