"""A partner worker changes their password in headless Chromium, in French, with the keyboard
only: the header's link, the form's three fields, the confirmation; then logs in with it."""

from __future__ import annotations

import pytest
from playwright.async_api import Browser, Page, expect

from app.storage.db import Database
from tests.browsers import IN_SESSION_LOOP, browser, database  # noqa: F401 - fixtures
from tests.e2e.partner_invitation import WORKER, invited_worker_page
from tests.e2e.test_browser import new_page, site  # noqa: F401 - fixture
from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP]

FIRST = "maison marguerite accueille"
SECOND = "verger de prunes lanterne 42"


async def _log_in(page: Page, site: LiveServer, password: str) -> None:
    await page.goto(f"{site.base_url}/partner/login")
    await page.fill("#email", WORKER)
    await page.fill("#password", password)
    await page.click("#login-submit")
    await expect(page).to_have_url(f"{site.base_url}/partner/")


async def _tab_to(page: Page, element_id: str) -> None:
    for _ in range(20):
        await page.keyboard.press("Tab")
        if await page.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"#{element_id} is not reached with Tab")


async def test_a_partner_worker_changes_their_password_in_french(
    browser: Browser, site: LiveServer, database: Database
) -> None:
    page = await invited_worker_page(browser, site, database, FIRST)
    await _log_in(page, site, FIRST)

    await _tab_to(page, "partner-password")
    await expect(page.locator("#partner-password")).to_have_text("Changer le mot de passe")
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{site.base_url}/partner/password")
    await expect(page.locator("h1")).to_have_text("Changer le mot de passe")
    await expect(page.locator('label[for="new-password-again"]')).to_have_text(
        "Confirmer le nouveau mot de passe"
    )
    await expect(page.locator("#current-password")).to_be_focused()
    await page.keyboard.type("pas le bon mot de passe")
    for text in (SECOND, SECOND):
        await page.keyboard.press("Tab")
        await page.keyboard.type(text)
    await page.keyboard.press("Enter")
    await expect(page.locator("#password-error")).to_have_text("Le mot de passe actuel ne correspond pas.")

    await page.fill("#current-password", FIRST)
    await page.fill("#new-password", SECOND)
    await page.fill("#new-password-again", SECOND)
    await page.locator("#new-password-again").press("Enter")
    await expect(page.locator("#password-changed")).to_contain_text("Votre mot de passe a été changé.")
    await page.goto(f"{site.base_url}/partner/")
    await expect(page).to_have_url(f"{site.base_url}/partner/")  # still logged in

    other = await new_page(browser)
    await _log_in(other, site, SECOND)
