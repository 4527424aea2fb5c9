from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class AuditEntry(SQLModel, table=True):
    """One line of the audit log: who did what to which record, chained by hash.

    Append-only: a trigger refuses UPDATE and DELETE; `hotline audit verify` finds an
    entry changed or removed behind the trigger's back. No personal data: ids and codes.
    """

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
    action: str = Field(sa_column=sa.Column(sa.String(60), nullable=False))
    actor_id: int | None = Field(default=None, sa_column=sa.Column(sa.Integer, nullable=True))
    subject_type: str = Field(sa_column=sa.Column(sa.String(40), nullable=False))
    subject_id: str | None = Field(default=None, sa_column=sa.Column(sa.String(64), nullable=True))
    detail: dict[str, object] = Field(default_factory=dict, sa_column=sa.Column(JSONB, nullable=False))
    prev_hash: str = Field(sa_column=sa.Column(sa.String(64), nullable=False))
    hash: str = Field(sa_column=sa.Column(sa.String(64), nullable=False, unique=True))
