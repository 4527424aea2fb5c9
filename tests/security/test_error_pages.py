"""Every error answer is ours: JSON under /api and /channels, a page in the visitor's language
everywhere else; never the framework's body, name or version, nor a trace.

Before, an unknown address or a wrong method anywhere but /api and /channels answered
Starlette's `{"detail":"Not Found"}` / `{"detail":"Method Not Allowed"}` (on console, portal and
chat addresses too), an unhandled error its plain `Internal Server Error`, and a console error
a bare line of text.
"""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

FRAMEWORK_WORDS = ("detail", "starlette", "fastapi", "uvicorn", "traceback", "internal server error")


def _ours(response: httpx.Response) -> str:
    """The page's text, checked to be an HTML page of ours with no framework word in it."""
    assert response.headers["content-type"].startswith("text/html"), response.headers
    lowered = response.text.lower()
    assert not any(word in lowered for word in FRAMEWORK_WORDS), response.text
    assert 'id="error-heading"' in response.text
    return response.text


@pytest.mark.parametrize(
    ("path", "home"),
    [("/no-such-page", "/chat"), ("/console/no-such-page", "/console"), ("/partner/nothing", "/partner/")],
)
async def test_an_unknown_address_is_a_page_in_the_visitors_language(
    client: httpx.AsyncClient, path: str, home: str
) -> None:
    french = await client.get(path)
    assert french.status_code == 404 and "Page introuvable" in _ours(french)  # French by default
    assert f'href="{home}"' in french.text
    english = await client.get(path, headers={"Accept-Language": "en-GB,en;q=0.8"})
    assert english.status_code == 404 and "Page not found" in _ours(english)
    chosen = await client.get(path + "?lang=en")
    assert "Page not found" in _ours(chosen) and "set-cookie" not in chosen.headers  # nothing kept


async def test_a_mistyped_chat_address_leaves_no_cookie_and_loads_only_chat_files(
    client: httpx.AsyncClient,
) -> None:
    answer = await client.get("/chat/nothing?lang=en")
    assert answer.status_code == 404 and "set-cookie" not in answer.headers
    assert "/chat/static/style.css" in _ours(answer)
    assert answer.headers["cache-control"] == "no-store"


async def test_a_wrong_method_is_a_page_that_names_the_allowed_ones(client: httpx.AsyncClient) -> None:
    answer = await client.put("/chat", headers={"Accept-Language": "en"})
    assert answer.status_code == 405 and "This action is not possible here" in _ours(answer)
    assert answer.headers["allow"] == "GET"


async def test_the_api_and_webhooks_keep_their_json(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/nothing")).json() == {"error": "Not Found"}
    assert (await client.get("/channels/nothing")).json() == {"error": "Not Found"}
    assert (await client.get("/metrics")).json() == {"error": "Not Found"}


async def test_an_unexpected_error_is_ours_too(app: FastAPI) -> None:
    async def broken() -> None:
        raise RuntimeError("planted: caller +1 555 0100 wrote something")

    app.add_api_route("/console/broken-for-the-test", broken)
    app.add_api_route("/api/broken-for-the-test", broken)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        page = await client.get("/console/broken-for-the-test", headers={"Accept-Language": "en"})
        assert page.status_code == 500 and "Something went wrong" in _ours(page)
        assert "planted" not in page.text and "RuntimeError" not in page.text
        api = await client.get("/api/broken-for-the-test")
        assert api.status_code == 500 and api.json() == {"error": "internal error"}


async def test_a_console_refusal_is_a_page(operator_client: httpx.AsyncClient) -> None:
    """A `HotlineError` a console page raises (an operator opening the directory editor, which
    is for supervisors) was a line of plain text; now a page, with the reason under it."""
    answer = await operator_client.get("/console/directory/new", headers={"Accept-Language": "en"})
    assert answer.status_code == 403
    assert "The request could not be answered" in _ours(answer) and "supervisors only" in answer.text
