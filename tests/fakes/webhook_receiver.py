"""A partner's webhook endpoint in a thread: it checks the hotline's HMAC signature as a partner
would (from the raw body, within a time window) and answers 401 to a bad one, or what it is told."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def signature_holds(secret: str, body: bytes, header: str, *, window_seconds: int = 300) -> bool:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    if "t" not in parts or "v1" not in parts or abs(time.time() - int(parts["t"])) > window_seconds:
        return False
    expected = hmac.new(secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


@dataclass
class Received:
    body: dict[str, Any]
    raw: bytes
    headers: dict[str, str]
    verified: bool


@dataclass
class WebhookReceiver:
    secret: str
    statuses: list[int] = field(default_factory=list)  # forced answers, then 200
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return None

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                verified = signature_holds(outer.secret, raw, self.headers.get("X-Hotline-Signature", ""))
                outer.received.append(Received(json.loads(raw), raw, dict(self.headers.items()), verified))
                status = outer.statuses.pop(0) if outer.statuses else (200 if verified else 401)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hotline"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
