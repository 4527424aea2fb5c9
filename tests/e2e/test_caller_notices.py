"""What the web chat visitor is told beside the messages, through a real server: waiting (no
time promised), an operator writing, the conversation closed, in their language (issue 14,
point 5)."""

from __future__ import annotations

import json

import pytest

from tests.e2e.clients import login, next_frame, visitor
from tests.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("operator")
ALL = ("ping",)


class TestNotices:
    async def test_waiting_then_typing_then_closed_in_the_visitors_language(
        self, live_server: LiveServer, operator: str
    ) -> None:
        http = await login(live_server, operator)
        async with visitor(live_server) as socket:
            await socket.send(json.dumps({"type": "hello", "token": None, "language": "en"}))
            await next_frame(socket, skip=ALL)  # session
            await socket.send(json.dumps({"type": "message", "text": "Hello, I need help", "client_id": "a"}))
            ack = await next_frame(socket, skip=ALL)
            waiting = await next_frame(socket, skip=ALL)
            assert ack["type"] == "ack"
            assert waiting == {
                "type": "notice",
                "notice": "waiting",
                "text": "Your message has reached the hotline. Someone will answer you as soon as they can.",
            }
            assert not any(ch.isdigit() for ch in waiting["text"])  # no promise of a time

            conversation_id = (await http.get("/api/conversations")).json()[0]["id"]
            typing = await http.post(f"/api/conversations/{conversation_id}/typing", json={})
            assert typing.status_code == 204
            assert await next_frame(socket, skip=ALL) == {
                "type": "notice",
                "notice": "typing",
                "text": "Someone from the hotline is writing…",
            }

            reply = await http.post(f"/api/conversations/{conversation_id}/messages", json={"text": "Hi"})
            assert (await next_frame(socket, skip=ALL))["id"] == reply.json()["id"]
            await socket.send(json.dumps({"type": "message", "text": "thanks", "client_id": "b"}))
            assert (await next_frame(socket, skip=ALL))["type"] == "ack"  # taken: no "waiting"

            closing = await http.post(
                f"/api/conversations/{conversation_id}/close", json={"outcome": "information_given"}
            )
            assert closing.status_code == 200
            closed = await next_frame(socket, skip=ALL)
            assert closed["notice"] == "closed" and closed["text"].startswith("The hotline has closed")
        await http.aclose()

    async def test_typing_in_another_conversation_is_not_heard(
        self, live_server: LiveServer, operator: str
    ) -> None:
        http = await login(live_server, operator)
        async with visitor(live_server) as first, visitor(live_server) as second:
            for socket, text in ((first, "Bonjour"), (second, "Allo")):
                await socket.send(json.dumps({"type": "hello", "token": None, "language": "fr"}))
                await next_frame(socket, skip=ALL)
                await socket.send(json.dumps({"type": "message", "text": text, "client_id": "a"}))
                await next_frame(socket, skip=ALL), await next_frame(socket, skip=ALL)  # ack, waiting
            rows = (await http.get("/api/conversations")).json()
            for row in rows:
                await http.post(f"/api/conversations/{row['id']}/typing", json={})
            for socket in (first, second):
                notice = await next_frame(socket, skip=ALL)
                assert notice["notice"] == "typing" and notice["text"].startswith("Une personne")
                await socket.send(json.dumps({"type": "ping"}))
                assert await next_frame(socket, skip=ALL) == {"type": "pong"}  # one typing each
        await http.aclose()

    async def test_typing_in_an_unknown_conversation_is_404(
        self, live_server: LiveServer, operator: str
    ) -> None:
        http = await login(live_server, operator)
        response = await http.post("/api/conversations/00000000-0000-4000-8000-000000000000/typing", json={})
        assert response.status_code == 404
        await http.aclose()
