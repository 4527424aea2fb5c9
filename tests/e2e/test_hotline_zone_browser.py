"""A Chromium whose own zone is Tokyo reads an 8:30 Montréal opening as "8:30" with the
hotline's zone name, in the console (formatted by its script) and in the directory (by the
server)."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import pytest_asyncio
import sqlalchemy as sa
from playwright.async_api import Browser, Playwright, expect

import directory
from app.storage.db import Database
from tests.browsers import CHROMIUM, CHROMIUM_ARGS, IN_SESSION_LOOP, database, operator  # noqa: F401
from tests.e2e.clients import login, next_frame, visitor
from tests.e2e.test_browser import log_in, new_page, site  # noqa: F401 - fixture
from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, IN_SESSION_LOOP, pytest.mark.usefixtures("operator")]

MONTREAL = ZoneInfo("America/Toronto")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
ZONE_NAMES = {"fr": ("HNE", "HAE"), "en": ("EST", "EDT")}


@pytest_asyncio.fixture(loop_scope="session")
async def tokyo_browser(playwright_driver: Playwright) -> AsyncIterator[Browser]:
    launched = await playwright_driver.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, env={**os.environ, "TZ": "Asia/Tokyo"}
    )
    yield launched
    await launched.close()


async def legal_clinics_open_tomorrow_at_830(database: Database) -> str:
    """Every legal clinic opens tomorrow (Montréal) 8:30 to 9:00 only: closed now, opens then;
    a shelter opens today 8:30 to 17:00."""
    tomorrow = DAYS[(datetime.now(UTC).astimezone(MONTREAL) + timedelta(days=1)).weekday()]
    async with database.transaction() as session:
        await directory.load_demo(session)
        ids = [
            str(found)
            for found in (
                await session.execute(sa.text("SELECT id FROM hsds_service WHERE 'legal' = ANY(needs)"))
            ).scalars()
        ]
        for service in ids:
            await session.execute(
                sa.text(
                    "DELETE FROM hsds_schedule WHERE service_id = :s OR service_at_location_id IN"
                    " (SELECT id FROM hsds_service_at_location WHERE service_id = :s)"
                ),
                {"s": service},
            )
            await session.execute(
                sa.text("UPDATE hsds_service SET always_open = false WHERE id = :s"), {"s": service}
            )
            await session.execute(
                sa.text(
                    "INSERT INTO hsds_schedule (id, service_id, freq, byday, opens_at, closes_at)"
                    " VALUES (:id, :s, 'WEEKLY', :d, '08:30', '09:00')"
                ),
                {"id": str(uuid.uuid4()), "s": service, "d": tomorrow},
            )
        today = DAYS[datetime.now(UTC).astimezone(MONTREAL).weekday()]
        shelter = (
            await session.execute(
                sa.text("SELECT id FROM hsds_service WHERE name = 'Maison d''hébergement Longueuil'")
            )
        ).scalar_one()
        await session.execute(sa.text("DELETE FROM hsds_schedule WHERE service_id = :s"), {"s": shelter})
        await session.execute(
            sa.text("UPDATE hsds_service SET always_open = false WHERE id = :s"), {"s": shelter}
        )
        await session.execute(
            sa.text(
                "INSERT INTO hsds_schedule (id, service_id, freq, byday, opens_at, closes_at)"
                " VALUES (:id, :s, 'WEEKLY', :d, '08:30', '17:00')"
            ),
            {"id": str(uuid.uuid4()), "s": shelter, "d": today},
        )
    return tomorrow


@pytest.mark.parametrize("lang", ["fr", "en"])
async def test_an_830_montreal_opening_reads_830_with_the_zone_name(
    tokyo_browser: Browser,
    site: LiveServer,
    database: Database,
    operator: str,
    lang: str,
) -> None:
    await legal_clinics_open_tomorrow_at_830(database)
    async with visitor(site) as chat:
        await chat.send(
            json.dumps(
                {
                    "type": "message",
                    "client_id": "z",
                    "text": "Mon patron garde mon passeport, j'ai besoin d'un avocat",
                }
            )
        )
        assert (await next_frame(chat))["type"] == "session"
        assert (await next_frame(chat))["type"] == "ack"  # stored: the queue has it
    http = await login(site, operator)
    conversation_id = (await http.get("/api/conversations")).json()[0]["id"]
    await http.aclose()

    page = await new_page(tokyo_browser, locale="fr-CA" if lang == "fr" else "en-CA")
    assert await page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == "Asia/Tokyo"
    await log_in(page, site, operator)
    await page.goto(f"{site.base_url}/console?c={conversation_id}&lang={lang}")
    opening = page.locator("#suggestions time[data-day-clock]").first
    await expect(opening).to_contain_text(" 8:30 ")
    shown = await opening.text_content() or ""
    assert shown.split(" 8:30 ")[1] in ZONE_NAMES[lang], shown

    await page.goto(f"{site.base_url}/console/directory?lang={lang}")
    await expect(page.locator("#back-to-console")).to_be_visible()
    hours = page.locator("tr", has_text="Clinique juridique Montréal Centre").locator(".hours-today")
    closed = "Fermé aujourd’hui" if lang == "fr" else "Closed today"
    await expect(hours).to_have_text(closed)
    today = page.locator("tr", has_text="Maison d'hébergement Longueuil").locator(".hours-today")
    shown = await today.text_content() or ""
    assert shown.strip().startswith("8:30–17:00 ") and shown.split()[-1] in ZONE_NAMES[lang], shown
    await page.fill("#directory-q", "juridique")
    await page.keyboard.press("Enter")
    await expect(page.locator("#partners tbody tr")).to_have_count(4)
