"""`HOTLINE_LOG_LEVEL=DEBUG` writes no session cookie, no user agent and no caller's words.

At DEBUG, uvicorn's websocket protocol logged every handshake header (an operator's whole
`hotline_session` cookie: whoever reads the logs could take over the session; the browser's user
agent) and the start and end of every frame (the first words of a caller's message, often their
name; part of their chat token).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import websockets

from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.live_server import LiveServer

PLANTED = "Je suis Zorbagrimm Quattlebaum et je travaille sans papiers"
USER_AGENT = "Mozilla/5.0 (X11; Planted) AgentQuixotic/99"


@pytest.fixture
def debug_server(database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(database_url, tmp_path / "server.log", HOTLINE_LOG_LEVEL="DEBUG").start()
    yield server
    server.stop(kill=True)


async def test_debug_logs_keep_no_cookie_agent_or_text(
    debug_server: LiveServer, database: Database, operator: str
) -> None:
    async with httpx.AsyncClient(base_url=debug_server.base_url) as http:
        logged_in = await http.post(
            "/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD}
        )
        assert logged_in.status_code == 200
        cookie = http.cookies["hotline_session"]
    headers = {"Cookie": f"hotline_session={cookie}", "User-Agent": USER_AGENT}
    async with websockets.connect(f"{debug_server.ws_url}/console/ws", additional_headers=headers) as console:
        assert json.loads(await console.recv())["type"] == "hello"
    async with websockets.connect(
        f"{debug_server.ws_url}/channels/webchat/ws", additional_headers={"User-Agent": USER_AGENT}
    ) as chat:
        await chat.send(json.dumps({"type": "message", "text": PLANTED, "client_id": "c1"}))
        token = json.loads(await chat.recv())["token"]
        assert json.loads(await chat.recv())["type"] == "ack"
    log = debug_server.log()
    assert "connection open" in log, "the server's websocket lines are in this log"
    for secret in (cookie.split(".")[0], "AgentQuixotic", "Zorbagrimm", token[:12], token[-12:]):
        assert secret not in log, secret
