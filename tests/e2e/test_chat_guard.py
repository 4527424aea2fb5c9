"""The chat socket: NUL removed, frames limited, tokens exact, foreign origins refused.

One server for the module (`shared_live_server`): each test finds its own rows."""

from __future__ import annotations

import json

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from app.storage.db import Database
from tests.channels.db_queries import rows
from tests.e2e.clients import next_frame, visitor
from tests.live_server import LiveServer


@pytest.fixture
def live_server(shared_live_server: LiveServer) -> LiveServer:
    return shared_live_server


class TestChatInput:
    async def test_a_message_with_nul_is_acknowledged_and_stored_without_it(
        self, live_server: LiveServer
    ) -> None:
        async with visitor(live_server) as chat:
            text = "il va\x00 me\x1b tuer"
            await chat.send(json.dumps({"type": "message", "text": text, "client_id": "n"}))
            assert (await next_frame(chat))["type"] == "session"
            ack = await next_frame(chat)
            assert ack["type"] == "ack", ack
        database = Database.connect(live_server.env["HOTLINE_DATABASE_URL"], pool_size=1)
        try:
            stored = await rows(
                database, "SELECT body_redacted FROM messages WHERE body_redacted LIKE 'il va%'"
            )
        finally:
            await database.dispose()
        assert [row["body_redacted"] for row in stored] == ["il va me tuer"]

    async def test_a_frame_over_8_kb_is_refused_and_the_socket_stays_open(
        self, live_server: LiveServer
    ) -> None:
        async with visitor(live_server) as chat:
            await chat.send(
                json.dumps({"type": "message", "text": "é" * 4500, "client_id": "big"}, ensure_ascii=False)
            )
            refused = await next_frame(chat)
            assert refused["type"] == "error" and "8 KB" in refused["reason"]
            await chat.send(json.dumps({"type": "ping"}))
            assert await next_frame(chat) == {"type": "pong"}


class TestChatTokens:
    async def test_a_token_in_another_case_is_a_new_session(self, live_server: LiveServer) -> None:
        async with visitor(live_server) as chat:
            await chat.send(json.dumps({"type": "message", "text": "premier message", "client_id": "a"}))
            token = (await next_frame(chat))["token"]
            await next_frame(chat)
        changed = token.swapcase()
        assert changed != token
        async with visitor(live_server, token=changed) as chat:
            session = await next_frame(chat)
            assert session["resumed"] is False
            assert "history" not in [session["type"]]
        async with visitor(live_server, token=token) as chat:
            session = await next_frame(chat)
            assert session["resumed"] is True
            history = await next_frame(chat)
            assert [line["text"] for line in history["messages"]] == ["premier message"]


class TestChatOrigin:
    async def test_a_foreign_origin_is_refused(self, live_server: LiveServer) -> None:
        with pytest.raises(InvalidStatus) as refused:
            async with connect(f"{live_server.ws_url}/channels/webchat/ws", origin="https://evil.example"):  # type: ignore[arg-type]
                pass
        assert refused.value.response.status_code == 403

    async def test_our_own_origin_is_accepted(self, live_server: LiveServer) -> None:
        async with connect(f"{live_server.ws_url}/channels/webchat/ws", origin=live_server.base_url) as chat:  # type: ignore[arg-type]
            await chat.send(json.dumps({"type": "ping"}))
            assert await next_frame(chat) == {"type": "pong"}
