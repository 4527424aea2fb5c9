"""Web chat floods: new web chats beyond the hotline's rate wait as `held`, outside the
queue, until an operator releases them into it or a supervisor closes them together.

Only web chats are ever held: SMS, WhatsApp, Telegram and voice contacts go to the queue
as before, so a web chat flood never hides them. A held chat is still open and listed
(`GET /api/conversations?held=true`, the console's held section), never dropped. A held
chat stays held whatever it reads as: the floods seen on hotlines are written in emergency
words ("il va me tuer maintenant"), so letting emergencies through would let the flood
through. The held list is in queue order, most urgent first, so an operator sees a real
emergency among the held chats at its top and can answer it at once. Every change of the
held count is one `queue.held` event, so every console shows the same banner.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import actions
from app.domain import ChannelKind
from app.live import events
from app.models import Conversation, ConversationStatus, User
from app.models.base import utcnow
from app.security import flood_control

NEW_WEBCHATS = "webchat-new"


async def held_count(session: AsyncSession) -> int:
    statement = select(func.count()).where(col(Conversation.status) == ConversationStatus.held.value)
    return int((await session.exec(statement)).one())


async def should_hold(
    session: AsyncSession,
    *,
    secret: bytes,
    per_minute: int,
    channel: str,
    now: datetime,
) -> bool:
    """Count a new conversation; True when it is a web chat beyond the rate."""
    if channel != ChannelKind.webchat.value or per_minute <= 0:
        return False
    key = flood_control.key(secret, NEW_WEBCHATS, "all")
    over = await flood_control.hit(session, key=key, rate=flood_control.per_minute(per_minute), now=now)
    return over is not None


async def release_held(session: AsyncSession) -> int:
    """Every held chat into the queue (in the order they came); how many."""
    result = await session.execute(
        sa.update(Conversation)
        .where(col(Conversation.status) == ConversationStatus.held.value)
        .values(status=ConversationStatus.waiting.value)
        .returning(col(Conversation.id))
    )
    released = len(result.all())
    if released:
        await events.append(session, events.queue_held(await held_count(session), released=released))
    return released


async def close_held(session: AsyncSession, *, operator: User) -> list[uuid.UUID]:
    """Close every held chat at once (a supervisor's decision); their ids."""
    result = await session.execute(
        sa.update(Conversation)
        .where(col(Conversation.status) == ConversationStatus.held.value)
        .values(
            status=ConversationStatus.closed.value,
            closed_at=utcnow(),
            assigned_operator_id=sa.func.coalesce(col(Conversation.assigned_operator_id), operator.id),
        )
        .returning(col(Conversation.id))
    )
    closed = [row[0] for row in result.all()]
    if closed:
        await events.append(session, events.queue_held(await held_count(session), closed=closed))
    return closed


async def lock_and_check_held(session: AsyncSession, *, conversation_id: uuid.UUID) -> bool:
    """Lock the conversation for the change to come; whether it is held now."""
    conversation = await actions.get_for_update(session, conversation_id=conversation_id)
    return conversation.status == ConversationStatus.held.value


async def announce_held_count(session: AsyncSession) -> None:
    """After one held chat was answered or closed: every console's banner counts again."""
    await events.append(session, events.queue_held(await held_count(session)))
