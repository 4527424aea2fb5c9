"""A visitor and an operator, as two real websocket clients, through a real server."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from app.live.schemas import CONSOLE_FRAME
from tests.e2e.clients import console, cookie_header, frames_until, login, next_frame, visitor
from tests.live_server import LiveServer
from tests.postgres import PostgresForTests

pytestmark = pytest.mark.usefixtures("operator")


def is_message(frame: dict[str, object]) -> bool:
    return frame.get("kind") == "message.created"


class TestChatRoundTrip:
    async def test_visitor_message_reaches_console_and_reply_reaches_visitor(
        self, live_server: LiveServer, operator: str
    ) -> None:
        http = await login(live_server, operator)
        async with console(live_server, http) as operator_socket:
            hello = await next_frame(operator_socket)
            assert hello["type"] == "hello"
            async with visitor(live_server) as visitor_socket:
                await visitor_socket.send(
                    json.dumps({"type": "message", "text": "Bonjour, j'ai besoin d'aide", "client_id": "c1"})
                )
                session = await next_frame(visitor_socket)
                assert session["type"] == "session" and session["resumed"] is False
                ack = await next_frame(visitor_socket)
                assert ack["type"] == "ack" and ack["client_id"] == "c1"

                frames = await frames_until(operator_socket, is_message)
                created, message = frames[0], frames[-1]
                assert created["kind"] == "conversation.created"
                assert created["conversation"]["channel"] == "webchat"
                assert message["message"]["text"] == "Bonjour, j'ai besoin d'aide"
                assert message["message"]["direction"] == "in"
                assert all(isinstance(f["id"], int) for f in frames)
                conversation_id = message["conversation_id"]

                reply = await http.post(
                    f"/api/conversations/{conversation_id}/messages",
                    json={"text": "Bonjour, je suis là pour vous."},
                )
                assert reply.status_code == 201
                answer = await next_frame(visitor_socket)
                assert answer == {
                    "type": "message",
                    "direction": "out",
                    "text": "Bonjour, je suis là pour vous.",
                    "id": reply.json()["id"],
                    "at": reply.json()["at"],
                }
        await http.aclose()

    async def test_a_resent_frame_is_one_message(self, live_server: LiveServer, operator: str) -> None:
        http = await login(live_server, operator)
        async with visitor(live_server) as socket:
            for _ in range(2):
                await socket.send(json.dumps({"type": "message", "text": "allo", "client_id": "same"}))
            frames = [await next_frame(socket) for _ in range(3)]
        acks = [f for f in frames if f["type"] == "ack"]
        assert len(acks) == 2 and acks[0]["id"] == acks[1]["id"]
        queue = (await http.get("/api/conversations")).json()
        messages = (await http.get(f"/api/conversations/{queue[0]['id']}/messages")).json()
        assert len(messages) == 1
        await http.aclose()

    async def test_returning_visitor_resumes_with_history(self, live_server: LiveServer) -> None:
        async with visitor(live_server) as socket:
            await socket.send(json.dumps({"type": "message", "text": "premier", "client_id": "a"}))
            token = (await next_frame(socket))["token"]
            await next_frame(socket)  # ack
        async with visitor(live_server, token=token) as socket:
            session = await next_frame(socket)
            history = await next_frame(socket)
        assert session == {"type": "session", "token": token, "resumed": True}
        assert [m["text"] for m in history["messages"]] == ["premier"]

    async def test_console_socket_requires_a_session(self, live_server: LiveServer) -> None:
        with pytest.raises(InvalidStatus):
            async with console(live_server, httpx.AsyncClient()):
                pass


class TestConsoleFrames:
    async def test_every_frame_is_a_published_console_frame(
        self, live_server: LiveServer, operator: str
    ) -> None:
        http = await login(live_server, operator)
        async with console(live_server, http, after=0) as socket:
            frames = [await next_frame(socket, skip=())]
            async with visitor(live_server) as chat:
                await chat.send(json.dumps({"type": "message", "text": "Bonjour", "client_id": "1"}))
                await next_frame(chat), await next_frame(chat)
                frames += await frames_until(socket, is_message)
                conversation_id = frames[-1]["conversation_id"]
                reply = await http.post(
                    f"/api/conversations/{conversation_id}/messages", json={"text": "Nous sommes là."}
                )
                frames += await frames_until(
                    socket, lambda f: is_message(f) and f["message"]["direction"] == "out"
                )
        await http.aclose()
        assert [f["type"] for f in frames[:2]] == ["hello", "event"]
        for raw in frames:  # the published model reads each frame and writes it back unchanged
            assert CONSOLE_FRAME.validate_python(raw).model_dump(mode="json") == raw
        assert frames[-1]["message"] == reply.json()  # the event carries what the API returned

    async def test_an_after_that_is_not_an_event_id_is_refused_with_400(
        self, live_server: LiveServer, operator: str
    ) -> None:
        http = await login(live_server, operator)
        for after in ("1e23", "99999999999999999999999", "9223372036854775808", "-1", "²", "abc"):
            with pytest.raises(InvalidStatus) as refused:
                async with connect(
                    f"{live_server.ws_url}/console/ws?after={quote(after)}",
                    additional_headers={"Cookie": cookie_header(http)},
                ):
                    pass
            assert refused.value.response.status_code == 400, after
            assert json.loads(refused.value.response.body) == {"error": "after must be an event id"}
        async with console(live_server, http, after=2**63 - 1) as socket:  # the largest event id
            assert await next_frame(socket) == {"type": "hello", "last_event_id": 2**63 - 1}
        await http.aclose()


class TestReconnect:
    async def test_after_replays_what_was_missed_once(self, live_server: LiveServer, operator: str) -> None:
        http = await login(live_server, operator)
        async with console(live_server, http) as socket:
            last_seen = (await next_frame(socket))["last_event_id"]
            async with visitor(live_server) as chat:
                await chat.send(json.dumps({"type": "message", "text": "un", "client_id": "1"}))
                await next_frame(chat), await next_frame(chat)
            seen_live = await frames_until(socket, is_message)
            last_seen = seen_live[-1]["id"]
        # Disconnected: three more things happen.
        async with visitor(live_server) as chat:
            for n in ("deux", "trois"):
                await chat.send(json.dumps({"type": "message", "text": n, "client_id": n}))
            token = (await next_frame(chat))["token"]
            await next_frame(chat), await next_frame(chat)
        assert token
        async with console(live_server, http, after=last_seen) as socket:
            hello = await next_frame(socket)
            assert hello == {"type": "hello", "last_event_id": last_seen}
            replayed = await frames_until(socket, lambda f: is_message(f) and f["message"]["text"] == "trois")
            ids = [frame["id"] for frame in replayed]
            assert ids == sorted(set(ids)) and min(ids) == last_seen + 1
            texts = [f["message"]["text"] for f in replayed if is_message(f)]
            assert texts == ["deux", "trois"]
            # A live event after the replay arrives once, with the next id.
            async with visitor(live_server) as chat:
                await chat.send(json.dumps({"type": "message", "text": "quatre", "client_id": "4"}))
                await next_frame(chat), await next_frame(chat)
            live = await frames_until(socket, is_message)
            assert [f["id"] for f in live] == list(range(ids[-1] + 1, ids[-1] + 1 + len(live)))
        await http.aclose()


class TestTwoProcesses:
    async def test_message_written_through_a_reaches_console_on_b(
        self, database_url: str, tmp_path: Path, operator: str, postgres: PostgresForTests
    ) -> None:
        server_a = LiveServer(database_url, tmp_path / "a.log").start()
        server_b = LiveServer(database_url, tmp_path / "b.log").start()
        try:
            http_b = await login(server_b, operator)
            async with console(server_b, http_b) as socket:
                await next_frame(socket)
                async with visitor(server_a) as chat:
                    await chat.send(
                        json.dumps({"type": "message", "text": "par le serveur A", "client_id": "a"})
                    )
                    await next_frame(chat), await next_frame(chat)
                    frames = await frames_until(socket, is_message)
                    assert frames[-1]["message"]["text"] == "par le serveur A"
                    # And the reply written through B reaches the visitor on A.
                    reply = await http_b.post(
                        f"/api/conversations/{frames[-1]['conversation_id']}/messages",
                        json={"text": "réponse par B"},
                    )
                    assert reply.status_code == 201
                    assert (await next_frame(chat))["text"] == "réponse par B"
            await http_b.aclose()
        finally:
            server_a.stop()
            server_b.stop()
