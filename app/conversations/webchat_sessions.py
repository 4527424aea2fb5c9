"""The web chat's sessions: a visitor's token opens their conversation and history, their
messages go through intake, and staff replies reach their socket."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from typing import Any

from sqlmodel import col, select

from app.context import AppContext
from app.conversations import inbound as channel_inbound
from app.conversations import intake
from app.conversations import messages as message_views
from app.conversations.schemas import MessageRead
from app.domain import (
    Accepted,
    ChannelKind,
    ChatLine,
    ChatSession,
    Direction,
    InboundMessage,
    StorageUnavailable,
)
from app.live.schemas import EventKind
from app.models import Conversation, ConversationStatus, Event
from app.storage.db import STORAGE_ERRORS

# The caller's own history shows their messages and the hotline's answers, never staff notes
# or supervisor whispers.
CALLER_SEES = frozenset({Direction.inbound, Direction.outbound})


def _inbound(token: str, text: str = "", **extra: Any) -> InboundMessage:
    return InboundMessage(channel=ChannelKind.webchat, address=token, text=text, **extra)


def _line(message: MessageRead) -> ChatLine:
    shown = message.model_dump(mode="json", include={"id", "direction", "text", "at"})
    return ChatLine(**shown)


async def open_session(context: AppContext, token: str) -> ChatSession:
    try:
        async with context.database.transaction() as session:
            contact = await intake.find_contact(
                session, keys=context.keys, inbound=_inbound(token)
            )
            if contact is None:
                return ChatSession(token=token, resumed=False)
            conversation = (
                await session.exec(
                    select(Conversation).where(
                        col(Conversation.contact_id) == contact.id,
                        col(Conversation.status) != ConversationStatus.closed.value,
                    )
                )
            ).first()
            if conversation is None:
                return ChatSession(token=token, resumed=True)
            history = [
                _line(message)
                for message in await message_views.of_conversation(
                    session, conversation_id=conversation.id
                )
                if message.direction in CALLER_SEES
            ]
    except STORAGE_ERRORS as exc:
        raise StorageUnavailable() from exc
    return ChatSession(
        token=token, resumed=True, history=history,
        conversation_ids={str(conversation.id)},
    )


async def receive(
    context: AppContext, session: ChatSession, *, text: str, client_id: str, language: str | None
) -> Accepted:
    # The provider id makes a re-sent frame (lost ack, reconnect) one message.
    provider_id = hashlib.sha256(f"{session.token}\x1f{client_id}".encode()).hexdigest()[:40]
    inbound = intake.clean(_inbound(
        session.token, text, provider_id=provider_id, language_hint=language
    ))
    for _attempt in range(3):
        try:
            async with context.database.transaction() as db:
                accepted = await intake.receive(db, keys=context.keys, inbound=inbound)
                await channel_inbound.after_webchat_intake(db, context, accepted, inbound)
            break
        except intake.DuplicateRace:
            continue
        except STORAGE_ERRORS as exc:
            raise StorageUnavailable() from exc
    else:  # pragma: no cover - three races in a row
        raise StorageUnavailable()
    session.conversation_ids.add(accepted.conversation_id)
    return accepted


async def replies(context: AppContext, session: ChatSession) -> AsyncIterator[ChatLine]:
    seen = max((line.id for line in session.history), default=0)

    def accepts(event: Event) -> bool:
        if event.kind != EventKind.message_created.value or event.conversation_id is None:
            return False
        message = event.payload.get("message")
        return (
            isinstance(message, dict)
            and message.get("direction") == Direction.outbound.value
            and str(event.conversation_id) in session.conversation_ids
        )

    subscription = context.hub.subscribe(accepts)
    try:
        while True:
            event = await subscription.queue.get()
            message = MessageRead.model_validate(event.payload["message"])
            if message.id <= seen:
                continue
            seen = message.id
            yield _line(message)
    finally:
        context.hub.unsubscribe(subscription)


