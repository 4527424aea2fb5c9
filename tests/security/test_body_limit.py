"""Bodies are limited while they are read: a huge chunked upload never fills the server's memory."""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from tests.live_server import LiveServer

CHUNK = b"x" * (1024 * 1024)
UPLOAD_BYTES = 300 * 1024 * 1024


def _server_process(server: LiveServer) -> psutil.Process:
    assert server._process is not None
    return psutil.Process(server._process.pid)


def _chunked_upload(server: LiveServer, path: str, content_type: str) -> bytes:
    """Stream 300 MB as HTTP/1.1 chunks on a raw socket (never held in memory); the answer, if any."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
            f"Content-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        sock.sendall(head.encode())
        sent = 0
        frame = f"{len(CHUNK):x}\r\n".encode() + CHUNK + b"\r\n"
        try:
            while sent < UPLOAD_BYTES:
                sock.sendall(frame)
                sent += len(CHUNK)
            sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server answered and closed while we were still sending
        try:
            return sock.recv(4096)
        except OSError:
            return b""


@pytest.fixture
def twilio_server(database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(
        database_url,
        tmp_path / "server.log",
        HOTLINE_TWILIO_ACCOUNT_SID="AC" + "0" * 32,
        HOTLINE_TWILIO_AUTH_TOKEN="t" * 32,
        HOTLINE_TWILIO_FROM="+15550001111",
    ).start()
    yield server
    server.stop(kill=True)


class TestBodyLimit:
    def test_three_huge_chunked_uploads_leave_memory_near_idle(self, twilio_server: LiveServer) -> None:
        live_server = twilio_server
        process = _server_process(live_server)
        httpx.get(f"{live_server.base_url}/healthz")
        idle = process.memory_info().rss
        paths = [
            ("/channels/twilio/sms", "application/x-www-form-urlencoded"),
            ("/api/auth/login", "application/json"),
            (f"/api/conversations/{uuid.uuid4()}/messages", "application/json"),
        ]
        peak = idle
        for path, content_type in paths:
            answer = _chunked_upload(live_server, path, content_type)
            peak = max(peak, process.memory_info().rss)
            assert answer == b"" or answer.startswith(b"HTTP/1.1 413"), answer[:80]
        time.sleep(0.5)
        after = process.memory_info().rss
        assert max(peak, after) - idle < 50 * 1024 * 1024, (idle, peak, after)
        assert httpx.get(f"{live_server.base_url}/healthz").status_code == 200

    @pytest.mark.parametrize(
        ("path", "limit"), [("/channels/twilio/sms", 64 * 1024), ("/api/auth/login", 256 * 1024)]
    )
    def test_a_declared_length_over_the_limit_is_413_before_reading(
        self, live_server: LiveServer, path: str, limit: int
    ) -> None:
        with socket.create_connection(("127.0.0.1", live_server.port), timeout=10) as sock:
            sock.sendall(
                (
                    f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {limit + 1}\r\n\r\n"
                ).encode()
            )
            assert sock.recv(4096).startswith(b"HTTP/1.1 413")
