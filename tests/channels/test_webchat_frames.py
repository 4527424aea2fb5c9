"""The web chat socket's protocol against a fake core: frames, errors, sessions. No database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.testclient import WebSocketTestSession

import channels.webchat
from app.domain import ChatLine
from tests.fakes.core import FakeCore

pytestmark = pytest.mark.pure

PATH = "/channels/webchat/ws"
TOKEN = "t" * 43


@pytest.fixture
def core() -> FakeCore:
    return FakeCore()


@pytest.fixture
def client(core: FakeCore) -> Iterator[TestClient]:
    application = FastAPI()
    application.include_router(channels.webchat.adapter({}).build_router(core))
    with TestClient(application) as http:
        yield http


def receive(socket: WebSocketTestSession) -> dict[str, Any]:
    frame = socket.receive_json()
    assert isinstance(frame, dict)
    return frame


def send(socket: WebSocketTestSession, **frame: Any) -> None:
    socket.send_json(frame)


class TestMalformedFrames:
    @pytest.mark.parametrize(
        ("raw", "reason"),
        [
            ("not json", "not JSON"),
            ("[" * 4000 + "]" * 4000, "not JSON"),  # under 8 KB, too deep to parse (RecursionError)
            ('{"type": "hello", "token": ' + "[" * 3000 + "]" * 3000 + "}", "not JSON"),
            ("[1, 2]", "a frame is a JSON object with a type"),
            ('{"text": "no type"}', "a frame is a JSON object with a type"),
            ('{"type": 3}', "a frame is"),
            ('{"type": "dance"}', "unknown frame type 'dance'"),
        ],
    )
    def test_each_gets_an_error_with_a_reason_and_the_socket_stays_open(
        self, client: TestClient, core: FakeCore, raw: str, reason: str
    ) -> None:
        with client.websocket_connect(PATH) as socket:
            socket.send_text(raw)
            error = receive(socket)
            assert error["type"] == "error" and error["client_id"] is None and reason in error["reason"]
            send(socket, type="ping")
            assert receive(socket) == {"type": "pong"}
        assert core.chats == [] and core.opened == []

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("", "empty message"),
            ("   \n", "empty message"),
            (None, "empty message"),
            (5, "empty message"),
            ("a" * 4001, "message longer than 4000 characters"),
        ],
    )
    def test_an_unusable_message_is_refused_with_its_client_id(
        self, client: TestClient, core: FakeCore, text: Any, reason: str
    ) -> None:
        with client.websocket_connect(PATH) as socket:
            send(socket, type="message", text=text, client_id="x")
            assert receive(socket) == {"type": "error", "client_id": "x", "reason": reason}
        assert core.chats == []


class TestMessages:
    def test_a_first_message_opens_a_session_then_is_acknowledged(
        self, client: TestClient, core: FakeCore
    ) -> None:
        with client.websocket_connect(PATH) as socket:
            send(socket, type="message", text="Bonjour", client_id="c1")
            session = receive(socket)
            assert session["type"] == "session" and session["resumed"] is False
            assert len(session["token"]) >= 40
            assert receive(socket) == {"type": "ack", "client_id": "c1", "id": 1}
            send(socket, type="message", text="encore", client_id="c2")
            assert receive(socket) == {"type": "ack", "client_id": "c2", "id": 2}
        assert [(token, text) for token, text, _ in core.chats] == [
            (session["token"], "Bonjour"),
            (session["token"], "encore"),
        ]

    def test_a_resent_frame_is_acknowledged_with_the_same_id(
        self, client: TestClient, core: FakeCore
    ) -> None:
        with client.websocket_connect(PATH) as socket:
            for _ in range(2):
                send(socket, type="message", text="allo", client_id="same")
            frames = [receive(socket) for _ in range(3)]
        acks = [f for f in frames if f["type"] == "ack"]
        assert len(acks) == 2 and acks[0]["id"] == acks[1]["id"]
        assert len(core.chats) == 1

    @pytest.mark.parametrize("client_id", [None, "", "a b", "x" * 65, "é", 7])
    def test_an_unusable_client_id_is_replaced(self, client: TestClient, client_id: Any) -> None:
        with client.websocket_connect(PATH) as socket:
            send(socket, type="message", text="hi", client_id=client_id)
            receive(socket)  # session
            ack = receive(socket)
        assert ack["type"] == "ack" and ack["client_id"] != client_id and len(ack["client_id"]) == 16

    def test_the_language_of_hello_goes_with_the_messages(self, client: TestClient, core: FakeCore) -> None:
        with client.websocket_connect(PATH) as socket:
            send(socket, type="hello", token=None, language="es-MX-extra-long")
            receive(socket)  # session
            send(socket, type="message", text="hola", client_id="h")
            receive(socket)
        assert core.chats[0][2] == "es-MX-ex"  # cut to 8 characters


class TestSessions:
    def test_a_known_token_resumes_with_its_history_and_replies_follow(
        self, client: TestClient, core: FakeCore
    ) -> None:
        core.histories[TOKEN] = [ChatLine(id=1, direction="in", text="premier", at="2026-01-01T00:00:00")]
        core.scripted_replies = [ChatLine(id=2, direction="out", text="Bonjour", at="2026-01-01T00:01:00")]
        with client.websocket_connect(PATH) as socket:
            send(socket, type="hello", token=TOKEN, language="fr")
            assert receive(socket) == {"type": "session", "token": TOKEN, "resumed": True}
            assert receive(socket) == {
                "type": "history",
                "messages": [{"id": 1, "direction": "in", "text": "premier", "at": "2026-01-01T00:00:00"}],
            }
            assert receive(socket) == {
                "type": "message",
                "id": 2,
                "direction": "out",
                "text": "Bonjour",
                "at": "2026-01-01T00:01:00",
            }
            send(socket, type="hello", token="another" * 8)  # a session is opened once per socket
            send(socket, type="ping")
            assert receive(socket) == {"type": "pong"}
        assert core.opened == [TOKEN]

    @pytest.mark.parametrize("token", ["short", "t" * 65, "t" * 42 + "!", 12345])
    def test_a_token_that_is_not_one_of_ours_gets_a_fresh_one(
        self, client: TestClient, core: FakeCore, token: Any
    ) -> None:
        with client.websocket_connect(PATH) as socket:
            send(socket, type="hello", token=token)
            session = receive(socket)
        assert session["resumed"] is False and session["token"] != token and core.opened == [session["token"]]


class TestStorageOutage:
    def test_no_session_and_no_ack_while_storage_is_away(self, client: TestClient, core: FakeCore) -> None:
        core.unavailable = True
        with client.websocket_connect(PATH) as socket:
            send(socket, type="message", text="pendant la panne", client_id="m1")
            assert receive(socket) == {"type": "error", "client_id": None, "reason": "unavailable"}
            assert receive(socket) == {"type": "error", "client_id": "m1", "reason": "unavailable"}
            core.unavailable = False
            send(socket, type="message", text="pendant la panne", client_id="m1")  # the page retries
            assert receive(socket)["type"] == "session"
            assert receive(socket) == {"type": "ack", "client_id": "m1", "id": 1}

    def test_a_message_stored_nowhere_is_not_acknowledged(self, client: TestClient, core: FakeCore) -> None:
        with client.websocket_connect(PATH) as socket:
            send(socket, type="hello", token=TOKEN)
            receive(socket)
            core.unavailable = True
            send(socket, type="message", text="perdu?", client_id="m2")
            assert receive(socket) == {"type": "error", "client_id": "m2", "reason": "unavailable"}
        assert core.chats == []


class TestPublishedFrames:
    def test_every_frame_the_server_sent_is_a_published_chat_server_frame(
        self, client: TestClient, core: FakeCore
    ) -> None:
        from pydantic import TypeAdapter

        from channels.webchat.frames import ChatServerFrame

        frames = TypeAdapter(ChatServerFrame)
        core.histories[TOKEN] = [ChatLine(id=1, direction="in", text="premier", at="2026-01-01T00:00:00")]
        with client.websocket_connect(PATH) as socket:
            send(socket, type="hello", token=TOKEN, language="fr")
            seen = [receive(socket), receive(socket)]
            send(socket, type="message", text="", client_id="c1")
            seen.append(receive(socket))
            send(socket, type="ping")
            seen.append(receive(socket))
        assert [frame["type"] for frame in seen] == ["session", "history", "error", "pong"]
        for frame in seen:
            assert frames.validate_python(frame).model_dump(mode="json") == frame
