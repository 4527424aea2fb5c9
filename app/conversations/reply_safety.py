"""Whether it is safe to write back to a caller (who may share the phone with a trafficker)."""

from __future__ import annotations

import uuid

from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import messages as message_views
from app.conversations import ownership, queue, workload
from app.conversations.actions import get_for_update
from app.conversations.schemas import ConversationRead
from app.delivery import outbox
from app.live import events
from app.models import Contact, User


async def record(
    session: AsyncSession, *, conversation_id: uuid.UUID, safe: bool, operator: User, limit: int
) -> ConversationRead:
    """The owner's decision, for the contact behind the conversation (an unowned
    conversation becomes theirs, within `limit`); marking a contact unsafe withdraws what is
    still waiting to be sent to it."""
    conversation = await get_for_update(session, conversation_id=conversation_id)
    claimed = await ownership.claim(session, conversation=conversation, operator=operator, limit=limit)
    contact = await session.get(Contact, conversation.contact_id, with_for_update=True)
    assert contact is not None
    contact.safe_to_reply = safe
    session.add(contact)
    await session.flush()
    withdrawn = (
        []
        if safe
        else await outbox.cancel_for_contact(session, contact_id=contact.id or 0, reason=outbox.REASON_UNSAFE)
    )
    described = await queue.describe(session, conversation_id=conversation.id)
    assert described is not None
    await events.append(
        session,
        events.conversation_updated(described),
        *[
            events.message_updated(message.conversation_id, message_views.read(message))
            for message in withdrawn
        ],
        *await workload.changed(session, operator.id if claimed else None),
    )
    return described
