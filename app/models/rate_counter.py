from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


class RateCounter(SQLModel, table=True):
    """Hits of one key in one fixed window (`app.security.flood_control`); the key is a
    keyed hash, never a token or an address."""

    __tablename__ = "rate_counters"
    __table_args__ = (sa.Index("ix_rate_counters_window_start", "window_start"),)

    key: str = Field(sa_column=sa.Column(sa.String(64), primary_key=True))
    window_start: datetime = Field(sa_column=sa.Column(sa.DateTime(timezone=True), primary_key=True))
    hits: int = Field(sa_column=sa.Column(sa.Integer, nullable=False))
