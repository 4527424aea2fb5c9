"""Reading and writing messages of a conversation."""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Message

# What staff see of an inbound message's triage (entities and offsets stay in the row).
TRIAGE_FOR_STAFF = ("language", "urgency", "needs", "indicators", "exploitation", "region", "explanations")


def serialize(message: Message, *, for_staff: bool = False) -> dict[str, Any]:
    """A message as the console (`for_staff`) or the person who wrote it sees it."""
    view: dict[str, Any] = {
        "id": message.id,
        "direction": message.direction,
        "text": message.body_redacted,
        "at": message.created_at.isoformat(),
        "delivery": message.delivery_status,
        "delivery_error": message.delivery_error,
    }
    if for_staff and message.triage:
        view["triage"] = {key: message.triage.get(key) for key in TRIAGE_FOR_STAFF}
    return view


def triage_summary(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """Everything triage found over a conversation: the union of codes, the last region."""
    summary: dict[str, Any] = {"needs": [], "indicators": [], "exploitation": [], "region": None}
    for message in messages:
        found = message.get("triage") or {}
        for key in ("needs", "indicators", "exploitation"):
            for code in found.get(key) or ():
                if code not in summary[key]:
                    summary[key].append(code)
        if found.get("region"):
            summary["region"] = found["region"]
    return summary


async def of_conversation(
    session: AsyncSession, *, conversation_id: uuid.UUID, limit: int = 1000, for_staff: bool = False
) -> list[dict[str, Any]]:
    statement = (
        select(Message)
        .where(col(Message.conversation_id) == conversation_id)
        .order_by(col(Message.id))
        .limit(limit)
    )
    rows = (await session.exec(statement)).all()
    return [serialize(message, for_staff=for_staff) for message in rows]
