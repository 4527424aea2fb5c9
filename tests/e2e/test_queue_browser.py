"""The console's queue, the flood banner and the chat page's notices in headless Chromium
(issue 14 points 2 and 5, issue 15 point 1). An emergency arriving with its sound and banner:
tests/e2e/test_night_shift.py."""

from __future__ import annotations

import dataclasses
import secrets
from datetime import timedelta

import pytest
from playwright.async_api import Browser, expect

from app.conversations import intake
from app.domain import ChannelKind, InboundMessage
from app.models.base import utcnow
from app.storage.db import Database
from tests.browsers import IN_SESSION_LOOP, browser, database, operator  # noqa: F401 - fixtures
from tests.e2e.test_browser import log_in, new_page, site  # noqa: F401 - fixture
from tests.factories import keys, receive
from tests.live_server import LiveServer
from tests.test_queue_pages import open_web_chats

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP, pytest.mark.usefixtures("operator")]


class TestLongQueue:
    async def test_an_sms_among_1112_open_web_chats_is_found_and_every_page_is_reachable(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
        database: Database,
    ) -> None:
        await open_web_chats(database, 1112)
        await receive(
            database,
            "Bonjour, mon patron garde mon passeport depuis trois mois et il dit que je lui dois "
            "encore de l'argent pour le voyage, le logement et la nourriture",
            channel=ChannelKind.sms,
            address="+15558675310",
        )
        page = await new_page(browser, locale="en-CA")
        await log_in(page, site, operator)
        rows = page.locator("#queue li.queue-item")
        await expect(page.locator("#queue-count")).to_have_text("(1113)")
        await expect(rows).to_have_count(50)
        more = page.locator("#queue-more")
        await expect(more).to_have_text("Show more (1063 not shown)")
        await more.click()
        await expect(rows).to_have_count(100)

        await page.select_option("#queue-channel", "sms")
        await expect(rows).to_have_count(1)
        await expect(rows.first).to_contain_text("Text (SMS)")
        await expect(rows.first.locator(".queue-preview")).to_contain_text("passeport")
        # a preview longer than the column is cut, it never pushes the row under the conversation
        row, panel = rows.first.locator("a"), page.locator(".queue-panel")
        row_box, panel_box = await row.bounding_box(), await panel.bounding_box()
        assert row_box is not None and panel_box is not None
        assert row_box["x"] + row_box["width"] <= panel_box["x"] + panel_box["width"]
        await expect(page.locator("#queue-count")).to_have_text("(1)")
        await expect(more).to_be_hidden()


class TestFloodBanner:
    async def test_held_chats_show_in_a_banner_every_console_sees_and_are_released(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
        database: Database,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        first = await new_page(browser, locale="en-CA")
        await log_in(first, site, operator)
        second = await new_page(browser, locale="en-CA")
        await log_in(second, site, operator)
        limited = dataclasses.replace(keys(), webchat_new_per_minute=1)
        start = utcnow().replace(second=1, microsecond=0)  # one rate window, even under load
        ticks = iter(range(1_000_000))
        monkeypatch.setattr(intake, "utcnow", lambda: start + timedelta(milliseconds=next(ticks)))
        for _ in range(3):
            async with database.transaction() as session:
                await intake.receive(
                    session,
                    keys=limited,
                    inbound=InboundMessage(
                        channel=ChannelKind.webchat, address=secrets.token_urlsafe(32), text="Bonjour"
                    ),
                )
        for page in (first, second):
            await expect(page.locator("#flood-banner")).to_be_visible()
            await expect(page.locator("#flood-text")).to_contain_text("2 new web chats are held back")
            await expect(page.locator("#queue li.queue-item")).to_have_count(1)
        assert await first.locator("#flood-close").count() == 0  # supervisors only

        await first.click("#flood-show")
        await expect(first.locator("#queue li.queue-item")).to_have_count(2)
        await expect(first.locator("#queue li.queue-item").first).to_have_attribute("data-status", "held")
        await first.click("#flood-release")
        for page in (first, second):
            await expect(page.locator("#flood-banner")).to_be_hidden()
        await expect(second.locator("#queue li.queue-item")).to_have_count(3)
        await expect(second.locator("#queue-count")).to_have_text("(3)")


class TestChatNotices:
    async def test_the_caller_sees_waiting_then_an_operator_writing_then_closed(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
    ) -> None:
        chat = await new_page(browser)
        await chat.goto(f"{site.base_url}/chat")
        await chat.fill("#chat-input", "Bonjour, j'ai besoin d'aide")
        await chat.keyboard.press("Enter")
        notice = chat.locator("#chat-notice")
        await expect(notice).to_have_text(
            "Votre message est bien arrivé à la ligne d'assistance. "
            "Une personne vous répondra dès que possible."
        )
        assert await notice.get_attribute("aria-live") == "polite"

        console = await new_page(browser)
        await log_in(console, site, operator)
        await console.locator("#queue li.queue-item a").first.click()
        await console.type("#reply-text", "Bonjour")
        await expect(notice).to_have_text("Une personne de la ligne d'assistance est en train d'écrire…")
        await console.keyboard.press("Control+Enter")
        await expect(chat.locator("#chat-messages li.out")).to_have_count(1)
        await expect(notice).to_be_hidden()

        console.on("dialog", lambda dialog: dialog.accept())
        await console.select_option("#close-outcome", "information_given")
        await console.click("#close-conversation")
        await expect(notice).to_have_text(
            "La ligne d'assistance a fermé cette conversation. "
            "Vous pouvez nous écrire de nouveau en tout temps."
        )
