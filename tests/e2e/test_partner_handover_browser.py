"""Warm hand-over in headless Chromium: a caller in the web chat, a partner worker in the portal
(invited, logged in, accepting, joining, writing, leaving), the operator through the API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, expect

from app.models import Role
from app.storage.db import Database
from tests.browsers import IN_SESSION_LOOP, browser, database, operator  # noqa: F401 - fixtures
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e.clients import login
from tests.e2e.test_browser import new_page
from tests.factories import make_user
from tests.live_server import LiveServer
from tests.referrals.helpers import make_service

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP]
SUPERVISOR = "supervisor@example.org"
PARTNER = "marie@maison.example"
PARTNER_PASSWORD = "maison marguerite accueille"


@pytest.fixture
def site(database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(database_url, tmp_path / "server.log")
    server.start()
    yield server
    server.stop(kill=True)


async def test_a_partner_joins_and_leaves_the_chat(
    browser: Browser,
    site: LiveServer,
    database: Database,
) -> None:
    await make_user(database, email=SUPERVISOR, password=OPERATOR_PASSWORD, role=Role.supervisor)
    service, organization = await make_service(database)
    caller = await new_page(browser)
    await caller.goto(f"{site.base_url}/chat")
    await caller.fill("#chat-input", "Bonjour, mon patron garde mon passeport")
    await caller.keyboard.press("Enter")
    # Shown at once; stored once the server's ack gives it an id.
    await expect(caller.locator("#chat-messages li.in[data-message-id]")).to_have_count(1)

    staff = await login(site, SUPERVISOR)
    conversation = (await staff.get("/api/conversations")).json()[0]["id"]
    made = await staff.post(
        f"/api/conversations/{conversation}/referrals",
        json={
            "service_id": service,
            "share": ["language", "summary"],
            "purpose": "hébergement",
            "consent_method": "verbal",
            "facts": {"summary": "a besoin d'un lieu sûr"},
        },
    )
    assert made.status_code == 201, made.text
    invited = (
        await staff.post(
            "/api/partner-users",
            json={"organization_id": organization, "email": PARTNER, "display_name": "Marie"},
        )
    ).json()

    partner = await new_page(browser)
    await partner.goto(invited["invitation_url"])
    await partner.fill("#password", PARTNER_PASSWORD)
    await partner.click("#invitation-submit")
    await expect(partner).to_have_url(f"{site.base_url}/partner/login")
    await partner.fill("#email", PARTNER)
    await partner.fill("#password", PARTNER_PASSWORD)
    await partner.click("#login-submit")
    await partner.click(f'[data-referral-id="{made.json()["id"]}"] a')
    await expect(partner.locator('[data-fact="summary"]')).to_have_text("a besoin d'un lieu sûr")
    await partner.click("#action-accept")
    await partner.click("#action-join")
    await expect(partner).to_have_url(f"{site.base_url}/partner/referrals/{made.json()['id']}/chat")
    await expect(partner.locator("#partner-lines")).not_to_contain_text("passeport")

    told = caller.locator("#chat-messages li.out").last
    await expect(told).to_contain_text("Marie, Maison Marguerite (organisation)")
    await caller.fill("#chat-input", "oui")
    await caller.keyboard.press("Enter")
    await expect(partner.locator("#partner-lines")).to_contain_text("oui")  # polled
    await expect(caller.locator("#chat-messages li.out").last).to_contain_text("Marie")

    await partner.fill("#partner-text", "Bonjour, ici Marie. Je peux vous aider.")
    await partner.click("#partner-send")
    await expect(caller.locator("#chat-messages")).to_contain_text("Marie: Bonjour, ici Marie.")
    await partner.click("#partner-leave")
    await expect(caller.locator("#chat-messages li.out").last).to_contain_text("a quitté la conversation")
    detail = (await staff.get(f"/api/referrals/{made.json()['id']}")).json()
    assert [e["action"] for e in detail["events"]][-3:] == [
        "handover.joined",
        "handover.operator_left",
        "handover.partner_left",
    ]
    await staff.aclose()
