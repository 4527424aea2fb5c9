"""What the chat leaves in the caller's browser, read in headless Chromium.

A file is "in the HTTP cache" when `fetch(url, {cache: "only-if-cached"})` answers: that mode
never goes to the network. Each test checks its probe on a file it did cache (a staff page's
`/static/` file), so an empty result is the browser's, not a blind probe's.

One server for the module; each test opens its own browser context (its own cache, storage
and cookies).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import Iterator

import pytest
from playwright.async_api import Browser, Page, Route, expect

from app.storage.db import Database
from tests.browsers import IN_SESSION_LOOP, browser  # noqa: F401 - fixtures
from tests.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD
from tests.factories import make_user
from tests.live_server import LiveServer
from tests.postgres import PostgresForTests

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP]

CACHED = "url => fetch(url, {cache: 'only-if-cached', mode: 'same-origin'}).then(() => true, () => false)"
PLANT_STORAGE = """() => new Promise((done, failed) => {
  const opened = indexedDB.open("left-behind");
  opened.onsuccess = () => { opened.result.close(); done(); };
  opened.onerror = failed;
})"""
STAFF_FILE = "/static/console.js"  # loaded by the console, never by the chat page
DATABASES = "indexedDB.databases().then(list => list.map(d => d.name))"


@pytest.fixture(scope="module")
def site(postgres: PostgresForTests, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    url = postgres.create_database()
    server = LiveServer(url, tmp_path_factory.mktemp("quick-exit") / "server.log")
    server.env["HOTLINE_QUICK_EXIT_URL"] = f"{server.base_url}/healthz"
    server.start()
    yield server
    server.stop(kill=True)
    postgres.drop_database(url)


async def open_chat(browser: Browser, site: LiveServer) -> Page:
    context = await browser.new_context(locale="fr-CA")
    page = await context.new_page()
    page.set_default_timeout(10_000)
    await page.goto(f"{site.base_url}/chat")
    await expect(page.locator("#chat-form")).to_be_visible()  # chat.js has run
    return page


async def cached(page: Page, url: str) -> bool:
    return bool(await page.evaluate(CACHED, url))


async def leave_with_escape(page: Page, site: LiveServer) -> None:
    await page.focus("#chat-input")
    await page.keyboard.press("Escape")
    await expect(page).to_have_url(f"{site.base_url}/healthz")


async def until_forgotten(page: Page, *, seconds: float = 10.0) -> None:
    """Clear-Site-Data is applied while the beacon's answer comes back, after the page has gone."""
    deadline = time.monotonic() + seconds
    while await page.evaluate(DATABASES) or await cached(page, STAFF_FILE):
        assert time.monotonic() < deadline, "the origin's storage or cache is still there"
        await asyncio.sleep(0.05)


class TestHttpCache:
    async def test_nothing_the_chat_page_loaded_stays_in_the_cache(
        self, browser: Browser, site: LiveServer
    ) -> None:
        page = await open_chat(browser, site)
        loaded = await page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
        files = [url for url in loaded if url.startswith(site.base_url)]
        assert {url.rsplit("/", 1)[1] for url in files} >= {"style.css", "live-socket.js", "chat.js"}
        await page.goto(f"{site.base_url}/healthz")  # the caller moves on; the tab's cache stays
        await page.evaluate("url => fetch(url)", STAFF_FILE)
        assert await cached(page, STAFF_FILE)  # the probe finds a cached file: staff files still are
        assert [url for url in files if await cached(page, url)] == []


class TestQuickExit:
    async def test_the_exit_clears_the_origins_storage_and_cache(
        self, browser: Browser, site: LiveServer
    ) -> None:
        page = await open_chat(browser, site)
        # What an older version of the page, or another page of this origin, could have left.
        await page.evaluate(PLANT_STORAGE)
        await page.evaluate("url => fetch(url)", STAFF_FILE)
        assert await page.evaluate(DATABASES) == ["left-behind"] and await cached(page, STAFF_FILE)

        await leave_with_escape(page, site)
        await until_forgotten(page)

        calls = [line for line in site.log().splitlines() if "/chat/exit" in line]
        assert calls, "the quick exit did not call /chat/exit"
        for line in calls:  # route and status, as for any request: nothing about the caller
            assert re.search(r"hotline\.access.*POST /chat/exit status=204 duration_ms=[0-9.]+$", line), line

    async def test_an_operator_trying_the_chat_in_the_same_browser_stays_logged_in(
        self, browser: Browser, site: LiveServer
    ) -> None:
        database = Database.connect(site.env["HOTLINE_DATABASE_URL"], pool_size=1)
        try:
            await make_user(database, email=OPERATOR_EMAIL, password=OPERATOR_PASSWORD)
        finally:
            await database.dispose()
        page = await open_chat(browser, site)
        login = await page.context.request.post(
            f"{site.base_url}/api/auth/login", data={"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD}
        )
        assert login.ok
        console = await page.context.new_page()
        await console.goto(f"{site.base_url}/console")
        await expect(console).to_have_url(f"{site.base_url}/console")
        await page.evaluate(PLANT_STORAGE)

        await leave_with_escape(page, site)
        await until_forgotten(page)  # the answer's Clear-Site-Data has been applied

        await console.reload()
        await expect(console).to_have_url(f"{site.base_url}/console")  # not sent to the login page

    async def test_the_exit_does_not_wait_for_the_server(self, browser: Browser, site: LiveServer) -> None:
        page = await open_chat(browser, site)
        seen: list[str] = []

        async def answer_late(route: Route) -> None:
            seen.append(route.request.method)
            await asyncio.sleep(3)
            with contextlib.suppress(Exception):  # the test may have closed the page by then
                await route.continue_()

        await page.route("**/chat/exit", answer_late)
        started = time.monotonic()
        await leave_with_escape(page, site)
        assert time.monotonic() - started < 1.5
        assert seen == ["POST"]
