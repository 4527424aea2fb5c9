from __future__ import annotations

import re

import httpx
import sqlalchemy as sa

import directory
from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user

SUPERVISOR = "supervisor@example.org"


async def _login(client: httpx.AsyncClient, database: Database, role: Role) -> str:
    email = f"{role.value}@example.org"
    await make_user(database, email=email, password=OPERATOR_PASSWORD, role=role)
    response = await client.post("/api/auth/login", json={"email": email, "password": OPERATOR_PASSWORD})
    assert response.status_code == 200
    page = await client.get("/console/directory/new" if role is Role.supervisor else "/console/directory")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    return match[1] if match else ""


async def _a_shelter(database: Database) -> str:
    async with database.transaction() as session:
        await directory.load_demo(session)
        return str(
            (
                await session.execute(
                    sa.text(
                        "SELECT id FROM hsds_service WHERE name LIKE 'Maison d''hébergement%' "
                        "ORDER BY name LIMIT 1"
                    )
                )
            ).scalar_one()
        )


class TestDirectoryPages:
    async def test_list_in_french_and_english(self, client: httpx.AsyncClient, database: Database) -> None:
        await _a_shelter(database)
        await _login(client, database, Role.operator)
        french = await client.get("/console/directory?lang=fr")
        assert "Répertoire des ressources" in french.text and "Maison d&#39;hébergement" in french.text
        english = await client.get("/console/directory?lang=en")
        assert "Resource directory" in english.text
        assert "Deactivate" not in english.text  # operators read, supervisors edit

    async def test_operator_cannot_edit(self, client: httpx.AsyncClient, database: Database) -> None:
        service_id = await _a_shelter(database)
        csrf = await _login(client, database, Role.operator)
        assert (await client.get(f"/console/directory/{service_id}")).status_code == 403
        response = await client.post(
            f"/console/directory/{service_id}/capacity", data={"csrf_token": csrf, "available": "3"}
        )
        assert response.status_code == 403

    async def test_supervisor_updates_capacity_and_deactivates(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        service_id = await _a_shelter(database)
        csrf = await _login(client, database, Role.supervisor)
        forged = await client.post(
            f"/console/directory/{service_id}/capacity", data={"csrf_token": "forged", "available": "3"}
        )
        assert forged.status_code == 403
        response = await client.post(
            f"/console/directory/{service_id}/capacity",
            data={"csrf_token": csrf, "available": "7", "maximum": "12"},
        )
        assert response.status_code == 303
        await client.post(f"/console/directory/{service_id}/active", data={"csrf_token": csrf, "active": "0"})
        async with database.transaction() as session:
            available, fresh = (
                await session.execute(
                    sa.text(
                        "SELECT available, updated > now() - interval '1 minute' FROM hsds_service_capacity "
                        "WHERE service_id = :id"
                    ),
                    {"id": service_id},
                )
            ).one()
            status = (
                await session.execute(
                    sa.text("SELECT status FROM hsds_service WHERE id = :id"), {"id": service_id}
                )
            ).scalar_one()
        assert (available, fresh, status) == (7, True, "inactive")

    async def test_supervisor_adds_a_partner_and_bad_fields_are_named(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        csrf = await _login(client, database, Role.supervisor)
        form = {
            "csrf_token": csrf,
            "organization_name": "Clinique Nouvelle",
            "service_name": "Clinique Nouvelle",
            "needs": ["medical", "legal"],
            "languages": "fr, es",
            "latitude": "45.52",
            "longitude": "-73.6",
            "time_zone": "America/Toronto",
            "opens_MO": "22:00",
            "closes_MO": "06:00",
            "referral_mode": "warm",
            "notification_method": "sms",
        }
        bad = await client.post(
            "/console/directory/new", data={**form, "latitude": "123", "opens_TU": "9:00"}
        )
        assert bad.status_code == 422
        assert 'id="error-latitude"' in bad.text and 'id="error-hours_TU"' in bad.text
        created = await client.post("/console/directory/new", data=form)
        assert created.status_code == 303
        async with database.transaction() as session:
            found = await directory.match(
                session, ["medical"], language="es", place=directory.Place(45.52, -73.6)
            )
        assert found and found[0].name == "Clinique Nouvelle"
        assert set(found[0].languages) == {"es", "fr"}
