"""Real websocket and HTTP clients against a live `hotline serve`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from websockets.asyncio.client import ClientConnection, connect

from tests.conftest import OPERATOR_PASSWORD
from tests.live_server import LiveServer


async def login(server: LiveServer, email: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=server.base_url)
    response = await client.post("/api/auth/login", json={"email": email, "password": OPERATOR_PASSWORD})
    assert response.status_code == 200, response.text
    return client


def cookie_header(client: httpx.AsyncClient) -> str:
    return "; ".join(f"{name}={value}" for name, value in client.cookies.items())


async def next_frame(
    socket: ClientConnection, *, skip: tuple[str, ...] = ("ping", "notice"), timeout: float = 10.0
) -> dict[str, Any]:
    """The next frame but heartbeats and the chat's notices (tests of notices ask for them)."""
    while True:
        frame = json.loads(await asyncio.wait_for(socket.recv(), timeout))
        if frame.get("type") not in skip:
            assert isinstance(frame, dict)
            return frame


async def frames_until(
    socket: ClientConnection, predicate: Any, *, timeout: float = 10.0
) -> list[dict[str, Any]]:
    """Every frame up to and including the first one that satisfies `predicate`."""
    seen: list[dict[str, Any]] = []
    while True:
        frame = await next_frame(socket, timeout=timeout)
        seen.append(frame)
        if predicate(frame):
            return seen


@asynccontextmanager
async def console(
    server: LiveServer, client: httpx.AsyncClient, *, after: int | None = None
) -> AsyncIterator[ClientConnection]:
    query = "" if after is None else f"?after={after}"
    async with connect(
        f"{server.ws_url}/console/ws{query}", additional_headers={"Cookie": cookie_header(client)}
    ) as socket:
        yield socket


@asynccontextmanager
async def visitor(server: LiveServer, token: str | None = None) -> AsyncIterator[ClientConnection]:
    async with connect(f"{server.ws_url}/channels/webchat/ws") as socket:
        if token is not None:
            await socket.send(json.dumps({"type": "hello", "token": token, "language": "fr"}))
        yield socket
