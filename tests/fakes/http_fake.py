"""A small HTTP server in a thread that answers from Python, for fake provider APIs."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    form: dict[str, Any]


@dataclass
class Reply:
    status: int
    body: Any
    hang_seconds: float = 0.0


@dataclass
class Behaviour:
    """What the next requests get: a queue of forced replies, then the normal answer."""

    forced: list[Reply | str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_forced(self) -> Reply | str | None:
        with self.lock:
            return self.forced.pop(0) if self.forced else None


class FakeHttpServer:
    def __init__(self, handle: Callable[[Request], Reply]) -> None:
        self._handle = handle
        self.release = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return None

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                content_type = self.headers.get("Content-Type", "")
                form: dict[str, Any]
                if "json" in content_type and raw:
                    form = json.loads(raw)
                else:
                    form = dict(parse_qsl(raw.decode(), keep_blank_values=True))
                parts = urlsplit(self.path)
                request = Request(
                    self.command,
                    parts.path,
                    dict(parse_qsl(parts.query)),
                    {k.lower(): v for k, v in self.headers.items()},
                    form,
                )
                reply = outer._handle(request)
                if reply.hang_seconds:
                    outer.release.wait(reply.hang_seconds)
                    return  # never answer: the client times out
                body = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        # A short poll: `shutdown()` waits for the loop to look, 0.5 s by default, per fake per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def start(self) -> FakeHttpServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
