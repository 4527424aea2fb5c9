"""No other site keeps a handle on a hotline tab it opened.

A page that opened the chat (a link with target="_blank", or window.open) kept a reference to
the caller's tab and could later send it anywhere, for instance to a look-alike chat, while the
caller wrote; `Cross-Origin-Opener-Policy: same-origin` puts every hotline page in a browsing
context group of its own, so that reference is closed. The console and the partner portal too.
"""

from __future__ import annotations

import httpx

from tests.security.test_headers import PUBLIC_PATHS


async def test_every_answer_cuts_the_openers_handle(client: httpx.AsyncClient) -> None:
    for path in (*PUBLIC_PATHS, "/static/chat.js", "/partner/r/x"):
        answer = await client.get(path)
        assert answer.headers.get("cross-origin-opener-policy") == "same-origin", path


async def test_the_console_too(operator_client: httpx.AsyncClient) -> None:
    page = await operator_client.get("/console")
    assert page.status_code == 200
    assert page.headers.get("cross-origin-opener-policy") == "same-origin"
