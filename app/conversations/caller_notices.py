"""What the caller is told beside the messages: the operator is writing, the conversation
is closed. (Closing here also recounts the held web chats when a held one is closed.)

The web chat page shows them as notices, live, never stored (`app.conversations.
webchat_sessions`). On SMS, WhatsApp and Telegram the only notice is "closed", sent as a
message through the outbox, and only when the reply-safety rules allow a reply to this
contact (`outbox.refuse_reply`: safe to reply recorded, no STOP): the person may share the
phone with someone who controls them, so an unasked-for message could put them at risk.
"""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from sqlmodel.ext.asyncio.session import AsyncSession

from app.conversations import actions, automatic_messages, flood, wrap_up
from app.conversations import messages as message_views
from app.conversations.schemas import ConversationRead
from app.delivery import outbox
from app.domain import ChannelKind, NoticeKind
from app.errors import Conflict, NotFound
from app.live import event_hub, events
from app.models import Contact, Conversation, ConversationStatus, Outcome, User
from app.settings import Settings


async def announce_typing(session: AsyncSession, *, conversation_id: uuid.UUID, operator: User) -> None:
    """Tell the web chat caller an operator is writing (on commit, through every process).
    The notice announces a reply, so it follows the reply's rule: the owner, or anyone on
    an unowned conversation (a supervisor cannot reply to someone else's either); 409 else."""
    conversation = await session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFound("conversation not found")
    if conversation.assigned_operator_id not in (None, operator.id):
        raise Conflict(f"conversation {conversation.id} is owned by another operator")
    if conversation.channel != ChannelKind.webchat.value or (
        conversation.status == ConversationStatus.closed.value
    ):
        return
    await session.execute(sa.select(sa.func.pg_notify(event_hub.TYPING_CHANNEL, str(conversation.id))))


def may_notify(contact: Contact, channel: str) -> bool:
    """The reply-safety rules of an operator's reply, for an unasked-for notice."""
    try:
        outbox.refuse_reply(contact, channel)
    except Conflict:
        return False
    return True


async def close(
    session: AsyncSession,
    *,
    settings: Settings,
    conversation_id: uuid.UUID,
    operator: User,
    outcome: Outcome,
    tags: list[str],
    follow_up: date | None,
) -> ConversationRead:
    """Wrap up and close the conversation (`wrap_up.close`); an SMS, WhatsApp or Telegram
    caller it is safe to write to is told so in their language (a web chat caller's page
    says it on its own)."""
    conversation = await actions.get_for_update(session, conversation_id=conversation_id)
    was_open = conversation.status != ConversationStatus.closed.value
    was_held = conversation.status == ConversationStatus.held.value
    closed = await wrap_up.close(
        session, conversation=conversation, operator=operator, outcome=outcome, tags=tags, follow_up=follow_up
    )
    if was_held:
        await flood.announce_held_count(session)
    if not was_open or not outbox.uses_outbox(conversation.channel):
        return closed
    contact = await session.get(Contact, conversation.contact_id)
    assert contact is not None
    if not may_notify(contact, conversation.channel):
        return closed
    language = automatic_messages.choose_language(settings, contact.language, conversation.language)
    text = automatic_messages.notice(settings, kind=NoticeKind.closed, language=language)
    message = await outbox.add_outbound(session, conversation=conversation, text=text)
    await events.append(session, events.message_created(conversation.id, message_views.read(message)))
    return closed
