"""The chat page and the console driven in headless Chromium (Debian's, via Playwright)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, expect

from tests.browsers import IN_SESSION_LOOP, browser, database, operator  # noqa: F401 - fixtures
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e.clients import login
from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP, pytest.mark.usefixtures("operator")]


@pytest.fixture
def site(database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(database_url, tmp_path / "server.log")
    server.env["HOTLINE_QUICK_EXIT_URL"] = f"{server.base_url}/healthz"
    server.start()
    yield server
    server.stop(kill=True)


async def new_page(
    browser: Browser,
    *,
    locale: str = "fr-CA",
    width: int = 1280,
    height: int = 800,
) -> Page:
    context = await browser.new_context(
        locale=locale,
        viewport={"width": width, "height": height},
        is_mobile=width < 500,
        has_touch=width < 500,
    )
    page = await context.new_page()
    page.set_default_timeout(10_000)
    return page


async def until_true(page: Page, expression: str, *, seconds: float = 10.0) -> None:
    """Poll a JavaScript expression until it is true.

    Not `page.wait_for_function`: that evaluates its predicate with `eval` inside the page,
    which our Content-Security-Policy refuses (no 'unsafe-eval'). `page.evaluate` runs
    through the DevTools protocol, which the policy does not govern.
    """
    deadline = asyncio.get_running_loop().time() + seconds
    while not await page.evaluate(expression):
        assert asyncio.get_running_loop().time() < deadline, f"still false after {seconds} s: {expression}"
        await asyncio.sleep(0.05)


async def log_in(page: Page, site: LiveServer, email: str) -> None:
    await page.goto(f"{site.base_url}/console")
    await expect(page).to_have_url(f"{site.base_url}/console/login")
    await page.fill("#email", email)
    await page.fill("#password", OPERATOR_PASSWORD)
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{site.base_url}/console")
    # The URL changes when the navigation commits; the console's scripts (and their keyboard
    # shortcuts) are ready only once the document has loaded.
    await page.wait_for_load_state("load")


class TestChatToConsole:
    async def test_round_trip_in_two_browsers(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
    ) -> None:
        console = await new_page(browser, locale="en-CA")
        await log_in(console, site, operator)
        chat = await new_page(browser)
        await chat.goto(f"{site.base_url}/chat")
        await chat.fill("#chat-input", "Bonjour, mon patron garde mon passeport")
        await chat.keyboard.press("Enter")
        await expect(chat.locator("#chat-messages li.in")).to_have_count(1)

        item = console.locator("#queue li.queue-item")
        await expect(item).to_have_count(1)  # arrived live, no reload
        await expect(item.first).to_contain_text("High")
        await item.first.locator("a").click()
        await expect(console.locator("#messages")).to_contain_text("mon patron garde mon passeport")
        await console.fill("#reply-text", "Bonjour, vous êtes au bon endroit.")
        await console.keyboard.press("Control+Enter")

        await expect(chat.locator("#chat-messages li.out")).to_contain_text(
            "Bonjour, vous êtes au bon endroit."
        )
        await expect(console.locator("#messages li.out")).to_have_count(1)

    async def test_console_shows_triage_codes_and_why_in_french(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
    ) -> None:
        console = await new_page(browser, locale="fr-CA")
        await log_in(console, site, operator)
        chat = await new_page(browser)
        await chat.goto(f"{site.base_url}/chat")
        await chat.fill("#chat-input", "je suis enfermée dans la chambre, il va me tuer")
        await chat.keyboard.press("Enter")

        item = console.locator("#queue li.queue-item")
        await expect(item.first).to_contain_text("Urgence")
        await item.first.locator("a").click()
        await expect(console.locator("#conversation-needs")).to_contain_text("sécurité immédiate")
        await expect(console.locator("#conversation-indicators")).to_contain_text("restriction de mouvement")

        # A second message arrives live: its codes join the conversation's.
        await chat.fill("#chat-input", "et mon patron garde mon passeport")
        await chat.keyboard.press("Enter")
        await expect(console.locator("#conversation-indicators")).to_contain_text("rétention de documents")

        # "Pourquoi ce triage ?" opens from the keyboard and quotes the words that counted.
        summary = console.locator("#messages li.in details.triage-why summary").first
        await summary.focus()
        await console.keyboard.press("Enter")
        why = console.locator("#messages li.in details.triage-why ul").first
        await expect(why).to_contain_text("enfermée")
        await expect(why).to_contain_text("menace de mort")
        await expect(why).to_contain_text("Urgence")

        # The live message's words are named in French, never by lexicon or code names; the
        # same lines are drawn by the server when the page is loaded again.
        for _ in range(2):
            second = console.locator("#messages li.in details.triage-why").nth(1)
            await second.locator("summary").click()
            await expect(second).to_contain_text("« garde mon passeport » : rétention de documents")
            await expect(second).to_contain_text("Les signes ci-dessus → Élevée")
            await expect(console.locator("#messages")).not_to_contain_text("lexicon")
            await console.reload()

    async def test_wrap_up_closes_the_conversation_and_other_consoles_see_it_leave(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
    ) -> None:
        chat = await new_page(browser)
        await chat.goto(f"{site.base_url}/chat")
        await chat.fill("#chat-input", "Merci, c'est tout pour aujourd'hui")
        await chat.keyboard.press("Enter")
        await expect(chat.locator("#chat-messages li.in:not(.is-pending)")).to_have_count(1)

        watcher = await new_page(browser)
        await log_in(watcher, site, operator)
        await expect(watcher.locator("#queue li.queue-item")).to_have_count(1)

        closer = await new_page(browser)
        await log_in(closer, site, operator)
        await closer.locator("#queue li.queue-item a").first.click()
        closer.once("dialog", lambda dialog: dialog.accept())
        await closer.select_option("#close-outcome", "information_given")
        await closer.click("#close-conversation")
        await expect(closer).to_have_url(f"{site.base_url}/console")
        await expect(closer.locator("#queue li.queue-item")).to_have_count(0)
        await expect(watcher.locator("#queue li.queue-item")).to_have_count(0)  # live

    async def test_console_requires_login_and_rejects_a_wrong_password(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
    ) -> None:
        page = await new_page(browser)
        await page.goto(f"{site.base_url}/console/login")
        await page.fill("#email", operator)
        await page.fill("#password", "not the password")
        await page.click("#login-submit")
        await expect(page.locator("#login-error")).to_contain_text("invalide")


class TestQuickExit:
    @pytest.mark.parametrize("how", ["button", "escape"])
    async def test_quick_exit_leaves_and_clears_the_session(
        self,
        browser: Browser,
        site: LiveServer,
        how: str,
    ) -> None:
        page = await new_page(browser)
        await page.goto(f"{site.base_url}/healthz?before")
        await page.goto(f"{site.base_url}/chat")
        await page.fill("#chat-input", "je ne suis pas seule ici")
        await page.keyboard.press("Enter")
        await expect(page.locator("#chat-messages li.in")).to_have_count(1)
        # The message shows at once; the token is kept when the server's session frame comes.
        await until_true(page, "sessionStorage.length > 0")
        history_before = await page.evaluate("history.length")

        if how == "button":
            await page.click("#quick-exit")
        else:
            await page.focus("#chat-input")
            await page.keyboard.press("Escape")
        await expect(page).to_have_url(f"{site.base_url}/healthz")

        assert await page.evaluate("sessionStorage.length") == 0
        assert await page.evaluate("localStorage.length") == 0
        assert await page.evaluate("history.length") == history_before  # replaced, not pushed
        await page.go_back()
        await expect(page).to_have_url(f"{site.base_url}/healthz?before")


class TestLanguages:
    async def test_browser_language_then_switch(self, browser: Browser, site: LiveServer) -> None:
        page = await new_page(browser, locale="en-US")
        await page.goto(f"{site.base_url}/chat")
        await expect(page.locator("#quick-exit")).to_have_text("Quick exit")
        # Before the first message: where confidentiality ends and how to delete.
        await expect(page.locator("#chat-limits")).to_contain_text("immediate danger")
        await expect(page.locator("#chat-limits")).to_contain_text("DELETE")
        await page.goto(f"{site.base_url}/chat?lang=fr")
        await expect(page.locator("#quick-exit")).to_have_text("Sortie rapide")
        await expect(page.locator("#chat-limits")).to_contain_text("EFFACER")
        assert await page.evaluate("document.documentElement.lang") == "fr"


class TestSmallScreen:
    @pytest.mark.parametrize("locale", ["fr-CA", "en-CA"])
    async def test_the_message_box_shows_without_scrolling_on_a_phone(
        self,
        browser: Browser,
        site: LiveServer,
        locale: str,
    ) -> None:
        page = await new_page(browser, locale=locale, width=390, height=844)
        await page.goto(f"{site.base_url}/chat")
        box = page.locator("#chat-input")
        await expect(box).to_be_visible()
        await expect(page.locator("#chat-emergency")).to_be_visible()
        assert await page.evaluate("window.scrollY") == 0
        bounds = await box.bounding_box()
        assert bounds is not None
        assert bounds["y"] >= 0 and bounds["y"] + bounds["height"] <= 844, bounds
        assert await page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll

        # The folded introduction opens from the keyboard.
        limits = page.locator("#chat-limits")
        await expect(limits).to_be_hidden()
        await page.focus("#chat-about summary")
        await page.keyboard.press("Enter")
        await expect(limits).to_be_visible()

    async def test_the_introduction_stays_open_on_a_wide_screen(
        self,
        browser: Browser,
        site: LiveServer,
    ) -> None:
        page = await new_page(browser)
        await page.goto(f"{site.base_url}/chat")
        await expect(page.locator("#chat-limits")).to_be_visible()


class TestHistoryNotice:
    @pytest.mark.parametrize(
        ("locale", "words"),
        [
            ("fr-CA", "les renseignements personnels de vos messages précédents"),
            ("en-CA", "personal details in your earlier messages"),
        ],
    )
    async def test_after_a_reload_the_caller_learns_why_details_are_hidden(
        self,
        browser: Browser,
        site: LiveServer,
        locale: str,
        words: str,
    ) -> None:
        page = await new_page(browser, locale=locale)
        await page.goto(f"{site.base_url}/chat")
        note = page.locator("#chat-history-note")
        await page.fill("#chat-input", "Mon numéro est le 514 555 0199")
        await page.keyboard.press("Enter")
        await expect(page.locator("#chat-messages li.in:not(.is-pending)")).to_have_count(1)
        await expect(note).to_be_hidden()  # their own words are still on screen

        await page.reload()
        message = page.locator("#chat-messages li.in")
        await expect(message).to_have_count(1)
        await expect(message).not_to_contain_text("514 555 0199")
        await expect(note).to_be_visible()
        await expect(note).to_contain_text(words)
        # Above the history.
        assert (
            await page.evaluate(
                "document.getElementById('chat-history-note').compareDocumentPosition("
                "document.getElementById('chat-messages')) & Node.DOCUMENT_POSITION_FOLLOWING"
            )
            != 0
        )


class TestReconnect:
    async def test_chat_page_reconnects_resumes_and_sends_what_was_typed_offline(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
    ) -> None:
        page = await new_page(browser)
        await page.goto(f"{site.base_url}/chat")
        await page.fill("#chat-input", "premier message")
        await page.keyboard.press("Enter")
        await expect(page.locator("#chat-messages li.in:not(.is-pending)")).to_have_count(1)

        site.stop()
        await page.fill("#chat-input", "écrit pendant la coupure")
        await page.keyboard.press("Enter")
        await expect(page.locator("#chat-messages li.in.is-pending")).to_have_count(1)
        site.start()

        # The shared live socket backs off, reconnects, resumes the session, then sends.
        await expect(page.locator("#chat-messages li.in.is-pending")).to_have_count(0, timeout=20_000)
        await expect(page.locator("#chat-messages li.in")).to_have_count(2)
        http = await login(site, operator)
        queue = (await http.get("/api/conversations")).json()
        assert len(queue) == 1
        texts = [m["text"] for m in (await http.get(f"/api/conversations/{queue[0]['id']}/messages")).json()]
        assert texts == ["premier message", "écrit pendant la coupure"]
        await http.aclose()
