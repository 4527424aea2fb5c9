"""The directory list in the console: search, today's hours for every service (in the hotline's
zone, with its name), how to reach each partner, the console's header and the way back."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import sqlalchemy as sa

import directory
from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user

MONTREAL = ZoneInfo("America/Toronto")
LEGAL = "Clinique juridique Montréal Centre"
SHELTER = "Maison d'hébergement Montréal Centre"
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


async def service_id(database: Database, name: str) -> str:
    async with database.sessions() as session:
        return str(
            (
                await session.execute(sa.text("SELECT id FROM hsds_service WHERE name = :n"), {"n": name})
            ).scalar_one()
        )


async def set_hours(database: Database, name: str, byday: str, opens: str, closes: str) -> None:
    """Replace the service's hours (every level) by one weekly rule."""
    found = await service_id(database, name)
    async with database.transaction() as session:
        await session.execute(
            sa.text(
                "DELETE FROM hsds_schedule WHERE service_id = :s OR service_at_location_id IN"
                " (SELECT id FROM hsds_service_at_location WHERE service_id = :s)"
            ),
            {"s": found},
        )
        await session.execute(
            sa.text("UPDATE hsds_service SET always_open = false WHERE id = :s"), {"s": found}
        )
        await session.execute(
            sa.text(
                "INSERT INTO hsds_schedule (id, service_id, freq, byday, opens_at, closes_at)"
                " VALUES (:id, :s, 'WEEKLY', :d, :o, :c)"
            ),
            {"id": str(uuid.uuid4()), "s": found, "d": byday, "o": opens, "c": closes},
        )


async def signed_in(client: httpx.AsyncClient, database: Database) -> None:
    await make_user(database, email="operator@example.org", password=OPERATOR_PASSWORD, role=Role.operator)
    response = await client.post(
        "/api/auth/login", json={"email": "operator@example.org", "password": OPERATOR_PASSWORD}
    )
    assert response.status_code == 200


def row_of(page: str, name: str) -> str:
    start = page.index(name.replace("'", "&#39;"))
    return page[start : page.index("</tr>", start)]


async def test_todays_hours_for_every_service(client: httpx.AsyncClient, database: Database) -> None:
    async with database.transaction() as session:
        await directory.load_demo(session)
    today = DAYS[datetime.now(UTC).astimezone(MONTREAL).weekday()]
    tomorrow = DAYS[(datetime.now(UTC).astimezone(MONTREAL) + timedelta(days=1)).weekday()]
    await set_hours(database, LEGAL, ",".join(DAYS), "08:30", "17:00")
    await set_hours(database, "Clinique juridique Longueuil", tomorrow, "09:00", "12:00")
    await signed_in(client, database)
    french = (await client.get("/console/directory?lang=fr")).text
    legal = row_of(french, LEGAL)
    assert "8:30</time>–<time" in legal and ("17:00 HNE" in legal or "17:00 HAE" in legal)
    assert "Fermé aujourd’hui" in row_of(french, "Clinique juridique Longueuil")
    assert "Ouvert 24 h sur 24" in row_of(french, SHELTER) or "24/7" in row_of(french, SHELTER)
    assert today  # the rule above covers every day, so today too
    english = (await client.get("/console/directory?lang=en")).text
    assert "Closed today" in row_of(english, "Clinique juridique Longueuil")
    assert "America/Toronto" in english


async def test_contacts_search_header_and_way_back(client: httpx.AsyncClient, database: Database) -> None:
    async with database.transaction() as session:
        await directory.load_demo(session)
    await signed_in(client, database)
    page = (await client.get("/console/directory?lang=fr")).text
    shelter = row_of(page, SHELTER)
    assert "+1 514 555 0301" in shelter and "Personne-ressource 1" in shelter
    assert "mailto:info@shelter0.example.org" in shelter
    assert 'id="back-to-console" href="/console"' in page and 'id="logout"' in page
    assert "operator@example.org" in page

    found = (await client.get("/console/directory", params={"q": "juridique", "lang": "fr"})).text
    assert LEGAL in found and SHELTER.replace("'", "&#39;") not in found
    assert 'value="juridique"' in found and 'id="directory-all"' in found
    nothing = await client.get("/console/directory", params={"q": "zzzzqqq\x00", "lang": "en"})
    assert nothing.status_code == 200 and "No partner found." in nothing.text


async def test_signed_out_visitors_see_no_contact(client: httpx.AsyncClient, database: Database) -> None:
    async with database.transaction() as session:
        await directory.load_demo(session)
    response = await client.get("/console/directory")
    assert response.status_code == 303 and "555 0301" not in response.text
