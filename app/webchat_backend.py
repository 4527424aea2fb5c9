"""The app side of the web chat: sessions, intake and replies for `channels.webchat`."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Callable
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import col, select

from app import channel_inbound, intake
from app import messages as message_views
from app.context import AppContext
from app.domain import Accepted, ChannelKind, Direction, InboundMessage
from app.events import EventKind
from app.models import Conversation, ConversationStatus, Event
from channels.webchat import ChatSession, ChatUnavailable

_STORAGE_ERRORS = (OSError, OperationalError, DBAPIError, ConnectionError)


class WebchatBackend:
    """Built with the app; reads the process context (set at startup) when called."""

    def __init__(self, context: Callable[[], AppContext]) -> None:
        self._get_context = context

    @property
    def _context(self) -> AppContext:
        return self._get_context()

    def _inbound(self, token: str, text: str = "", **extra: Any) -> InboundMessage:
        return InboundMessage(channel=ChannelKind.webchat, address=token, text=text, **extra)

    async def open(self, token: str) -> ChatSession:
        try:
            async with self._context.database.transaction() as session:
                contact = await intake.find_contact(
                    session, keys=self._context.keys, inbound=self._inbound(token)
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
                    message
                    for message in await message_views.of_conversation(
                        session, conversation_id=conversation.id
                    )
                    if message["direction"] != Direction.note.value
                ]
        except _STORAGE_ERRORS as exc:
            raise ChatUnavailable() from exc
        return ChatSession(
            token=token, resumed=True, history=history,
            conversation_ids={str(conversation.id)},
        )

    async def receive(
        self, session: ChatSession, *, text: str, client_id: str, language: str | None
    ) -> Accepted:
        # The provider id makes a re-sent frame (lost ack, reconnect) one message.
        provider_id = hashlib.sha256(f"{session.token}\x1f{client_id}".encode()).hexdigest()[:40]
        inbound = self._inbound(
            session.token, text, provider_id=provider_id, language_hint=language
        )
        for _attempt in range(3):
            try:
                async with self._context.database.transaction() as db:
                    accepted = await intake.receive(db, keys=self._context.keys, inbound=inbound)
                    await channel_inbound.after_webchat_intake(db, self._context, accepted, inbound)
                break
            except intake.DuplicateRace:
                continue
            except _STORAGE_ERRORS as exc:
                raise ChatUnavailable() from exc
        else:  # pragma: no cover - three races in a row
            raise ChatUnavailable()
        session.conversation_ids.add(accepted.conversation_id)
        return accepted

    async def replies(self, session: ChatSession) -> AsyncIterator[dict[str, Any]]:
        seen = max((int(m["id"]) for m in session.history), default=0)

        def accepts(event: Event) -> bool:
            if event.kind != EventKind.message_created.value or event.conversation_id is None:
                return False
            message = event.payload.get("message")
            return (
                isinstance(message, dict)
                and message.get("direction") == Direction.outbound.value
                and str(event.conversation_id) in session.conversation_ids
            )

        subscription = self._context.hub.subscribe(accepts)
        try:
            while True:
                event = await subscription.queue.get()
                message = event.payload["message"]
                assert isinstance(message, dict)
                if int(message["id"]) <= seen:
                    continue
                seen = int(message["id"])
                yield {
                    "direction": message["direction"],
                    "text": message["text"],
                    "id": message["id"],
                    "at": message["at"],
                }
        finally:
            self._context.hub.unsubscribe(subscription)


