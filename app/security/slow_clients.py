"""How `hotline serve` treats slow and idle clients: the options it gives uvicorn, and the
request-head deadline uvicorn lacks.

uvicorn reads a request's head for as long as the client takes to send it: against `make run`,
a connection that sent a request line and one header, then nothing, was still open after 12 s
(and for good), and a few thousand such connections hold every file descriptor the process has
(slowloris). `HeadDeadline` closes a connection whose request head has not arrived whole within
`HEAD_SECONDS` of the connection opening (or of the first byte of a later request on it). The
reverse proxy in front (deploy/nginx.conf, ingress) should cut such clients first, with its own
header and body timeouts; this deadline holds when it does not (or when there is none).
The body of a request, once its head has arrived, is the application's to wait for (its size
is bounded by `body_limit`); only a proxy's body timeout bounds a body sent one byte a minute.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.security.body_limit import WEBSOCKET_MAX_FRAME

# Seconds a client has to send a request's whole head (request line and headers). nginx gives
# 60 s by default; a phone on a poor network sends a few hundred bytes of head well within 20.
HEAD_SECONDS = 20.0
# Seconds an idle keep-alive connection is kept between two requests (uvicorn's default, said
# here so it is not lost): short, because each idle connection is a descriptor held.
KEEP_ALIVE_SECONDS = 5
# Connections (websockets included) one process serves at once before it answers new requests
# with 503: below the usual limit of 1,024 open files, so a flood meets a 503 and the process
# keeps descriptors for its database connections, rather than failing to accept at all.
MAX_CONNECTIONS = 900
# The largest request head the h11 parser buffers (uvicorn serves with httptools when it is
# installed, whose limit is its own, about 80 KB; nginx's is 4 x 8 KB).
MAX_HEAD_BYTES = 16 * 1024


class HeadDeadline(HttpToolsProtocol):
    """uvicorn's httptools protocol with a deadline for each request head."""

    head_seconds: float = HEAD_SECONDS
    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()  # a connection that sends nothing at all is cut too

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._head_timer is None:  # a later request on a kept-alive connection
            self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()  # before a websocket upgrade hands the connection over, too
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._head_timer = self.loop.call_later(self.head_seconds, self._too_slow)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _too_slow(self) -> None:
        self._head_timer = None
        if not self.transport.is_closing():
            self.transport.close()


def server_options(*, forwarded_allow_ips: str | list[str]) -> dict[str, Any]:
    """The keyword arguments `hotline serve` gives `uvicorn.run` (with the app, host and port)."""
    return {
        "access_log": False,
        "log_config": None,
        "proxy_headers": True,
        "forwarded_allow_ips": forwarded_allow_ips,
        "http": HeadDeadline,
        "ws": "websockets-sansio",
        "ws_max_size": WEBSOCKET_MAX_FRAME,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "limit_concurrency": MAX_CONNECTIONS,
        "h11_max_incomplete_event_size": MAX_HEAD_BYTES,
        "server_header": False,  # no "server: uvicorn" on every answer
    }
