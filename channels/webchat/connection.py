"""The public web chat: `WS /channels/webchat/ws`.

Protocol (JSON text frames):
  visitor -> {"type": "hello", "token": str | null, "language": "fr"}   (optional, first)
  server  -> {"type": "session", "token": str, "resumed": bool}
  server  -> {"type": "history", "messages": [{"id", "direction", "text", "at"}]}
  visitor -> {"type": "message", "text": str, "client_id": str}
  server  -> {"type": "ack", "client_id": str, "id": int}     once the message is stored
  server  -> {"type": "error", "client_id": str | null, "reason": str}
  server  -> {"type": "error", "client_id", "reason": "rate_limited", "retry_after": int,
              "text": str}                            flood control: not stored, send it later
  server  -> {"type": "message", "direction": "out", "text": str, "id": int, "at": str}
  server  -> {"type": "notice", "notice": "waiting" | "typing" | "closed", "text": str}
  server  -> {"type": "ping"}                                  every 25 s

The token is the visitor's only credential and their "address": it is known to the
browser tab (sessionStorage) and, sealed, to the vault. No IP address or user agent is
read or stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import re
import secrets
from dataclasses import asdict
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from pydantic import BaseModel
from starlette import status

from app.domain import ChatNotice, ChatSession, LiveChat, NoticeKind, RateLimited, StorageUnavailable
from channels.webchat.frames import (
    AckFrame,
    ChatLineFrame,
    ErrorFrame,
    HistoryFrame,
    MessageFrame,
    NoticeFrame,
    PingFrame,
    PongFrame,
    SessionFrame,
)

MAX_TEXT = 4000
MAX_FRAME_BYTES = 8 * 1024  # a frame's UTF-8 size; the server closes sockets past 16 KB
HEARTBEAT_SECONDS = 25.0
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{40,64}$")
_CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _parse(raw: str) -> dict[str, Any] | str:
    """The frame, or why it cannot be read (never words of the visitor's own)."""
    try:
        frame = json.loads(raw)
    except (ValueError, RecursionError):  # too deeply nested, an integer of 5,000 digits: unreadable too
        return "not JSON"
    if not isinstance(frame, dict) or not isinstance(frame.get("type"), str):
        return "a frame is a JSON object with a type"
    return frame


class _Connection:
    """One visitor's socket: its session, its reply pump, its heartbeat."""

    def __init__(self, websocket: WebSocket, backend: LiveChat) -> None:
        self.websocket = websocket
        self.backend = backend
        self.session: ChatSession | None = None
        self.id = secrets.token_hex(16)  # counts this socket's frames (flood control)
        self.language: str | None = None
        self._send_lock = asyncio.Lock()
        self._tasks: list[asyncio.Task[None]] = []
        # Once flood control refuses this socket, its frames are refused here until the wait
        # ends: the shared counter is not written again for each of them.
        self._refused: RateLimited | None = None
        self._refused_until = 0.0

    async def send(self, frame: BaseModel) -> None:
        async with self._send_lock:
            await self.websocket.send_text(json.dumps(frame.model_dump(mode="json"), ensure_ascii=False))

    async def run(self) -> None:
        self._tasks.append(asyncio.create_task(self._heartbeat()))
        try:
            while True:
                raw = await self._receive()
                if raw is None:
                    if await self._admitted({"type": "invalid"}):
                        await self.send(ErrorFrame(reason="a frame is JSON text, not binary"))
                    continue
                if len(raw.encode("utf-8", "surrogatepass")) > MAX_FRAME_BYTES:
                    await self.send(ErrorFrame(reason=f"frame larger than {MAX_FRAME_BYTES // 1024} KB"))
                    continue
                frame = _parse(raw)
                if isinstance(frame, str):
                    if await self._admitted({"type": "invalid"}):
                        await self.send(ErrorFrame(reason=frame))
                elif frame["type"] == "ping" or await self._admitted(frame):
                    await self._handle(frame)
        except WebSocketDisconnect:
            pass
        finally:
            for task in self._tasks:
                task.cancel()
            for task in self._tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    async def _receive(self) -> str | None:
        """The next text frame; None for a binary one (the page sends none)."""
        message = await self.websocket.receive()
        if message["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(message.get("code", 1000), message.get("reason"))
        text = message.get("text")
        return text if isinstance(text, str) else None

    async def _admitted(self, frame: dict[str, Any]) -> bool:
        """Within this socket's frame rate; else the visitor is told to wait."""
        client_id = frame.get("client_id") if frame["type"] == "message" else None
        client_id = client_id if isinstance(client_id, str) and _CLIENT_ID.match(client_id) else None
        now = asyncio.get_running_loop().time()
        if self._refused is not None and now < self._refused_until:
            wait = max(1, math.ceil(self._refused_until - now))
            await self.send(_rate_limited(client_id, RateLimited(wait, self._refused.text)))
            return False
        try:
            await self.backend.admit_frame(self.id, language=self.language)
        except RateLimited as refused:
            self._refused, self._refused_until = refused, now + refused.retry_after
            await self.send(_rate_limited(client_id, refused))
            return False
        except StorageUnavailable:
            return True  # the rates' store is away: the frame's own handling says so
        return True

    async def _handle(self, frame: dict[str, Any]) -> None:
        kind = frame["type"]
        if kind == "hello":
            if isinstance(frame.get("language"), str):
                self.language = frame["language"][:8]
            if self.session is None:
                token = frame.get("token")
                await self._start(token if isinstance(token, str) else None)
        elif kind == "message":
            await self._message(frame)
        elif kind == "ping":
            await self.send(PongFrame())
        else:
            await self.send(ErrorFrame(reason=f"unknown frame type {kind[:32]!r}"))

    async def _start(self, token: str | None) -> ChatSession | None:
        wanted = token if token and _TOKEN.match(token) else secrets.token_urlsafe(32)
        try:
            session = await self.backend.open_chat(wanted)
        except StorageUnavailable:
            await self.send(ErrorFrame(reason="unavailable"))
            return None
        self.session = session
        session.language = self.language
        await self.send(SessionFrame(token=session.token, resumed=session.resumed))
        if session.history:
            lines = [ChatLineFrame(**asdict(line)) for line in session.history]
            await self.send(HistoryFrame(messages=lines))
        self._tasks.append(asyncio.create_task(self._forward_replies(session)))
        await asyncio.sleep(0)  # the pump subscribes before any message of this session commits
        return session

    async def _message(self, frame: dict[str, Any]) -> None:
        client_id = frame.get("client_id")
        if not isinstance(client_id, str) or not _CLIENT_ID.match(client_id):
            client_id = secrets.token_hex(8)
        text = frame.get("text")
        if not isinstance(text, str) or not text.strip():
            await self.send(ErrorFrame(client_id=client_id, reason="empty message"))
            return
        if len(text) > MAX_TEXT:
            reason = f"message longer than {MAX_TEXT} characters"
            await self.send(ErrorFrame(client_id=client_id, reason=reason))
            return
        session = self.session or await self._start(None)
        if session is None:
            await self.send(ErrorFrame(client_id=client_id, reason="unavailable"))
            return
        try:
            accepted = await self.backend.receive_chat(
                session, text=text, client_id=client_id, language=self.language
            )
        except RateLimited as refused:
            await self.send(_rate_limited(client_id, refused))
            return
        except StorageUnavailable:
            await self.send(ErrorFrame(client_id=client_id, reason="unavailable"))
            return
        await self.send(AckFrame(client_id=client_id, id=accepted.message_id))
        if accepted.waiting and not accepted.duplicate:
            await self._notice(self.backend.chat_notice(NoticeKind.waiting, language=self.language))

    async def _notice(self, notice: ChatNotice) -> None:
        await self.send(NoticeFrame(notice=notice.kind.value, text=notice.text))

    async def _forward_replies(self, session: ChatSession) -> None:
        async for reply in self.backend.chat_replies(session):
            if isinstance(reply, ChatNotice):
                await self._notice(reply)
            else:
                await self.send(MessageFrame(**asdict(reply)))

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            await self.send(PingFrame())


def _rate_limited(client_id: str | None, refused: RateLimited) -> ErrorFrame:
    return ErrorFrame(
        client_id=client_id, reason="rate_limited", retry_after=refused.retry_after, text=refused.text
    )


_PAGE_SCHEME = {"ws": "http", "wss": "https"}  # the page scheme a socket's scheme stands for


def allowed_origin(origin: str | None, *, host: str | None, scheme: str, public_url: str) -> bool:
    """A browser's socket must come from our own page: same origin as the public URL, or the
    Host it was sent to over the socket's own scheme (`wss` for an `https` page: a page of the
    host served over plain HTTP, which a network attacker can write, is not ours). Clients that
    send no Origin (not browsers) are let in."""
    if origin is None:
        return True
    parts = urlsplit(origin)
    public = urlsplit(public_url)
    if parts.netloc and (parts.scheme, parts.netloc) == (public.scheme, public.netloc):
        return True
    return bool(host) and parts.netloc == host and parts.scheme == _PAGE_SCHEME.get(scheme)


def build_router(backend: LiveChat, *, public_url: str) -> APIRouter:
    router = APIRouter()

    @router.websocket("/channels/webchat/ws")
    async def chat_socket(websocket: WebSocket) -> None:
        origin, host = websocket.headers.get("origin"), websocket.headers.get("host")
        scheme = websocket.scope.get("scheme", "ws")
        if not allowed_origin(origin, host=host, scheme=scheme, public_url=public_url):
            await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
            return
        await websocket.accept()
        await _Connection(websocket, backend).run()

    return router
