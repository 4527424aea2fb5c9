"""The console's channel controls in headless Chromium: safe-to-reply, delivery, retry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from playwright.async_api import Browser, expect

from tests.browsers import IN_SESSION_LOOP, browser, database, operator  # noqa: F401 - fixtures
from tests.channels.conftest import channel_env, sign, twilio_sms_example
from tests.e2e.test_browser import log_in, new_page
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.twilio_api import FakeTwilio
from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP, pytest.mark.usefixtures("operator")]


@pytest.fixture
def site(
    database_url: str, tmp_path: Path, fake_twilio: FakeTwilio, fake_telegram: FakeTelegram
) -> Iterator[LiveServer]:
    env = {
        **channel_env(fake_twilio, fake_telegram),
        "HOTLINE_OUTBOX_POLL_SECONDS": "0.1",
        "HOTLINE_OUTBOX_MAX_ATTEMPTS": "2",
    }
    server = LiveServer(database_url, tmp_path / "server.log", **env).start()
    yield server
    server.stop(kill=True)


async def test_operator_records_safety_sees_a_failure_and_retries(
    browser: Browser,
    site: LiveServer,
    operator: str,
    fake_twilio: FakeTwilio,
) -> None:
    params = twilio_sms_example(Body="Hello, I need help")
    url = site.base_url + "/channels/twilio/sms"
    response = httpx.post(
        url,
        content=urlencode(params),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": sign(url, params),
        },
    )
    assert response.status_code == 200

    page = await new_page(browser, locale="en-CA")
    await log_in(page, site, operator)
    await page.locator("#queue li.queue-item a").first.click()
    safety = page.locator("#reply-safety")
    await expect(safety).to_contain_text("Not recorded yet")
    # the automatic safety message went out
    await expect(page.locator("#messages li.out .delivery-status").first).to_have_text("sent")

    await page.fill("#reply-text", "Hello?")
    await page.keyboard.press("Control+Enter")  # refused: nothing recorded yet
    await expect(page.locator("#reply-error")).to_contain_text("Not recorded yet")

    await page.locator("#mark-safe").focus()
    await page.keyboard.press("Enter")  # keyboard usable
    await expect(page.locator("#reply-safety-state")).to_have_text("Safe to reply.")
    await expect(page.locator("#mark-safe")).to_have_attribute("aria-pressed", "true")

    fake_twilio.fail_next(2, status=500)  # both attempts fail
    await page.fill("#reply-text", "We are here for you.")
    await page.keyboard.press("Control+Enter")
    last = page.locator("#messages li.out").last
    await expect(last.locator(".delivery-status")).to_have_text("failed")
    await expect(last.locator(".delivery-reason")).to_contain_text("twilio_http_500")
    await last.locator("button.retry-delivery").click()
    await expect(last.locator(".delivery-status")).to_have_text("sent")
    assert [s["Body"] for s in fake_twilio.sent].count("We are here for you.") == 1

    await page.locator("#mark-unsafe").click()
    await expect(page.locator("#reply-safety-state")).to_contain_text("Not safe")
    await page.reload()
    await expect(page.locator("#reply-safety-state")).to_contain_text("Not safe")

    # The caller asks to be called back next month and agrees that their number be kept:
    # refused until the box is ticked, then saved; back to the usual period without it.
    await page.select_option("#retention-days", "30")
    await page.click("#retention-save")
    await expect(page.locator("#retention-status")).to_have_text("Ask the person first, then tick the box.")
    await expect(page.locator("#retention-agreed")).to_be_focused()
    await page.keyboard.press("Space")
    await page.click("#retention-save")
    await expect(page.locator("#retention-status")).to_contain_text("Saved. The number is kept until")
    await page.reload()
    await expect(page.locator("#retention-current")).to_contain_text("Kept until")
    await page.select_option("#retention-days", "")
    await page.click("#retention-save")
    await expect(page.locator("#retention-status")).to_contain_text("72 hours after the conversation closes")
