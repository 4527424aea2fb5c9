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
to over the scheme it came by (an `http://` page of the host is not the `https://` site: a
network attacker writes what plain HTTP serves). Provider webhooks (`/channels/...`) are signed
and not read here. `same_origin` is the rule the console's websocket uses too.
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


# The page scheme a request's own scheme stands for (a websocket's is ws or wss).
_PAGE_SCHEME = {"http": "http", "ws": "http", "https": "https", "wss": "https"}


def same_origin(origin: str, *, host: str | None, scheme: str, public_url: str) -> bool:
    """Whether a browser's `Origin` is the public URL's, or the Host's over the request's scheme."""
    page_scheme, netloc = _origin(origin)
    if not netloc or page_scheme not in ("http", "https"):  # "null": a sandboxed or opaque origin
        return False
    if (page_scheme, netloc) == _origin(public_url):
        return True
    return bool(host) and netloc == (host or "").lower() and page_scheme == _PAGE_SCHEME.get(scheme)


def sent_by_own_page(headers: dict[bytes, bytes], *, public_url: str, scheme: str = "http") -> bool:
    """Whether the browser (if it is one) says the request came from this origin."""
    fetch_site = headers.get(b"sec-fetch-site")
    if fetch_site is not None:
        return fetch_site.lower() in _OWN_FETCH
    origin = headers.get(b"origin")
    if origin is None:
        return True
    host = headers.get(b"host", b"").decode("latin-1")
    return same_origin(origin.decode("latin-1"), host=host, scheme=scheme, public_url=public_url)


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
            or sent_by_own_page(
                dict(scope.get("headers", [])), public_url=self.public_url, scheme=scope.get("scheme", "http")
            )
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
