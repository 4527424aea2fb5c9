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
