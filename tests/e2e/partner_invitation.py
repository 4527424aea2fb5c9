"""A partner worker invited by a supervisor who has set their first password, in a French
page of headless Chromium (the partner portal's browser tests start there)."""

from __future__ import annotations

from playwright.async_api import Browser, Page

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e.clients import login
from tests.e2e.test_browser import new_page
from tests.factories import make_user
from tests.live_server import LiveServer
from tests.referrals.helpers import make_service

WORKER = "lucie@maison.example"


async def invited_worker_page(browser: Browser, site: LiveServer, database: Database, password: str) -> Page:
    """A supervisor invites WORKER; the worker opens the invitation and sets `password`."""
    await make_user(database, email="sup@example.org", password=OPERATOR_PASSWORD, role=Role.supervisor)
    _, organization = await make_service(database)
    staff = await login(site, "sup@example.org")
    invited = await staff.post(
        "/api/partner-users", json={"organization_id": organization, "email": WORKER, "display_name": "Lucie"}
    )
    await staff.aclose()
    page = await new_page(browser)  # fr-CA
    await page.goto(invited.json()["invitation_url"])
    await page.fill("#password", password)
    await page.click("#invitation-submit")
    return page
