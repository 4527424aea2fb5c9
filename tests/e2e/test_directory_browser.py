"""A supervisor edits a partner's hours and capacity in Chromium (French console)."""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa
from playwright.async_api import Browser, expect

import directory
from app.models import Role
from app.storage.db import Database
from tests.browsers import IN_SESSION_LOOP, browser, database, operator  # noqa: F401 - fixtures
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e.test_browser import new_page, site  # noqa: F401 - fixture
from tests.factories import make_user
from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP]

SUPERVISOR = "superviseure@example.org"


async def test_supervisor_edits_hours_and_capacity(
    browser: Browser,
    site: LiveServer,
    database: Database,
) -> None:
    await make_user(database, email=SUPERVISOR, password=OPERATOR_PASSWORD, role=Role.supervisor)
    async with database.transaction() as session:
        await directory.load_demo(session)
        service_id = str(
            (
                await session.execute(
                    sa.text("SELECT id FROM hsds_service WHERE name = 'Clinique juridique Montréal Centre'")
                )
            ).scalar_one()
        )
    page = await new_page(browser, locale="fr-CA")
    await page.goto(f"{site.base_url}/console/directory")
    await page.fill("#email", SUPERVISOR)
    await page.fill("#password", OPERATOR_PASSWORD)
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{site.base_url}/console/directory")
    await expect(page.locator("h1")).to_have_text("Répertoire des ressources")

    row = page.locator(f"#service-{service_id}")
    await row.get_by_role("link", name="Modifier").click()
    await expect(page.locator("h1")).to_have_text("Modifier le partenaire")
    await page.fill("#opens_SA", "10:00")
    await page.fill("#closes_SA", "14:00")
    await page.fill("#capacity_available", "4")
    await page.fill("#capacity_maximum", "9")
    await page.locator("#partner-save").focus()
    await page.keyboard.press("Enter")  # keyboard only

    await expect(page.locator("#directory-saved")).to_have_text("Enregistré.")
    await expect(row.locator(".capacity-value")).to_have_text("4 / 9")
    async with database.transaction() as session:
        saturday = (
            await session.execute(
                sa.text(
                    "SELECT opens_at, closes_at FROM hsds_schedule WHERE service_id = :id AND byday = 'SA'"
                ),
                {"id": service_id},
            )
        ).one()
        matches = await directory.match(
            session,
            ["legal"],
            place=directory.Place(45.50, -73.57),
            when=datetime.fromisoformat("2026-11-28T11:00:00-05:00"),
        )
    assert tuple(saturday) == ("10:00", "14:00")
    edited = next(item for item in matches if item.service_id == service_id)
    assert edited.open_now  # Saturday 11:00 in Montréal, within the new hours
