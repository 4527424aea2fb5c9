"""Handing a conversation to another operator, with a case note; a supervisor reassigns."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import notes, ownership
from app.conversations.schemas import ConversationRead
from app.errors import Conflict
from app.live import events
from app.models import Conversation, ConversationStatus, User
from app.security import audit, visible_text


def refusal(conversation: Conversation, *, by: User, to: User) -> str | None:
    """Why `by` may not hand `conversation` to `to` (None: they may)."""
    if conversation.status == ConversationStatus.closed.value:
        return "conversation is closed"
    if conversation.assigned_operator_id != by.id and not ownership.overrides(by):
        return "only the owner, a supervisor or an admin transfers a conversation"
    if conversation.assigned_operator_id == to.id:
        return f"conversation is already owned by user {to.id}"
    return None


async def transfer(
    session: AsyncSession,
    *,
    conversation: Conversation,
    by: User,
    to: User,
    note: str | None,
    limit: int,
) -> ConversationRead:
    """The owner hands over (the recipient must be present and under the limit); a
    supervisor or an admin reassigns to anyone. The note, redacted, joins the case notes."""
    reason = refusal(conversation, by=by, to=to)
    if reason is not None:
        raise Conflict(reason)
    if not ownership.overrides(by):
        await ownership.check_capacity(session, operator=to, limit=limit)
    previous = conversation.assigned_operator_id
    with_note = bool(note and visible_text.clean(note).strip())
    ownership.assign(conversation, to)
    session.add(conversation)
    await session.flush()
    await audit.record(
        session,
        action="conversation.transfer",
        actor_id=by.id,
        subject_type="conversation",
        subject_id=str(conversation.id),
        detail={
            "from_user": previous or 0,
            "to_user": to.id or 0,
            "reassigned": previous != by.id,
            "with_note": with_note,
        },
    )
    extra: list[events.NewEvent] = []
    if note is not None and with_note:
        _, event = await notes.add(session, conversation=conversation, text=note, author_id=by.id)
        extra.append(event)
    return await ownership.announce(session, conversation.id, *extra, staff=[previous, to.id])
