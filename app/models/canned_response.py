from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class CannedResponse(SQLModel, table=True):
    """A prepared answer (safety scripts among them) in one language; supervisors edit them."""

    __tablename__ = "canned_responses"
    __table_args__ = (sa.UniqueConstraint("key", "language", name="uq_canned_responses_key_language"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(sa_column=sa.Column(sa.String(40), nullable=False))
    language: str = Field(sa_column=sa.Column(sa.String(8), nullable=False))
    title: str = Field(sa_column=sa.Column(sa.String(120), nullable=False))
    body: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    # A safety script (what to say when someone is in danger) or an everyday answer.
    safety: bool = Field(
        default=False, sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    )
    position: int = Field(default=0, sa_column=sa.Column(sa.SmallInteger, nullable=False, server_default="0"))
    updated_by: int | None = Field(
        default=None, sa_column=sa.Column(sa.Integer, sa.ForeignKey("users.id"), nullable=True)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )
