"""A supervisor hands a conversation to another staff member.

The supervisor room's route; the work is the ownership transfer's
(`app.conversations.transfers`, as `POST /api/conversations/{id}/transfer` by a supervisor):
the status follows the owner, the change is audited and every console updates.
"""

from __future__ import annotations

import uuid

from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import actions, queue, transfers
from app.conversations.schemas import ConversationRead
from app.errors import Conflict, FieldRefused
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
    if conversation.assigned_operator_id == target.id:
        described = await queue.describe(session, conversation_id=conversation.id)
        assert described is not None
        return described
    return await transfers.transfer(
        session, conversation=conversation, by=supervisor, to=target, note=None, limit=0
    )
