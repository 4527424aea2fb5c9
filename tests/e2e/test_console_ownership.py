"""Two operators in headless Chromium: one takes a conversation, the other's reply box is
disabled and the API refuses them (409); reply, note, transfer and wrap-up from the keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Browser, Page, expect

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e import screenshots
from tests.e2e.clients import login
from tests.e2e.test_browser import browser, log_in, new_page, site  # noqa: F401 - fixtures
from tests.factories import make_user, receive
from tests.live_server import LiveServer
from tests.referrals.helpers import make_service, refer

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("operator")]

BOB = "bob@example.org"


async def api_status(page: Page, path: str, body: dict[str, Any]) -> int:
    """What the console's own fetch gets back (same cookie, same CSRF header)."""
    status = await page.evaluate(
        """async ([path, body]) => {
            const response = await fetch(path, {method: "POST", credentials: "same-origin",
              headers: {"Content-Type": "application/json",
                        "X-CSRF-Token": document.body.getAttribute("data-csrf-token")},
              body: JSON.stringify(body)});
            return response.status;
        }""",
        [path, body],
    )
    assert isinstance(status, int)
    return status


class TestTwoOperators:
    async def test_take_reply_note_transfer_and_close_with_an_outcome(
        self, browser: Browser, site: LiveServer, operator: str,  # noqa: F811
        database: Database, tmp_path: Path,
    ) -> None:
        await make_user(database, email=BOB, password=OPERATOR_PASSWORD)
        accepted = await receive(database, "Bonjour, mon patron garde mon passeport")
        cid = accepted.conversation_id

        alice = await new_page(browser, locale="en-CA")
        await log_in(alice, site, operator)
        bob = await new_page(browser, locale="en-CA")
        await log_in(bob, site, BOB)
        await bob.goto(f"{site.base_url}/console?c={cid}")
        await expect(bob.locator("#reply-text")).to_be_enabled()

        # Alice takes it: Bob's console sees it live, his reply box is disabled.
        await alice.goto(f"{site.base_url}/console?c={cid}")
        await alice.click("#take-conversation")
        await expect(alice.locator("#ownership-state")).to_contain_text("You have taken")
        await expect(bob.locator("#reply-text")).to_be_disabled()
        await expect(bob.locator("#ownership-state")).to_contain_text(operator)
        assert await api_status(bob, f"/api/conversations/{cid}/messages", {"text": "Hi"}) == 409

        # Alice replies and writes a note, from the keyboard. Taking put her in the reply box,
        # where "r" is a letter; out of it, "r" is the shortcut back to it.
        await alice.locator("#reply-text").blur()
        await alice.locator("body").press("r")
        await expect(alice.locator("#reply-text")).to_be_focused()
        await alice.keyboard.type("You are in the right place.")
        await alice.keyboard.press("Control+Enter")
        await expect(alice.locator("#messages li.out")).to_contain_text("You are in the right place.")
        await expect(alice.locator("#messages li.out")).not_to_contain_text("rYou")  # no key typed
        await alice.locator("#reply-text").blur()
        await alice.locator("body").press("m")
        await expect(alice.locator("#note-text")).to_be_focused()
        await alice.keyboard.type("Call back Marie Tremblay at 514-555-0199")
        await alice.keyboard.press("Control+Enter")
        note = alice.locator("#messages li.note")
        await expect(note).to_have_count(1)
        await expect(note).not_to_contain_text("0199")
        await expect(note).not_to_contain_text("Tremblay")
        await expect(bob.locator("#messages li.note")).to_have_count(1)  # live, redacted too

        # The shortcut help opens with "?" and closes with Escape.
        await alice.locator("#note-text").blur()
        await alice.locator("body").press("?")
        await expect(alice.locator("#shortcuts-dialog")).to_be_visible()
        await expect(alice.locator("#shortcuts-dialog")).to_contain_text("Next conversation")
        await alice.keyboard.press("Escape")
        await expect(alice.locator("#shortcuts-dialog")).to_be_hidden()

        # Alice transfers to Bob with a note; the reply boxes swap.
        await alice.locator("body").press("t")
        await expect(alice.locator("#transfer-dialog")).to_be_visible()
        await alice.select_option("#transfer-to", label=f"{BOB} (Available, 0 open)")
        await alice.fill("#transfer-note", "Night shift handover")
        await alice.click("#transfer-submit")
        await expect(alice.locator("#transfer-dialog")).to_be_hidden()
        await expect(alice.locator("#reply-text")).to_be_disabled()
        await expect(bob.locator("#reply-text")).to_be_enabled()
        await expect(bob.locator("#ownership-state")).to_contain_text("You have taken")
        await expect(bob.locator("#messages li.note")).to_have_count(2)
        await screenshots.save(bob, "console-shift.png", tmp_path, full_page=False)

        # Bob closes with an outcome; Alice's console sees it leave the queue.
        await bob.locator("body").press("c")
        await expect(bob.locator("#close-outcome")).to_be_focused()
        await bob.select_option("#close-outcome", "referred")
        await bob.fill("#close-tags", "labour, documents")
        bob.once("dialog", lambda dialog: dialog.accept())
        await bob.click("#close-conversation")
        await expect(bob).to_have_url(f"{site.base_url}/console")
        await expect(alice.locator(f'#queue li[data-conversation-id="{cid}"]')).to_have_count(0)
        shown = await alice.request.get(f"{site.base_url}/api/conversations/{cid}")
        assert (await shown.json())["outcome"] == "referred"
        assert (await shown.json())["tags"] == ["labour", "documents"]

    async def test_the_next_conversation_button_opens_the_most_urgent(
        self, browser: Browser, site: LiveServer, operator: str,  # noqa: F811
        database: Database,
    ) -> None:
        await receive(database, "Bonjour, une question sur mes droits")
        urgent = await receive(database, "au secours il va me tuer")
        page = await new_page(browser, locale="fr-CA")
        await log_in(page, site, operator)
        # As an operator would: the queue shows both, then the key takes the most urgent.
        await expect(page.locator("#queue li.queue-item")).to_have_count(2)
        await page.locator("body").press("n")
        await expect(page).to_have_url(f"{site.base_url}/console?c={urgent.conversation_id}")
        await expect(page.locator("#ownership-state")).to_contain_text("Vous avez pris")


class TestCannedResponsesEditor:
    async def test_a_supervisor_rewrites_a_safety_script_and_operators_get_it(
        self, browser: Browser, site: LiveServer, database: Database,  # noqa: F811
    ) -> None:
        boss_email = "boss@example.org"
        await make_user(database, email=boss_email, password=OPERATOR_PASSWORD, role=Role.supervisor)
        boss = await new_page(browser, locale="en-CA")
        await log_in(boss, site, boss_email)
        await boss.click("#canned-editor-link")
        await expect(boss).to_have_url(f"{site.base_url}/console/canned-responses")
        first = boss.locator("#canned-rows li.canned-row").first
        await first.locator("input[name=title]").fill("Parler sans danger?")
        await boss.click("#canned-add")
        added = boss.locator("#canned-rows li.canned-row").last
        await expect(added.locator("input[name=key]")).to_be_focused()
        await added.locator("input[name=key]").fill("shelter_tonight")
        await added.locator("input[name=title]").fill("Hébergement ce soir")
        await added.locator("textarea[name=text]").fill("Nous pouvons chercher un hébergement.")
        await boss.click("#canned-save")
        await expect(boss.locator("#canned-status")).to_have_text("Saved.")
        listed = await boss.request.get(f"{site.base_url}/api/canned-responses?language=fr")
        items = await listed.json()
        assert items[0]["title"] == "Parler sans danger?"
        assert items[-1]["key"] == "shelter_tonight"


class TestReturningCaller:
    async def test_earlier_contacts_show_with_outcome_notes_and_referrals(
        self, browser: Browser, site: LiveServer, operator: str,  # noqa: F811
        database: Database,
    ) -> None:
        first = await receive(database, "au secours il va me tuer", address="caller-x")
        service, _ = await make_service(database, name="Maison Marguerite")
        http = await login(site, operator)
        try:
            await http.post(f"/api/conversations/{first.conversation_id}/notes",
                            json={"text": "Safety plan agreed, calls back tomorrow"})
            assert (await refer(http, first.conversation_id, service)).status_code == 201
            closed = await http.post(f"/api/conversations/{first.conversation_id}/close",
                                     json={"outcome": "safety_plan", "follow_up": "2026-12-07"})
            assert closed.status_code == 200
        finally:
            await http.aclose()
        second = await receive(database, "c'est encore moi", address="caller-x")
        page = await new_page(browser, locale="en-CA")
        await log_in(page, site, operator)
        await page.goto(f"{site.base_url}/console?c={second.conversation_id}&lang=en")
        earlier = page.locator("#case-history-list > li")
        await expect(earlier).to_have_count(1)
        await expect(earlier).to_contain_text("Safety plan made")
        await expect(earlier).to_contain_text("Emergency")
        await expect(earlier).to_contain_text("Safety plan agreed, calls back tomorrow")
        await expect(earlier).to_contain_text("2026-12-07")
        referral = earlier.locator(".case-history-referrals > li")
        await expect(referral).to_have_count(1)
        await expect(referral).to_contain_text("Maison Marguerite")
        await expect(referral).to_contain_text("for: shelter tonight")
        await expect(referral).to_contain_text("Waiting for acknowledgement")
        await expect(referral).to_contain_text("Consent given")
        await expect(page.locator("#case-history-empty")).to_be_hidden()
