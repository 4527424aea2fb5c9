"""A stranger's frame cannot break their chat socket nor choose the server's words.

An unknown frame type carrying its own `reason` had it echoed in the error frame; a `reason`
that was no string (an object, a number) made building that frame fail, so the server dropped
the socket without a close frame and logged an error, for a frame any page could send.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

import channels.webchat
from tests.fakes.core import FakeCore

pytestmark = pytest.mark.pure


@pytest.fixture
def client() -> Iterator[TestClient]:
    application = FastAPI()
    application.include_router(channels.webchat.adapter({}).build_router(FakeCore()))
    with TestClient(application) as http:
        yield http


@pytest.mark.parametrize("reason", [{"x": 1}, 5, ["a"], "<b>reload</b> the page", None])
def test_a_frame_s_own_reason_is_neither_echoed_nor_fatal(client: TestClient, reason: object) -> None:
    with client.websocket_connect("/channels/webchat/ws") as socket:
        socket.send_json({"type": "dance", "reason": reason})
        assert socket.receive_json() == {
            "type": "error",
            "client_id": None,
            "reason": "unknown frame type 'dance'",
        }
        socket.send_json({"type": "ping"})
        assert socket.receive_json() == {"type": "pong"}


def test_a_binary_frame_is_answered_and_the_socket_stays(client: TestClient) -> None:
    """A binary frame made the handler fail (KeyError): the socket dropped without a close
    frame and the server logged an error, for one frame any script can send."""
    with client.websocket_connect("/channels/webchat/ws") as socket:
        socket.send_bytes(b"\x00\x01")
        assert socket.receive_json() == {
            "type": "error",
            "client_id": None,
            "reason": "a frame is JSON text, not binary",
        }
        socket.send_json({"type": "ping"})
        assert socket.receive_json() == {"type": "pong"}


def test_an_integer_too_long_to_read_is_not_json(client: TestClient) -> None:
    """Python refuses to read an integer of more than 4,300 digits (ValueError, which is no
    JSONDecodeError): the socket dropped with an error logged, as for a binary frame."""
    with client.websocket_connect("/channels/webchat/ws") as socket:
        socket.send_text('{"type": "hello", "language": ' + "1" * 5000 + "}")
        assert socket.receive_json() == {"type": "error", "client_id": None, "reason": "not JSON"}
        socket.send_json({"type": "ping"})
        assert socket.receive_json() == {"type": "pong"}


def test_a_refused_socket_does_not_reach_the_counter_again_until_its_wait_ends() -> None:
    """Every frame over the limit was counted in PostgreSQL again: one socket sending as fast as
    it could made 1,854 writes a minute to one counter row (31 a second, on a busy box), for
    frames that were all refused."""
    core = FakeCore(frames_allowed=2)
    application = FastAPI()
    application.include_router(channels.webchat.adapter({}).build_router(core))
    with TestClient(application) as http, http.websocket_connect("/channels/webchat/ws") as socket:
        for _ in range(10):
            socket.send_json({"type": "dance"})
        answers = [socket.receive_json() for _ in range(10)]
    assert [answer["reason"] for answer in answers[:2]] == ["unknown frame type 'dance'"] * 2
    refused = answers[2:]
    assert all(
        answer["reason"] == "rate_limited" and answer["text"] == "slow down (None)" for answer in refused
    )
    assert all(1 <= answer["retry_after"] <= 30 for answer in refused)
    assert core.frames_seen == 3
