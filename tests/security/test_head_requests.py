"""`HEAD` answers as `GET` does, without the body: it was a 405 on every page and API route
(only the static files answered it), so a monitor or proxy asking with `HEAD` saw the chat, the
login pages and the health check as broken, and the answer carried none of the page's headers."""

from __future__ import annotations

import httpx

PATHS = (
    "/chat",
    "/chat?lang=en",
    "/console/login",
    "/partner/login",
    "/healthz",
    "/api/directory/",
    "/no-such-page",
)
DIFFERING = {"date", "set-cookie"}  # the login pages give each answer its own form token


async def test_head_is_get_without_the_body(client: httpx.AsyncClient) -> None:
    for path in PATHS:
        got, head = await client.get(path), await client.head(path)
        assert head.status_code == got.status_code, path
        assert head.content == b"", path
        assert {k: v for k, v in head.headers.items() if k not in DIFFERING} == {
            k: v for k, v in got.headers.items() if k not in DIFFERING
        }, path


async def test_a_write_route_still_refuses_head(client: httpx.AsyncClient) -> None:
    answer = await client.head("/api/auth/login")
    assert answer.status_code == 405 and answer.content == b""
