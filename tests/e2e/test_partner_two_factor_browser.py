"""A partner worker sets up two-factor login in headless Chromium, in French, with the keyboard
only: the header's link, the QR code drawn by the server, the code, the recovery codes shown
once; then logs in again, and the login asks for the code after the password."""

from __future__ import annotations

import time

import pyotp
import pytest
from playwright.async_api import Browser, Page, expect

from app.storage.db import Database
from tests.browsers import IN_SESSION_LOOP, browser, database  # noqa: F401 - fixtures
from tests.e2e.partner_invitation import WORKER, invited_worker_page
from tests.e2e.test_browser import new_page, site  # noqa: F401 - fixture
from tests.e2e.test_night_shift import tab_to
from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP]
PASSWORD = "maison marguerite accueille"


async def _log_in(page: Page, site: LiveServer) -> None:
    await page.goto(f"{site.base_url}/partner/login")
    await page.fill("#email", WORKER)
    await page.fill("#password", PASSWORD)
    await page.locator("#password").press("Enter")


async def test_a_partner_worker_sets_up_two_factor_login_in_french(
    browser: Browser, site: LiveServer, database: Database
) -> None:
    page = await invited_worker_page(browser, site, database, PASSWORD)
    await _log_in(page, site)
    await expect(page).to_have_url(f"{site.base_url}/partner/")

    await tab_to(page, "#partner-two-factor")
    await expect(page.locator("#partner-two-factor")).to_have_text("Connexion à deux facteurs")
    await page.keyboard.press("Enter")
    await expect(page.locator("h1")).to_have_text("Activer la connexion à deux facteurs")
    await expect(page.locator(".qr-code svg")).to_be_visible()
    totp = pyotp.TOTP(await page.locator("#totp-secret").inner_text())
    await expect(page.locator("#code")).to_be_focused()
    await page.keyboard.type(totp.now())
    await page.keyboard.press("Enter")
    await expect(page.locator("h1")).to_have_text("La connexion à deux facteurs est activée")
    await expect(page.locator("#recovery-codes li")).to_have_count(10)
    await tab_to(page, "#continue-portal")
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(f"{site.base_url}/partner/")

    other = await new_page(browser)
    await _log_in(other, site)
    await expect(other.locator("h1")).to_have_text("Code à deux facteurs")
    await expect(other.locator("#code")).to_be_focused()
    await other.keyboard.type("000000" if totp.now() != "000000" else "111111")
    await other.keyboard.press("Enter")
    await expect(other.locator("#code-error")).to_have_text(
        "Le code ne correspond pas. Vérifiez l'heure de l'appareil et réessayez."
    )
    await other.keyboard.type(totp.at(time.time() + 30))  # the next step: the first was spent
    await other.keyboard.press("Enter")
    await expect(other).to_have_url(f"{site.base_url}/partner/")
