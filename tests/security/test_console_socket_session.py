"""The console websocket stops as soon as its session ends, even while events keep coming: a
revoked or expired session is sent nothing more (the check is not only on quiet heartbeats)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app.api import console_stream
from app.live.event_hub import Subscription
from app.models import User
from app.security.auth import SessionData

LOGIN = SessionData(user_id=1, csrf="c", stage="full", id_hash="h")


class _Socket:
    def __init__(self) -> None:
        self.closed_with: int | None = None

    async def receive_text(self) -> str:
        await asyncio.Event().wait()  # the console says nothing
        return ""

    async def close(self, code: int = 1000, reason: str | None = None) -> None:
        self.closed_with = code


class _Event:
    def __init__(self, event_id: int) -> None:
        self.id = event_id


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    frames: list[Any] = []

    async def send(websocket: object, frame: object) -> None:
        frames.append(frame)

    async def replay(*args: object, **kwargs: object) -> int:
        return 0

    async def session_ended(*args: object) -> bool:
        return False

    monkeypatch.setattr(console_stream, "_send", send)
    monkeypatch.setattr(console_stream, "_replay", replay)
    monkeypatch.setattr(console_stream, "_session_alive", session_ended)
    monkeypatch.setattr(console_stream.events, "frame", lambda event: event)
    return frames


async def _stream(socket: _Socket, subscription: Subscription, revoked: asyncio.Event) -> None:
    await asyncio.wait_for(
        console_stream._stream(
            socket,
            object(),
            subscription,
            user=User(id=1, email="o@example.org"),
            after=None,  # type: ignore[arg-type]
            login=LOGIN,
            revoked=revoked,
        ),
        timeout=5,
    )


async def test_a_revoked_session_is_sent_none_of_the_events_waiting(sent: list[Any]) -> None:
    subscription = Subscription(accepts=lambda event: True)
    for event_id in range(1, 6):
        subscription.queue.put_nowait(_Event(event_id))  # type: ignore[arg-type]
    revoked = asyncio.Event()
    revoked.set()
    socket = _Socket()
    await _stream(socket, subscription, revoked)
    assert socket.closed_with == 1008
    assert sent == []


async def test_an_ended_session_closes_while_events_keep_coming(
    sent: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(console_stream, "HEARTBEAT_SECONDS", 0.1)
    subscription = Subscription(accepts=lambda event: True)

    async def busy_hotline() -> None:
        for event_id in range(1, 10_000):
            await subscription.queue.put(_Event(event_id))  # type: ignore[arg-type]
            await asyncio.sleep(0.01)

    feeder = asyncio.create_task(busy_hotline())
    socket = _Socket()
    try:
        await _stream(socket, subscription, asyncio.Event())
    finally:
        feeder.cancel()
    assert socket.closed_with == 1008
    assert len(sent) < 30  # closed at the first heartbeat, not after the traffic stops
