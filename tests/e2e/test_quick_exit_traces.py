"""What the chat leaves in the caller's browser's HTTP cache, read in headless Chromium.

A file is "in the HTTP cache" when `fetch(url, {cache: "only-if-cached"})` answers: that mode
never goes to the network. The test checks its probe on a file it did cache (a staff page's
`/static/` file), so an empty result is the browser's, not a blind probe's.

One server for the module; each test opens its own browser context (its own cache, storage
and cookies).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.async_api import Browser, Page, expect

from tests.browsers import IN_SESSION_LOOP, browser  # noqa: F401 - fixtures
from tests.live_server import LiveServer
from tests.postgres import PostgresForTests

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP]

CACHED = "url => fetch(url, {cache: 'only-if-cached', mode: 'same-origin'}).then(() => true, () => false)"
STAFF_FILE = "/static/console.js"  # loaded by the console, never by the chat page


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
