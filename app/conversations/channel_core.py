"""`ChannelCore`: the core's interface (`app.domain.Core`) as the channel adapters see it.

Built with the app, before the process context exists; it reads the context when called.
Storage failures become `StorageUnavailable`, so an adapter answers "retry later" and
never acknowledges a message that is not committed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

from app.calls import follow_up, overflow, prompts, timeline
from app.context import AppContext
from app.conversations import inbound, webchat_sessions
from app.delivery import status_reports
from app.domain import (
    Accepted,
    CallState,
    CallUpdate,
    ChatLine,
    ChatNotice,
    ChatSession,
    DeliveryReport,
    InboundMessage,
    NoticeKind,
    Overflow,
    Prompt,
    StorageUnavailable,
)
from app.models import CallStatus
from app.models.base import utcnow
from app.storage.db import STORAGE_ERRORS


class ChannelCore:
    def __init__(self, context: Callable[[], AppContext]) -> None:
        self._get_context = context

    @property
    def _context(self) -> AppContext:
        return self._get_context()

    async def receive(self, message: InboundMessage) -> Accepted:
        try:
            return await inbound.receive(self._context, message)
        except STORAGE_ERRORS as exc:
            raise StorageUnavailable() from exc

    async def record_delivery(self, report: DeliveryReport) -> None:
        try:
            async with self._context.database.transaction() as session:
                await status_reports.record(session, report)
        except STORAGE_ERRORS as exc:
            raise StorageUnavailable() from exc

    async def open_chat(self, token: str) -> ChatSession:
        return await webchat_sessions.open_session(self._context, token)

    async def receive_chat(
        self, session: ChatSession, *, text: str, client_id: str, language: str | None
    ) -> Accepted:
        return await webchat_sessions.receive(
            self._context, session, text=text, client_id=client_id, language=language
        )

    async def admit_frame(self, connection_id: str, *, language: str | None) -> None:
        await webchat_sessions.admit_frame(self._context, connection_id, language=language)

    def chat_notice(self, kind: NoticeKind, *, language: str | None) -> ChatNotice:
        return webchat_sessions.notice(self._context, kind, language=language)

    def chat_replies(self, session: ChatSession) -> AsyncIterator[ChatLine | ChatNotice]:
        return webchat_sessions.replies(self._context, session)

    async def record_call(self, update: CallUpdate) -> CallState | None:
        try:
            async with self._context.database.transaction() as session:
                return await timeline.record(
                    session,
                    keys=self._context.keys,
                    update=update,
                    limit=self._context.settings.operator_max_conversations,
                )
        except STORAGE_ERRORS as exc:
            raise StorageUnavailable() from exc

    def call_languages(self) -> list[str]:
        return prompts.languages(self._context.settings)

    def call_prompt(self, prompt: Prompt, *, language: str, **values: str) -> str:
        return prompts.say(self._context.settings, prompt, language=language, values=values)

    async def overflow(self, call_sid: str, *, closed: bool = False) -> Overflow:
        try:
            async with self._context.database.transaction() as session:
                call = await timeline.find(session, call_sid=call_sid)
                if call is None:
                    return Overflow(None)
                number = await overflow.send_elsewhere(session, call=call, closed=closed)
                if number is not None or call.status != CallStatus.unanswered.value:
                    return Overflow(number)
                texted = await follow_up.textable_number(session, keys=self._context.keys, call=call)
                return Overflow(None, text_offer=texted is not None)
        except STORAGE_ERRORS as exc:
            raise StorageUnavailable() from exc

    def line_open(self) -> bool:
        return overflow.line_open(self._context.settings, utcnow())

    async def text_follow_up(self, call_sid: str, *, agreed: bool, callback_number: str | None) -> bool:
        context = self._context
        try:
            async with context.database.transaction() as session:
                return await follow_up.answer(
                    session,
                    keys=context.keys,
                    settings=context.settings,
                    call_sid=call_sid,
                    agreed=agreed,
                    callback_number=callback_number,
                )
        except STORAGE_ERRORS as exc:
            raise StorageUnavailable() from exc
