"""Security headers on every kind of response, read as a stranger's browser gets them: a strict
Content-Security-Policy whose sources name hosts (never a whole scheme such as `ws:`, which lets
an injected script talk to any server), no framing, no sniffing, no referrer, no caching."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI

from app.security.headers import SecurityHeaders, own_sockets

PUBLIC_PATHS = (
    "/chat",
    "/console/login",
    "/partner/login",
    "/healthz",
    "/api/directory/",
    "/api/conversations",
    "/no-such-page",
)
SCHEME_WIDE = {"ws:", "wss:", "http:", "https:", "data:", "blob:", "*", "'unsafe-inline'", "'unsafe-eval'"}


def _directives(policy: str) -> dict[str, list[str]]:
    parsed: dict[str, list[str]] = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def _check(response: httpx.Response, path: str) -> dict[str, list[str]]:
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff", path
    assert headers["x-frame-options"] == "DENY", path
    assert headers["referrer-policy"] == "no-referrer", path
    assert headers["cache-control"] == "no-store", path
    policy = _directives(headers["content-security-policy"])
    assert policy["default-src"] == ["'self'"], path
    assert policy["frame-ancestors"] == ["'none'"] and policy["base-uri"] == ["'none'"], path
    for directive in ("default-src", "script-src", "connect-src", "style-src"):
        wide = SCHEME_WIDE.intersection(policy.get(directive, []))
        assert not wide, (path, directive, wide)
    return policy


# The public URL's own sockets, spelt out for Safari < 15.4 (the tests' public URL is the
# settings' default, http://127.0.0.1:8000; the requests name Host testserver).
OWN_SOCKETS = ["'self'", "ws://127.0.0.1:8000"]


async def test_every_public_answer_has_a_strict_policy(client: httpx.AsyncClient) -> None:
    for path in PUBLIC_PATHS:
        policy = _check(await client.get(path), path)
        assert policy["connect-src"] == OWN_SOCKETS, path  # the page's own sockets only


async def test_a_host_header_cannot_write_the_policy(client: httpx.AsyncClient) -> None:
    """The sockets named are the public URL's: a Host header (which the sender writes, and which
    a shared cache may not key on) named its own host as a place the page's scripts may reach."""
    for host in ("x; script-src *", "evil.example wss:", "a'b", "x\\y", "evil.example:443", "[::1]:8000"):
        policy = _check(await client.get("/chat", headers={"host": host}), host)
        assert policy["connect-src"] == OWN_SOCKETS and "script-src" not in policy, host


def test_an_https_site_names_only_its_secure_sockets() -> None:
    assert own_sockets("https://Hotline.example.org/") == " wss://hotline.example.org"
    assert own_sockets("http://[::1]:8000") == " ws://[::1]:8000"
    assert own_sockets("https://a b/") == own_sockets("file:///x") == ""


async def test_the_console_adds_only_twilio_for_the_browser_phone(operator_client: httpx.AsyncClient) -> None:
    page = await operator_client.get("/console")
    assert page.status_code == 200
    policy = _check(page, "/console")
    assert set(policy["connect-src"]) == {*OWN_SOCKETS, "https://*.twilio.com", "wss://*.twilio.com:*"}


async def test_https_answers_say_https_only_and_http_ones_do_not(client: httpx.AsyncClient) -> None:
    """Strict-Transport-Security came from deploy/nginx.conf alone: a proxy set up without it
    left callers open to a network that strips TLS from their next visit."""

    async def empty(scope: object, receive: object, send: Any) -> None:
        await send({"type": "http.response.start", "status": 404, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    for public_url, expected in (
        ("https://hotline.example.org", "max-age=63072000"),
        ("http://127.0.0.1:8000", None),
    ):
        app = FastAPI()
        app.mount("/", SecurityHeaders(empty, public_url=public_url))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=public_url) as over:
            answer = await over.get("/chat")
            assert answer.headers.get("strict-transport-security") == expected, public_url
    assert "strict-transport-security" not in (await client.get("/chat")).headers  # make run: http
