"""Warm hand-over in headless Chromium: a caller in the web chat, a partner worker in the portal
(invited, logged in, accepting, joining, writing, leaving), the operator through the API."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Browser, Page, expect

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


@dataclass
class Joined:
    caller: Page
    partner: Page
    staff: httpx.AsyncClient
    referral: str
    conversation: str
    sockets: list[str]  # the partner page's websockets
    polls: list[str]  # its requests to the polling endpoint


async def _joined(browser: Browser, site: LiveServer, database: Database) -> Joined:
    """A caller in the web chat referred to Maison Marguerite, whose worker Marie has accepted and
    joined from the portal; the partner page's sockets and polls are recorded from the join."""
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
    joined = Joined(caller, partner, staff, made.json()["id"], conversation, [], [])
    partner.on("websocket", lambda socket: joined.sockets.append(socket.url))
    partner.on("request", lambda request: _note_poll(joined, request.url))
    await partner.click("#action-join")
    await expect(partner).to_have_url(f"{site.base_url}/partner/referrals/{joined.referral}/chat")
    await expect(partner.locator("#partner-lines")).not_to_contain_text("passeport")
    return joined


def _note_poll(joined: Joined, url: str) -> None:
    if "/lines?after" in url:
        joined.polls.append(url)


async def test_a_partner_joins_and_leaves_the_chat(
    browser: Browser,
    site: LiveServer,
    database: Database,
) -> None:
    joined = await _joined(browser, site, database)
    caller, partner, staff = joined.caller, joined.partner, joined.staff

    told = caller.locator("#chat-messages li.out").last
    await expect(told).to_contain_text("Marie, Maison Marguerite (organisation)")
    await caller.fill("#chat-input", "oui")
    await caller.keyboard.press("Enter")
    await expect(partner.locator("#partner-lines")).to_contain_text("oui")  # live, not polled
    assert [url.split("?")[0] for url in joined.sockets] == [
        f"{site.ws_url}/partner/referrals/{joined.referral}/live"
    ]
    assert joined.polls == []
    await expect(caller.locator("#chat-messages li.out").last).to_contain_text("Marie")

    await partner.fill("#partner-text", "Bonjour, ici Marie. Je peux vous aider.")
    await partner.click("#partner-send")
    await expect(caller.locator("#chat-messages")).to_contain_text("Marie: Bonjour, ici Marie.")
    await partner.click("#partner-leave")
    await expect(caller.locator("#chat-messages li.out").last).to_contain_text("a quitté la conversation")
    detail = (await staff.get(f"/api/referrals/{joined.referral}")).json()
    assert [e["action"] for e in detail["events"]][-3:] == [
        "handover.joined",
        "handover.operator_left",
        "handover.partner_left",
    ]
    await staff.aclose()


async def test_the_chat_page_polls_while_its_socket_cannot_open(
    browser: Browser,
    site: LiveServer,
    database: Database,
) -> None:
    """A proxy that refuses websockets: the page polls the lines endpoint instead, and shows the
    end of the hand-over from it."""
    joined = await _joined(browser, site, database)
    await joined.partner.route_web_socket(re.compile(r"/live"), lambda socket: socket.close(code=1011))
    await joined.partner.reload()
    await joined.caller.fill("#chat-input", "oui")
    await joined.caller.keyboard.press("Enter")
    await expect(joined.partner.locator("#partner-lines")).to_contain_text("oui")
    assert joined.polls, "the lines came by polling"
    closed = await joined.staff.post(
        f"/api/conversations/{joined.conversation}/close", json={"outcome": "referred"}
    )
    assert closed.status_code == 200, closed.text
    await expect(joined.partner.locator("#partner-ended")).to_be_visible()
    await expect(joined.partner.locator("#partner-write")).to_be_hidden()
    await joined.staff.aclose()
