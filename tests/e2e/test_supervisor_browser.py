"""The supervisor room and the statistics page in headless Chromium: a supervisor follows an
operator's conversation live and whispers; the operator sees the whisper, the caller never
does; the statistics show "<10". Takes the README's pictures of the room and the statistics
(`make screenshots`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, expect

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e import screenshots
from tests.e2e.test_browser import browser, log_in, new_page, site  # noqa: F401 (fixtures)
from tests.factories import make_user
from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("operator")]

SUPERVISOR = "supervisor@example.org"
WHISPER = "Propose-lui un hébergement d'urgence ce soir."


@pytest.fixture
async def supervisor(database: Database) -> str:
    await make_user(database, email=SUPERVISOR, password=OPERATOR_PASSWORD, role=Role.supervisor)
    return SUPERVISOR


async def tab_to(page: Page, selector: str, *, limit: int = 40) -> None:
    """Press Tab until `selector` has the focus, as a keyboard user would."""
    for _ in range(limit):
        await page.keyboard.press("Tab")
        if await page.evaluate("(s) => document.activeElement === document.querySelector(s)", selector):
            return
    raise AssertionError(f"{selector} never got the keyboard focus")


async def focus_is_visible(page: Page) -> bool:
    outline = await page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth]; }")
    return bool(outline[0] != "none" and outline[1] != "0px")


class TestSupervisorRoom:
    async def test_monitor_whisper_and_statistics(
        self, browser: Browser, site: LiveServer, operator: str, supervisor: str,  # noqa: F811
        tmp_path: Path,
    ) -> None:
        chat = await new_page(browser)
        await chat.goto(f"{site.base_url}/chat")
        await chat.fill("#chat-input", "Bonjour, mon patron garde mon passeport")
        await chat.keyboard.press("Enter")
        await expect(chat.locator("#chat-messages li.in")).to_have_count(1)

        console = await new_page(browser)
        await log_in(console, site, operator)
        await console.locator("#queue li.queue-item a").first.click()
        await console.fill("#reply-text", "Bonjour, je suis là pour vous aider.")
        await console.keyboard.press("Control+Enter")
        await expect(console.locator("#messages li.out")).to_have_count(1)

        room = await new_page(browser)
        await log_in(room, site, supervisor)
        await room.goto(f"{site.base_url}/console/supervisor")
        row = room.locator("#live-conversations tbody tr")
        await expect(row).to_have_count(1)
        await expect(row.first).to_contain_text(operator)
        await expect(room.locator("#staff-load")).to_contain_text(operator)
        await tab_to(room, ".monitor-link")  # keyboard only: Tab to "Suivre", Enter
        assert await focus_is_visible(room)
        await room.keyboard.press("Enter")
        await expect(room.locator("#messages li.in")).to_contain_text("passeport")
        await expect(room.locator("#console-status")).to_have_text("Mises à jour en direct actives")

        await chat.fill("#chat-input", "Il a aussi pris mon téléphone")
        await chat.keyboard.press("Enter")
        await expect(room.locator("#messages li.in")).to_have_count(2)  # live, no reload

        await tab_to(room, "#whisper-text")
        await room.keyboard.type(WHISPER)
        await room.keyboard.press("Control+Enter")
        await expect(room.locator("#messages li.whsp")).to_contain_text(WHISPER)
        await expect(console.locator("#messages li.whsp")).to_contain_text(WHISPER)  # live

        await chat.fill("#chat-input", "Merci")
        await chat.keyboard.press("Enter")
        await expect(chat.locator("#chat-messages li.in")).to_have_count(3)
        await expect(console.locator("#messages li.in")).to_have_count(3)  # stored
        await expect(chat.locator("#chat-messages")).not_to_contain_text("hébergement d'urgence")
        await chat.reload()  # the history the chat page loads again
        await expect(chat.locator("#chat-messages li.in")).to_have_count(3)
        await expect(chat.locator("body")).not_to_contain_text("hébergement d'urgence")

        await room.evaluate("window.scrollTo(0, 0)")
        await screenshots.save(room, "supervisor-room.png", tmp_path)

        await room.goto(f"{site.base_url}/console/stats")
        await expect(room.locator("#stats-total")).to_have_text("<10")
        await expect(room.locator("#stats-referrals-sent")).to_have_text("<10")
        await expect(room.locator("svg.chart").first).to_be_visible()
        await tab_to(room, "#stats-from")
        assert await focus_is_visible(room)
        await screenshots.save(room, "stats.png", tmp_path)

    async def test_an_operator_is_refused_the_room(
        self, browser: Browser, site: LiveServer, operator: str  # noqa: F811
    ) -> None:
        page = await new_page(browser)
        await log_in(page, site, operator)
        assert await page.locator("#supervisor-link").count() == 0
        response = await page.goto(f"{site.base_url}/console/supervisor")
        assert response is not None and response.status == 403
