from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlmodel import Field, SQLModel

from app.models.base import utcnow
from app.models.message import TRIAGE_CODE_KEYS


class Event(SQLModel, table=True):
    """Append-only log that consoles replay from; ids grow in commit order."""

    __tablename__ = "events"

    id: int | None = Field(default=None, sa_column=sa.Column(sa.BigInteger, sa.Identity(), primary_key=True))
    kind: str = Field(sa_column=sa.Column(sa.String(40), nullable=False))
    conversation_id: uuid.UUID | None = Field(
        default=None,
        sa_column=sa.Column(UUID(as_uuid=True), sa.ForeignKey("conversations.id"), index=True),
    )
    payload: dict[str, object] = Field(default_factory=dict, sa_column=sa.Column(JSONB, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=sa.Column(sa.DateTime(timezone=True), nullable=False)
    )


def message_payload_blanked(text: str) -> sa.TextClause:
    """The SQL value of an event's payload once the message it carries is erased or purged: its
    text replaced by `text`, its triage reduced to the codes (`TRIAGE_CODE_KEYS`). A list of
    what to keep, not of what to drop: a field added to the triage later (quotes, cues) goes too."""
    return sa.text(
        "jsonb_set(jsonb_set(payload, '{message,triage}',"
        " CASE WHEN jsonb_typeof(payload #> '{message,triage}') = 'object' THEN"
        " (SELECT coalesce(jsonb_object_agg(kept.key, kept.value), '{}'::jsonb)"
        " FROM jsonb_each(payload #> '{message,triage}') AS kept WHERE kept.key = ANY(:codes))"
        " ELSE coalesce(payload #> '{message,triage}', 'null'::jsonb) END),"
        " '{message,text}', to_jsonb(CAST(:blank AS text)))"
    ).bindparams(
        sa.bindparam("codes", list(TRIAGE_CODE_KEYS), type_=ARRAY(sa.String)),
        sa.bindparam("blank", text),
    )
