"""The public chat page leaves no cookie on the caller's device, no file in its HTTP cache, and its
quick exit asks the browser to forget the origin (tests/e2e/test_quick_exit_traces.py watches
Chromium do it).

A caller who chose English on the chat page was given `hotline_lang=en` for a year: a cookie
the quick exit cannot clear (it is HttpOnly, and the exit only empties the tab's storage), there
for whoever looks at the browser's cookies long after the tab was closed, naming the hotline.
The language the caller chose travels in the page's links (`?lang=`) instead.
"""

from __future__ import annotations

import re

import httpx
from fastapi.routing import APIRoute

from app.pages import quick_exit


async def test_choosing_a_language_on_the_chat_page_sets_no_cookie(client: httpx.AsyncClient) -> None:
    for lang, words in (("en", 'lang="en"'), ("fr", 'lang="fr"')):
        page = await client.get(f"/chat?lang={lang}")
        assert page.status_code == 200
        assert words in page.text
        assert page.headers.get_list("set-cookie") == [], lang
    assert 'href="/chat?lang=fr"' in (await client.get("/chat?lang=en")).text  # the switch keeps it


async def test_the_chat_page_opens_no_cookie_at_all(client: httpx.AsyncClient) -> None:
    for path in ("/", "/chat", "/chat?lang=xx"):
        answer = await client.get(path)
        assert answer.headers.get_list("set-cookie") == [], path


async def test_staff_pages_still_remember_the_language(client: httpx.AsyncClient) -> None:
    page = await client.get("/console/login?lang=en")
    assert any(header.startswith("hotline_lang=en;") for header in page.headers.get_list("set-cookie"))


def _own_files(html: str) -> list[str]:
    """The page's scripts, style sheets and icons served by this origin."""
    return re.findall(r'(?:src|href)="(/[^"?#]+\.(?:js|css|svg))"', html)


async def test_every_file_the_chat_page_loads_is_served_no_store(client: httpx.AsyncClient) -> None:
    files = _own_files((await client.get("/chat")).text)
    assert sorted(path.rsplit("/", 1)[1] for path in files) == [
        "chat.js",
        "favicon.svg",
        "live-socket.js",
        "style.css",
    ]
    for path in files:
        answer = await client.get(path)
        assert answer.status_code == 200, path
        assert answer.headers.get_list("cache-control") == ["no-store"], path


async def test_staff_pages_keep_caching_their_files(client: httpx.AsyncClient) -> None:
    files = _own_files((await client.get("/console/login")).text)
    assert "/static/style.css" in files
    for path in files:
        answer = await client.get(path)
        assert answer.status_code == 200 and "cache-control" not in answer.headers, path


async def test_the_chat_files_path_serves_the_chat_files_only(client: httpx.AsyncClient) -> None:
    assert (await client.get("/chat/static/chat.js")).status_code == 200
    for name in ("console.js", "supervisor.js", "queue.css", "../rendering.py", "vendor"):
        assert (await client.get(f"/chat/static/{name}")).status_code == 404, name


async def test_the_quick_exit_call_asks_the_browser_to_forget_cache_and_storage(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/chat")
    assert 'data-exit-path="/chat/exit"' in page.text
    answer = await client.post("/chat/exit")  # what the beacon sends: no token, no cookie, no body
    assert answer.status_code == 204 and answer.content == b""
    assert answer.headers["clear-site-data"] == '"cache", "storage"'  # not "cookies": the staff's
    assert answer.headers.get_list("cache-control") == ["no-store"]
    assert answer.headers.get_list("set-cookie") == []


async def test_another_site_cannot_call_the_quick_exit(client: httpx.AsyncClient) -> None:
    """A form on another site posting to /chat/exit would wipe the chat a caller is writing in."""
    for site in ("cross-site", "same-site"):
        answer = await client.post("/chat/exit", headers={"Sec-Fetch-Site": site})
        assert answer.status_code == 403, site
        assert "clear-site-data" not in answer.headers, site
    own = await client.post("/chat/exit", headers={"Sec-Fetch-Site": "same-origin"})
    assert own.status_code == 204 and own.headers["clear-site-data"] == '"cache", "storage"'


def test_the_quick_exit_call_reads_nothing_of_the_request() -> None:
    """No token, session, database or address: the endpoint reads one header, Sec-Fetch-Site."""
    (route,) = quick_exit.router.routes
    assert isinstance(route, APIRoute) and route.path == "/chat/exit"
    assert route.methods == {"POST"}
    assert [p.name for p in route.dependant.header_params] == ["sec_fetch_site"]
    assert route.dependant.dependencies == [] and route.dependant.query_params == []
    assert route.dependant.request_param_name is None and route.dependant.body_params == []
