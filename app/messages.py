"""Reading and writing messages of a conversation."""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Message


def serialize(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "direction": message.direction,
        "text": message.body_redacted,
        "at": message.created_at.isoformat(),
        "delivery": message.delivery_status,
        "delivery_error": message.delivery_error,
    }


async def of_conversation(
    session: AsyncSession, *, conversation_id: uuid.UUID, limit: int = 1000
) -> list[dict[str, Any]]:
    statement = (
        select(Message)
        .where(col(Message.conversation_id) == conversation_id)
        .order_by(col(Message.id))
        .limit(limit)
    )
    return [serialize(message) for message in (await session.exec(statement)).all()]
