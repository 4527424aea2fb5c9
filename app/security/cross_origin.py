"""Writes only from the hotline's own pages: a POST, PUT, PATCH or DELETE that a browser says
another origin sent is answered 403 before the app reads it.

The forms' double-submit CSRF cookies (`hotline_csrf`, `hotline_partner_csrf`) and the
`SameSite=strict` session cookie stop another *site*, but not a sibling host of the same site:
a page on `anything.example.org` may set a cookie for all of `example.org` (cookie tossing),
its requests to `hotline.example.org` are same-site so strict cookies go with them, and it
can post the login form with the token it planted in the cookie. The operator or partner
worker who opens it is then logged in to an account the stranger chose.

A browser says who sent a request: `Sec-Fetch-Site` (every browser since 2023), else `Origin`
(sent with every cross-origin POST). A write is let in when `Sec-Fetch-Site` is `same-origin`
or `none` (typed, bookmarked), or, without it, when `Origin` is absent (a client that is not a
browser: scripts, tests, providers) or names the public URL or the Host the request was sent
to. Provider webhooks (`/channels/...`) are signed and not read here.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_OWN_FETCH = frozenset({b"same-origin", b"none"})
_EXEMPT_PREFIX = "/channels/"


def _origin(value: str) -> tuple[str, str]:
    parts = urlsplit(value)
    return parts.scheme.lower(), parts.netloc.lower()


def sent_by_own_page(headers: dict[bytes, bytes], *, public_url: str) -> bool:
    """Whether the browser (if it is one) says the request came from this origin."""
    fetch_site = headers.get(b"sec-fetch-site")
    if fetch_site is not None:
        return fetch_site.lower() in _OWN_FETCH
    origin = headers.get(b"origin")
    if origin is None:
        return True
    scheme, netloc = _origin(origin.decode("latin-1"))
    if not netloc or scheme not in ("http", "https"):  # "null": a sandboxed or opaque origin
        return False
    if (scheme, netloc) == _origin(public_url):
        return True
    return netloc == headers.get(b"host", b"").decode("latin-1").lower()


class CrossOriginWrites:
    """Pure ASGI: refuses another origin's writes before the app (or a form parser) sees them."""

    def __init__(self, app: ASGIApp, *, public_url: str) -> None:
        self.app = app
        self.public_url = public_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method", "GET") in SAFE_METHODS
            or scope.get("path", "").startswith(_EXEMPT_PREFIX)
            or sent_by_own_page(dict(scope.get("headers", [])), public_url=self.public_url)
        ):
            await self.app(scope, receive, send)
            return
        await _refuse(scope, send)


async def _refuse(scope: Scope, send: Send) -> None:
    if scope.get("path", "").startswith("/api/"):
        body, media = json.dumps({"error": "cross-origin request refused"}).encode(), b"application/json"
    else:
        body, media = b"Cross-origin request refused.", b"text/plain; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": 403,
            "headers": [(b"content-type", media), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
