"""Slow clients: a request head must arrive whole within a deadline; uvicorn's options are set.

uvicorn has no header-read timeout: against `make run`, a connection that sent a request line
and one header, then nothing, was still open after 12 s, and stays open for good (slowloris).
`slow_clients.HeadDeadline` closes it once `HEAD_SECONDS` pass without a whole head; a slow but
complete head, and a later request on a kept-alive connection, each get their own deadline.
The deadline is shortened here (the real one is 20 s).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from app.security import slow_clients
from tests.live_server import LiveServer

HEAD = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"


class QuickDeadline(slow_clients.HeadDeadline):
    head_seconds = 1.0


async def _ok(scope: dict[str, object], receive: object, send: object) -> None:
    assert scope["type"] == "http"
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})  # type: ignore[operator]
    await send({"type": "http.response.body", "body": b"ok"})  # type: ignore[operator]


@asynccontextmanager
async def _serving(protocol: type[HttpToolsProtocol]) -> AsyncIterator[int]:
    """`hotline serve`'s options with `protocol`, on a free port of this event loop."""
    options = {**slow_clients.server_options(forwarded_allow_ips="127.0.0.1"), "http": protocol}
    config = uvicorn.Config(_ok, lifespan="off", **options)
    config.load()
    state = ServerState()
    server = await asyncio.get_running_loop().create_server(
        lambda: config.http_protocol_class(config=config, server_state=state, app_state={}),  # type: ignore[call-arg]
        "127.0.0.1",
        0,
    )
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        for connection in list(state.connections):
            connection.shutdown()
        await server.wait_closed()


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> float:
    """Seconds until the server closed the connection (having answered nothing)."""
    started = time.monotonic()
    assert await asyncio.wait_for(reader.read(), timeout=seconds) == b""
    return time.monotonic() - started


async def _slow_request(writer: asyncio.StreamWriter, reader: asyncio.StreamReader, *, pause: float) -> bytes:
    for piece in (b"GET / HTTP/1.1\r\n", b"Host: 127.0.0.1\r\n", b"Accept: */*\r\n", b"\r\n"):
        writer.write(piece)
        await writer.drain()
        await asyncio.sleep(pause)
    return await asyncio.wait_for(reader.readuntil(b"ok"), timeout=5)


async def test_a_head_that_stops_arriving_is_cut_at_the_deadline() -> None:
    async with _serving(QuickDeadline) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(HEAD)
        await writer.drain()
        assert 0.8 < await _closed_within(reader, 5) < 3
        silent_reader, _silent = await asyncio.open_connection("127.0.0.1", port)  # sends nothing at all
        assert await _closed_within(silent_reader, 5) < 3


async def test_without_the_deadline_it_stayed_open() -> None:
    """uvicorn's own protocol, as `hotline serve` ran before: the same head is still open later."""
    async with _serving(HttpToolsProtocol) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(HEAD)
        await writer.drain()
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(reader.read(), timeout=2.5)
        writer.close()


async def test_slow_but_whole_heads_are_answered_each_with_its_own_deadline() -> None:
    async with _serving(QuickDeadline) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        assert (await _slow_request(writer, reader, pause=0.15)).startswith(b"HTTP/1.1 200")
        await asyncio.sleep(0.6)  # idle, kept alive (5 s), then a second slow request
        assert (await _slow_request(writer, reader, pause=0.15)).startswith(b"HTTP/1.1 200")
        writer.close()


def test_hotline_serve_sets_the_slow_client_options() -> None:
    options = slow_clients.server_options(forwarded_allow_ips="127.0.0.1")
    assert options["http"] is slow_clients.HeadDeadline
    assert options["timeout_keep_alive"] == slow_clients.KEEP_ALIVE_SECONDS
    assert options["limit_concurrency"] == slow_clients.MAX_CONNECTIONS
    assert options["h11_max_incomplete_event_size"] == slow_clients.MAX_HEAD_BYTES
    assert options["server_header"] is False


def test_a_running_server_names_no_framework(live_server: LiveServer) -> None:
    answer = httpx.get(f"{live_server.base_url}/healthz")
    assert answer.status_code == 200 and "server" not in answer.headers


def test_the_proxy_example_cuts_slow_clients_first() -> None:
    """deploy/nginx.conf times out a trickling head or body before the app's deadline."""
    nginx = (Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf").read_text()
    for directive in ("client_header_timeout 10s;", "client_body_timeout 10s;", "send_timeout 10s;"):
        assert f"\n    {directive}" in nginx, directive
    assert "\n    server_tokens off;" in nginx
