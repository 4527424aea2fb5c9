"""The web chat's sessions: a visitor's token opens their conversation and history, their
messages go through intake, and staff replies reach their socket."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from typing import Any

from sqlmodel import col, select

from app.context import AppContext
from app.conversations import automatic_messages, intake
from app.conversations import inbound as channel_inbound
from app.conversations import messages as message_views
from app.conversations.schemas import MessageRead
from app.domain import (
    Accepted,
    ChannelKind,
    ChatLine,
    ChatNotice,
    ChatSession,
    Direction,
    InboundMessage,
    NoticeKind,
    RateLimited,
    StorageUnavailable,
)
from app.live.schemas import EventKind
from app.models import Conversation, ConversationStatus, Event
from app.models.base import utcnow
from app.security import flood_control
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
            contact = await intake.find_contact(session, keys=context.keys, inbound=_inbound(token))
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
                for message in await message_views.of_conversation(session, conversation_id=conversation.id)
                if message.direction in CALLER_SEES
            ]
    except STORAGE_ERRORS as exc:
        raise StorageUnavailable() from exc
    return ChatSession(
        token=token,
        resumed=True,
        history=history,
        conversation_ids={str(conversation.id)},
    )


async def _limit(
    context: AppContext, *, kind: str, value: str, per_minute: int, language: str | None
) -> None:
    """Count one hit of a flood-control rate; `RateLimited` past it (nothing else stored)."""
    if per_minute <= 0:
        return
    key = flood_control.key(context.keys.pseudonym_key, kind, value)
    try:
        async with context.database.transaction() as db:
            wait = await flood_control.hit(
                db, key=key, rate=flood_control.per_minute(per_minute), now=utcnow()
            )
    except STORAGE_ERRORS as exc:
        raise StorageUnavailable() from exc
    if wait is not None:
        raise RateLimited(wait, automatic_messages.rate_limited(context.settings, language=language))


async def admit_frame(context: AppContext, connection_id: str, *, language: str | None) -> None:
    """One frame of one chat socket, within `HOTLINE_WEBCHAT_FRAMES_PER_MINUTE`."""
    await _limit(
        context,
        kind="webchat-socket",
        value=connection_id,
        per_minute=context.settings.webchat_frames_per_minute,
        language=language,
    )


def notice(context: AppContext, kind: NoticeKind, *, language: str | None) -> ChatNotice:
    return ChatNotice(kind, automatic_messages.notice(context.settings, kind=kind, language=language))


async def receive(
    context: AppContext, session: ChatSession, *, text: str, client_id: str, language: str | None
) -> Accepted:
    """One visitor message, within `HOTLINE_WEBCHAT_MESSAGES_PER_MINUTE` for the session: a
    refused one is not stored, so the page sends it again later under the same id."""
    await _limit(
        context,
        kind="webchat-session",
        value=session.token,
        per_minute=context.settings.webchat_messages_per_minute,
        language=language,
    )
    # The provider id makes a re-sent frame (lost ack, reconnect) one message.
    provider_id = hashlib.sha256(f"{session.token}\x1f{client_id}".encode()).hexdigest()[:40]
    inbound = intake.clean(_inbound(session.token, text, provider_id=provider_id, language_hint=language))
    for _attempt in range(3):
        try:
            async with context.database.transaction() as db:
                accepted = await intake.receive(db, keys=context.keys, inbound=inbound)
                # Known before the commit: the hub may offer this transaction's events (the
                # deletion receipt) as soon as it commits, before this call returns.
                session.conversation_ids.add(accepted.conversation_id)
                await channel_inbound.after_webchat_intake(db, context, accepted, inbound)
            break
        except intake.DuplicateRace:
            continue
        except STORAGE_ERRORS as exc:
            raise StorageUnavailable() from exc
    else:  # pragma: no cover - three races in a row
        raise StorageUnavailable()
    try:
        await channel_inbound.answer_consent(context, accepted, inbound)
    except STORAGE_ERRORS as exc:
        raise StorageUnavailable() from exc
    session.conversation_ids.add(accepted.conversation_id)
    return accepted


def _reply_or_notice(event: Event, session: ChatSession) -> MessageRead | NoticeKind | None:
    """What an event means for this visitor: a hotline reply, "closed", or nothing."""
    mine = event.conversation_id is not None and str(event.conversation_id) in session.conversation_ids
    if event.kind == EventKind.message_created.value and mine:
        message = event.payload.get("message")
        if isinstance(message, dict) and message.get("direction") == Direction.outbound.value:
            return MessageRead.model_validate(message)
    elif event.kind == EventKind.conversation_updated.value and mine:
        conversation = event.payload.get("conversation")
        if isinstance(conversation, dict) and conversation.get("status") == ConversationStatus.closed.value:
            return NoticeKind.closed
    elif event.kind == EventKind.queue_held.value:
        closed = event.payload.get("closed")
        if isinstance(closed, list) and session.conversation_ids.intersection(map(str, closed)):
            return NoticeKind.closed
    return None


async def replies(context: AppContext, session: ChatSession) -> AsyncIterator[ChatLine | ChatNotice]:
    """Hotline replies, and notices: an operator writing, the conversation closed."""
    seen = max((line.id for line in session.history), default=0)
    subscription = context.hub.subscribe(lambda event: _reply_or_notice(event, session) is not None)
    typing = context.hub.watch_typing()
    waits: set[asyncio.Future[Any]] = set()
    try:
        while True:
            event_wait = asyncio.ensure_future(subscription.queue.get())
            typing_wait = asyncio.ensure_future(typing.get())
            waits = {event_wait, typing_wait}
            done, pending = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            for task in pending:
                task.cancel()
            if typing_wait in done and typing_wait.result() in session.conversation_ids:
                yield notice(context, NoticeKind.typing, language=session.language)
            if event_wait not in done:
                continue
            found = _reply_or_notice(event_wait.result(), session)
            if isinstance(found, NoticeKind):
                yield notice(context, found, language=session.language)
            elif found is not None and found.id > seen:
                seen = found.id
                yield _line(found)
    finally:
        for waiting in waits:  # cancelled while waiting (the socket closed): none left pending
            waiting.cancel()
        context.hub.unsubscribe(subscription)
        context.hub.unwatch_typing(typing)
