"""Security headers and an access log that records no address, agent or query."""

from __future__ import annotations

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("hotline.access")

# connect-src 'self' covers the page's own ws: and wss: sockets (CSP Level 3); a bare `ws:`
# or `wss:` would let an injected script open a socket to any server.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
# The operator console hosts the browser phone (the vendored Twilio Voice SDK): the
# microphone for this origin, and Twilio's HTTPS and WebSocket endpoints.
CONSOLE_PAGE = "/console"
_CONSOLE_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.replace(
        "connect-src 'self'", "connect-src 'self' https://*.twilio.com wss://*.twilio.com").encode()),
    *(header for header in _HEADERS if header[0] not in (b"content-security-policy", b"permissions-policy")),
    (b"permissions-policy", b"camera=(), microphone=(self), geolocation=()"),
]
_NO_STORE = (b"cache-control", b"no-store")


class SecurityHeaders:
    """Pure ASGI (no BaseHTTPMiddleware): headers on every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.extend(_CONSOLE_HEADERS if path == CONSOLE_PAGE else _HEADERS)
                if not path.startswith("/static/"):
                    headers.append(_NO_STORE)
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or ("/static/*" if path.startswith("/static/")
                                                        else "unmatched")
            log.info("%s %s status=%s duration_ms=%.1f", scope.get("method"), template, status,
                     (time.perf_counter() - started) * 1000)
