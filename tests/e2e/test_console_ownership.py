"""The console's case tools in headless Chromium: the next-conversation key, the canned
responses editor, a returning caller's earlier contacts. Taking, refusing, replying, notes,
transfer and wrap-up with two operators at once: tests/e2e/test_night_shift.py."""

from __future__ import annotations

import pytest
from playwright.async_api import Browser, expect

from app.models import Role
from app.storage.db import Database
from tests.browsers import IN_SESSION_LOOP, browser, database, operator  # noqa: F401 - fixtures
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e.clients import login
from tests.e2e.test_browser import log_in, new_page, site  # noqa: F401 - fixture
from tests.factories import make_user, receive
from tests.live_server import LiveServer
from tests.referrals.helpers import make_service, refer

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP, pytest.mark.usefixtures("operator")]


class TestNextConversation:
    async def test_the_next_conversation_button_opens_the_most_urgent(
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
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
        self,
        browser: Browser,
        site: LiveServer,
        database: Database,
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
        self,
        browser: Browser,
        site: LiveServer,
        operator: str,
        database: Database,
    ) -> None:
        first = await receive(database, "au secours il va me tuer", address="caller-x")
        service, _ = await make_service(database, name="Maison Marguerite")
        http = await login(site, operator)
        try:
            await http.post(
                f"/api/conversations/{first.conversation_id}/notes",
                json={"text": "Safety plan agreed, calls back tomorrow"},
            )
            assert (await refer(http, first.conversation_id, service)).status_code == 201
            closed = await http.post(
                f"/api/conversations/{first.conversation_id}/close",
                json={"outcome": "safety_plan", "follow_up": "2026-12-07"},
            )
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
