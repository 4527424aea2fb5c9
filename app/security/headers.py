"""Security headers and an access log that records no address, agent or query."""

from __future__ import annotations

import logging
import re
import time
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("hotline.access")

# connect-src names the page's own sockets: 'self' covers ws: and wss: in CSP Level 3, and
# Safari before 15.4 needs them spelt out, so the public URL's host is added with the socket
# scheme of its own (wss for https). Never a bare `ws:` or `wss:` (an injected script could then
# open a socket to any server), and never the request's Host header, which the sender writes.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; connect-src 'self'{sockets}; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?|\[[0-9A-Fa-f:.]{2,45}\](?::[0-9]{1,5})?")
_SOCKET_SCHEME = {"http": "ws", "https": "wss"}
_HEADERS = [
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    # A site that opened a hotline tab (target="_blank", window.open) keeps no handle on it:
    # it could have sent the caller's chat to a look-alike page while they wrote.
    (b"cross-origin-opener-policy", b"same-origin"),
]
# The operator console hosts the browser phone (the vendored Twilio Voice SDK): the
# microphone for this origin, and Twilio's HTTPS and WebSocket endpoints.
CONSOLE_PAGE = "/console"
_TWILIO = " https://*.twilio.com wss://*.twilio.com:*"  # any port: the tests stand in for it locally
_CONSOLE_HEADERS = [
    *(header for header in _HEADERS if header[0] != b"permissions-policy"),
    (b"permissions-policy", b"camera=(), microphone=(self), geolocation=()"),
]


def own_sockets(public_url: str) -> str:
    """The connect-src source of the public URL's own websockets ("" when it names no host)."""
    parts = urlsplit(public_url)
    scheme = _SOCKET_SCHEME.get(parts.scheme.lower())
    if scheme is None or not _HOST.fullmatch(parts.netloc):
        return ""
    return f" {scheme}://{parts.netloc.lower()}"


def content_security_policy(public_url: str, *, console: bool = False) -> bytes:
    """The policy for a page of the site at `public_url`, whatever Host the request named."""
    return CONTENT_SECURITY_POLICY.format(
        sockets=own_sockets(public_url) + (_TWILIO if console else "")
    ).encode()


_NO_STORE = (b"cache-control", b"no-store")
# Over https the browser is told to come back over https only, for two years: a caller who once
# reached the hotline is not sent to a look-alike by a network that strips TLS from a later
# visit. The reverse proxy may say it too (deploy/nginx.conf hides the app's copy); the app says
# it itself so a proxy that forgets it (or a Kubernetes ingress set up without it) does not
# leave the callers without.
_HSTS = (b"strict-transport-security", b"max-age=63072000")


def served_over_https(public_url: str) -> bool:
    return urlsplit(public_url).scheme.lower() == "https"


class SecurityHeaders:
    """Pure ASGI (no BaseHTTPMiddleware): headers on every HTTP response."""

    def __init__(self, app: ASGIApp, *, public_url: str) -> None:
        self.app = app
        self.policy = content_security_policy(public_url)
        self.console_policy = content_security_policy(public_url, console=True)
        self.transport = [_HSTS] if served_over_https(public_url) else []

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
                console = path == CONSOLE_PAGE
                policy = self.console_policy if console else self.policy
                headers.append((b"content-security-policy", policy))
                headers.extend(_CONSOLE_HEADERS if console else _HEADERS)
                headers.extend(self.transport)
                if not path.startswith("/static/"):
                    headers.append(_NO_STORE)
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or (
                "/static/*" if path.startswith("/static/") else "unmatched"
            )
            log.info(
                "%s %s status=%s duration_ms=%.1f",
                scope.get("method"),
                template,
                status,
                (time.perf_counter() - started) * 1000,
            )
