"""A supervisor hands a conversation to another staff member.

The ownership helper's transfer API (`POST /api/conversations/{id}/transfer`) is meant to
replace this at merge; until then the supervisor room calls this one.
"""

from __future__ import annotations

import uuid

from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import actions, queue
from app.conversations.schemas import ConversationRead
from app.errors import Conflict, FieldRefused
from app.live import events
from app.models import ConversationStatus, User
from app.supervision import access


async def reassign(
    session: AsyncSession, *, conversation_id: uuid.UUID, supervisor: User, to_user_id: int
) -> ConversationRead:
    access.require_supervisor(supervisor)
    conversation = await actions.get_for_update(session, conversation_id=conversation_id)
    if conversation.status == ConversationStatus.closed.value:
        raise Conflict("conversation is closed")
    target = await session.get(User, to_user_id)
    if target is None or not target.active:
        raise FieldRefused("body.to_user", "no active user with this id")
    conversation.assigned_operator_id = target.id
    session.add(conversation)
    await session.flush()
    described = await queue.describe(session, conversation_id=conversation.id)
    assert described is not None
    await events.append(session, events.conversation_updated(described))
    return described
