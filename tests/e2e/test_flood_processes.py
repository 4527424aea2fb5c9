"""Flood control across processes: two `hotline serve` on one PostgreSQL share the rates
(issue 15, point 1). A visitor who floods through A and B meets one limit; new web chats
past the rate are held whichever process they reach; a console on B sees A's flood."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.storage.db import Database
from tests.e2e.clients import console, frames_until, login, next_frame, visitor
from tests.live_server import LiveServer

MESSAGES_PER_MINUTE = 4
NEW_PER_MINUTE = 2


@pytest.fixture
def servers(database_url: str, tmp_path: Path) -> Iterator[tuple[LiveServer, LiveServer]]:
    env = {
        "HOTLINE_WEBCHAT_MESSAGES_PER_MINUTE": str(MESSAGES_PER_MINUTE),
        "HOTLINE_WEBCHAT_NEW_PER_MINUTE": str(NEW_PER_MINUTE),
        "HOTLINE_OUTBOX_WORKER": "false",
        "HOTLINE_RETENTION_WORKER": "false",
    }
    first = LiveServer(database_url, tmp_path / "a.log", **env).start()
    second = LiveServer(database_url, tmp_path / "b.log", **env).start()
    yield first, second
    first.stop(kill=True)
    second.stop(kill=True)


def same_minute() -> None:
    """The rates count per calendar minute: start at least 6 s before a minute's end (each
    test sends its burst within a second or two of starting)."""
    if time.time() % 60 > 54:
        time.sleep(60 - time.time() % 60 + 0.2)


async def send(server: LiveServer, token: str | None, client_id: str) -> dict[str, Any]:
    """One message through one process, on its own socket: the ack or the refusal."""
    async with visitor(server) as socket:
        await socket.send(json.dumps({"type": "hello", "token": token, "language": "fr"}))
        session = await next_frame(socket)
        await socket.send(json.dumps({"type": "message", "text": "Allo?", "client_id": client_id}))
        answer = await next_frame(socket, skip=("ping", "history", "notice"))
        answer["token"] = session["token"]
        return answer


async def count(database: Database, sql: str) -> int:
    async with database.engine.connect() as connection:
        return int((await connection.execute(sa.text(sql))).scalar_one())


class TestTwoProcesses:
    async def test_one_visitor_flooding_through_a_and_b_meets_one_limit(
        self, servers: tuple[LiveServer, LiveServer], database: Database
    ) -> None:
        same_minute()
        first = await send(servers[0], None, "m0")
        token = first["token"]
        answers = [first] + [await send(servers[n % 2], token, f"m{n}") for n in range(1, 10)]
        acks = [a for a in answers if a["type"] == "ack"]
        refused = [a for a in answers if a["type"] == "error"]
        assert len(acks) == MESSAGES_PER_MINUTE and len(refused) == 10 - MESSAGES_PER_MINUTE
        assert {a["reason"] for a in refused} == {"rate_limited"}
        assert all(r["text"].startswith("Vous envoyez beaucoup de messages") for r in refused)
        assert all(1 <= r["retry_after"] <= 60 for r in refused)
        assert await count(database, "SELECT count(*) FROM messages") == MESSAGES_PER_MINUTE

    async def test_new_web_chats_past_the_rate_are_held_whichever_process_they_reach(
        self, servers: tuple[LiveServer, LiveServer], database: Database, operator: str
    ) -> None:
        same_minute()
        http = await login(servers[1], operator)
        async with console(servers[1], http) as watching:
            await next_frame(watching)  # hello
            answers = await asyncio.gather(*(send(servers[n % 2], None, "first") for n in range(6)))
            assert {a["type"] for a in answers} == {"ack"}
            held = await frames_until(
                watching, lambda f: f.get("kind") == "queue.held" and f["held"] == 6 - NEW_PER_MINUTE
            )
        assert held[-1]["kind"] == "queue.held"
        assert await count(database, "SELECT count(*) FROM conversations WHERE status = 'held'") == 4
        assert await count(database, "SELECT count(*) FROM conversations WHERE status = 'waiting'") == 2
        queue = await http.get("/api/conversations")
        assert queue.headers["X-Total-Count"] == "2" and queue.headers["X-Held-Count"] == "4"
        await http.aclose()
