from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class Role(StrEnum):
    operator = "operator"
    supervisor = "supervisor"
    admin = "admin"


class Presence(StrEnum):
    """Whether an operator takes conversations: available (offered the next one), busy (takes
    only what they choose), away (takes none)."""

    available = "available"
    busy = "busy"
    away = "away"


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(sa_column=sa.Column(sa.String(320), nullable=False, unique=True))
    password_hash: str = Field(sa_column=sa.Column(sa.String(255), nullable=False))
    role: Role = Field(sa_column=sa.Column(sa.String(20), nullable=False))
    active: bool = Field(default=True)
    presence: str = Field(
        default=Presence.available.value,
        sa_column=sa.Column(sa.String(12), nullable=False, server_default=Presence.available.value),
    )
    # Two-factor login: the TOTP secret, sealed with the vault key; enabled once confirmed.
    totp_sealed: bytes | None = Field(default=None, sa_column=sa.Column(sa.LargeBinary, nullable=True))
    totp_enabled: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )
    # Where two-factor login is required: until when a password alone may enrol a first
    # authenticator (set by an admin's create, password reset or second-factor reset).
    totp_enrol_until: datetime | None = Field(
        default=None, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=True)
    )
    # The last time step accepted, so one code cannot be used twice.
    totp_last_step: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, nullable=True))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
