"""Reading and writing messages of a conversation."""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations.schemas import MessageRead, TriageRead
from app.domain import Direction
from app.models import Message
from app.security import visible_text
from triage.danger.reasons import LANGUAGES, Reason, render
from triage.explanation_cues import read_explanations

# What staff see of an inbound message's triage (entities and offsets stay in the row).
TRIAGE_FOR_STAFF = tuple(TriageRead.model_fields)


def plain_reasons(stored: object) -> dict[str, list[str]]:
    """The stored structured reasons as sentences an operator reads, in each page language."""
    if not isinstance(stored, list):
        return {}
    reasons = []
    for item in stored:
        try:
            reasons.append(Reason.from_json(item))
        except (KeyError, TypeError, ValueError):
            continue  # written by an older triage: its explanations still show
    return {lang: [render(reason, lang) for reason in reasons] for lang in LANGUAGES} if reasons else {}


def plain_cues(stored: object) -> dict[str, Any]:
    """The stored explanation lines as cues (words and their codes) and the level's cause."""
    if not isinstance(stored, list):
        return {}
    found = read_explanations(line for line in stored if isinstance(line, str))
    cues = [{"quote": cue.quote, "codes": list(cue.codes)} for cue in found.cues]
    return {"cues": cues, "level_cause": found.cause}


def read(message: Message, *, for_staff: bool = False) -> MessageRead:
    """A message as the console (`for_staff`) or the person who wrote it sees it."""
    triage = None
    if for_staff and message.triage:
        found = message.triage
        triage = TriageRead.model_validate(
            {key: found[key] for key in TRIAGE_FOR_STAFF if found.get(key) is not None}
            | {"why": plain_reasons(found.get("reasons"))}
            | plain_cues(found.get("explanations"))
        )
    return MessageRead.model_validate(
        {
            "id": message.id,
            "direction": message.direction,
            "text": visible_text.clean(message.body_redacted),
            "at": message.created_at,
            "delivery": message.delivery_status,
            "delivery_error": message.delivery_error,
            "triage": triage,
            "marker": message.marker,
        }
    )


def triage_summary(messages: list[MessageRead]) -> dict[str, Any]:
    """Everything triage found over a conversation: the union of codes, the last region."""
    summary: dict[str, Any] = {"needs": [], "indicators": [], "exploitation": [], "region": None}
    for message in messages:
        found = message.triage
        if found is None:
            continue
        for key, codes in (
            ("needs", found.needs),
            ("indicators", found.indicators),
            ("exploitation", found.exploitation),
        ):
            for code in codes:
                if code.value not in summary[key]:
                    summary[key].append(code.value)
        if found.region:
            summary["region"] = found.region
    return summary


async def of_conversation(
    session: AsyncSession,
    *,
    conversation_id: uuid.UUID,
    limit: int = 1000,
    for_staff: bool = False,
    whispers: bool = False,
) -> list[MessageRead]:
    """The messages, oldest first; a supervisor's whispers only with `whispers` (for the
    conversation's owner and supervisors: see `app.supervision.access`)."""
    statement = (
        select(Message)
        .where(col(Message.conversation_id) == conversation_id)
        .order_by(col(Message.id))
        .limit(limit)
    )
    if not whispers:
        statement = statement.where(col(Message.direction) != Direction.whisper.value)
    rows = (await session.exec(statement)).all()
    return [read(message, for_staff=for_staff) for message in rows]
