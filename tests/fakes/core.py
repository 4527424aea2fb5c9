"""A fake of the core's interface (`app.domain.Core`) for testing channel adapters without a
database: it records what the adapter hands over and answers like the real one."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from app.domain import (
    Accepted,
    ChatLine,
    ChatNotice,
    ChatSession,
    DeliveryReport,
    InboundMessage,
    NoticeKind,
    RateLimited,
    StorageUnavailable,
)


@dataclass
class FakeCore:
    received: list[InboundMessage] = field(default_factory=list)
    reports: list[DeliveryReport] = field(default_factory=list)
    chats: list[tuple[str, str, str | None]] = field(default_factory=list)  # token, text, language
    opened: list[str] = field(default_factory=list)
    histories: dict[str, list[ChatLine]] = field(default_factory=dict)
    scripted_replies: list[ChatLine] = field(default_factory=list)  # staff replies, once a chat opens
    unavailable: bool = False  # storage down: every call raises StorageUnavailable
    frames_allowed: int | None = None  # flood control: frames admitted before RateLimited
    frames_seen: int = 0
    _ids: dict[str, int] = field(default_factory=dict)

    def _check(self) -> None:
        if self.unavailable:
            raise StorageUnavailable()

    def _accept(self, key: str | None) -> Accepted:
        duplicate = key is not None and key in self._ids
        if key is None or not duplicate:
            message_id = len(self._ids) + 1
            self._ids[key or f"anonymous-{message_id}"] = message_id
        else:
            message_id = self._ids[key]
        return Accepted("c0ffee00-0000-4000-8000-000000000000", message_id, duplicate=duplicate)

    async def receive(self, inbound: InboundMessage) -> Accepted:
        self._check()
        accepted = self._accept(f"{inbound.channel}:{inbound.provider_id}" if inbound.provider_id else None)
        if not accepted.duplicate:
            self.received.append(inbound)
        return accepted

    async def record_delivery(self, report: DeliveryReport) -> None:
        self._check()
        self.reports.append(report)

    async def open_chat(self, token: str) -> ChatSession:
        self._check()
        self.opened.append(token)
        history = self.histories.get(token, [])
        return ChatSession(token=token, resumed=token in self.histories, history=list(history))

    async def admit_frame(self, connection_id: str, *, language: str | None) -> None:
        self._check()
        self.frames_seen += 1
        if self.frames_allowed is not None and self.frames_seen > self.frames_allowed:
            raise RateLimited(30, f"slow down ({language})")

    def chat_notice(self, kind: NoticeKind, *, language: str | None) -> ChatNotice:
        return ChatNotice(kind, f"{kind.value} ({language})")

    async def receive_chat(
        self, session: ChatSession, *, text: str, client_id: str, language: str | None
    ) -> Accepted:
        self._check()
        accepted = self._accept(f"{session.token}:{client_id}")
        if not accepted.duplicate:
            self.chats.append((session.token, text, language))
        return accepted

    async def chat_replies(self, session: ChatSession) -> AsyncIterator[ChatLine | ChatNotice]:
        for line in self.scripted_replies:
            yield line
        await asyncio.Event().wait()  # no more replies until the socket closes
