"""What is written to the audit log: logins (success and failure), role changes and statistics
exports, with ids and codes only (never an e-mail, a password or a text)."""

from __future__ import annotations

import json

import httpx
from sqlmodel import col, select

from app.models import AuditEntry, Role, User
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user

SUPERVISOR = "supervisor@example.org"


async def entries(database: Database) -> list[AuditEntry]:
    async with database.sessions() as session:
        return list((await session.exec(select(AuditEntry).order_by(col(AuditEntry.id)))).all())


async def user_id(database: Database, email: str) -> int:
    async with database.sessions() as session:
        user = (await session.exec(select(User).where(col(User.email) == email))).one()
    assert user.id is not None
    return user.id


def no_personal_data(found: list[AuditEntry], *secrets: str) -> None:
    for entry in found:
        text = json.dumps(entry.model_dump(mode="json"))
        assert "@" not in text, text
        for secret in secrets:
            assert secret not in text, text


class TestLogins:
    async def test_a_login_is_audited_with_the_user_id(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        before = len(await entries(database))
        response = await client.post(
            "/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD}
        )
        assert response.status_code == 200
        (entry,) = (await entries(database))[before:]
        assert (entry.action, entry.actor_id, entry.subject_type) == (
            "login",
            await user_id(database, operator),
            "user",
        )
        assert entry.detail == {"stage": "full"}
        no_personal_data([entry], OPERATOR_PASSWORD)

    async def test_failures_are_audited_by_user_id_when_known_and_without_the_email(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        before = len(await entries(database))
        await client.post("/api/auth/login", json={"email": operator, "password": "wrong one"})
        await client.post(
            "/api/auth/login", json={"email": "nobody.here@example.org", "password": "wrong two"}
        )
        known, unknown = (await entries(database))[before:]
        assert (known.action, known.actor_id, known.subject_id) == (
            "login.failed",
            await user_id(database, operator),
            str(await user_id(database, operator)),
        )
        assert known.detail == {"outcome": "invalid"}
        assert (unknown.action, unknown.actor_id, unknown.subject_id) == ("login.failed", None, None)
        no_personal_data([known, unknown], "wrong one", "wrong two", "nobody")

    async def test_the_console_login_form_is_audited_too(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        page = await client.get("/console/login")
        token = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        before = len(await entries(database))
        await client.post(
            "/console/login", data={"email": operator, "password": "not it", "csrf_token": token}
        )
        (entry,) = (await entries(database))[before:]
        assert entry.action == "login.failed"


class TestRoleChanges:
    async def test_a_new_role_is_audited_and_the_same_role_is_not(self, database: Database) -> None:
        await make_user(database, email="new.person@example.org", password=OPERATOR_PASSWORD)
        await make_user(database, email="new.person@example.org", password=OPERATOR_PASSWORD)
        await make_user(
            database, email="new.person@example.org", password=OPERATOR_PASSWORD, role=Role.supervisor
        )
        found = [e for e in await entries(database) if e.action == "user.role_change"]
        subject = str(await user_id(database, "new.person@example.org"))
        assert [(e.subject_id, e.detail) for e in found] == [
            (subject, {"from": "none", "to": "operator"}),
            (subject, {"from": "operator", "to": "supervisor"}),
        ]
        no_personal_data(found, "new.person")


class TestStatisticsExport:
    async def test_a_csv_export_is_audited_and_reading_the_page_is_not(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await make_user(database, email=SUPERVISOR, password=OPERATOR_PASSWORD, role=Role.supervisor)
        await client.post("/api/auth/login", json={"email": SUPERVISOR, "password": OPERATOR_PASSWORD})
        before = len(await entries(database))
        await client.get("/api/stats", params={"from": "2026-11-01", "to": "2026-11-30"})
        await client.get("/console/stats")
        assert len(await entries(database)) == before
        response = await client.get("/api/stats.csv", params={"from": "2026-11-01", "to": "2026-11-30"})
        assert response.status_code == 200
        (entry,) = (await entries(database))[before:]
        assert (entry.action, entry.actor_id, entry.subject_type) == (
            "stats.export",
            await user_id(database, SUPERVISOR),
            "statistics",
        )
        assert entry.detail == {"from": "2026-11-01", "to": "2026-11-30", "format": "csv"}
        no_personal_data([entry])
