"""Server-side sessions: logout, a password change, a role change or an admin's revoke
end every session of the user at once, the console websocket included."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from sqlmodel import col, select
from websockets.exceptions import ConnectionClosed, InvalidStatus

import directory
from app.models import AuditEntry, Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e.clients import console, login, next_frame
from tests.factories import make_user
from tests.live_server import LiveServer

ADMIN_EMAIL = "admin@example.org"


async def _login(client: httpx.AsyncClient, email: str, password: str = OPERATOR_PASSWORD) -> str:
    client.cookies.clear()
    response = await client.post("/api/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return client.cookies["hotline_session"]


async def _service_id(client: httpx.AsyncClient, database: Database) -> str:
    async with database.transaction() as session:
        await directory.load_demo(session)
    page = (await client.get("/api/directory/services", params={"search": "Maison d'hébergement"})).json()
    return str(page["contents"][0]["id"])


def _use(client: httpx.AsyncClient, cookie: str) -> None:
    client.cookies.clear()
    client.cookies.set("hotline_session", cookie)


class TestLogout:
    async def test_the_old_cookie_is_refused_everywhere_after_logout(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        service_id = await _service_id(client, database)
        old = await _login(client, operator)
        assert (await client.get("/api/conversations")).status_code == 200
        assert "contacts" in (await client.get(f"/api/directory/services/{service_id}")).json()
        assert (await client.post("/api/auth/logout", json={})).status_code == 204
        _use(client, old)
        assert (await client.get("/api/conversations")).status_code == 401
        assert "contacts" not in (await client.get(f"/api/directory/services/{service_id}")).json()

    async def test_logout_ends_the_sessions_on_other_devices_too(
        self, app: object, client: httpx.AsyncClient, operator: str
    ) -> None:
        other = await _login(client, operator)
        client.cookies.clear()
        await _login(client, operator)
        assert (await client.post("/api/auth/logout", json={})).status_code == 204
        _use(client, other)
        assert (await client.get("/api/conversations")).status_code == 401

    async def test_a_form_posted_to_the_api_logout_ends_nothing(
        self, client: httpx.AsyncClient, operator: str
    ) -> None:
        """Logout ends every session on every device: a form another page of the site posts
        (same-site, so the cookie goes with it) must not, as no other cookie-authenticated write can."""
        await _login(client, operator)
        forged = await client.post("/api/auth/logout", data={"x": "1"})
        assert forged.status_code == 415
        assert (await client.get("/api/conversations")).status_code == 200

    async def test_a_forged_cookie_is_refused(self, client: httpx.AsyncClient, operator: str) -> None:
        await _login(client, operator)
        _use(client, client.cookies["hotline_session"][:-2] + "xx")
        assert (await client.get("/api/conversations")).status_code == 401


class TestEveryChangeEndsSessions:
    async def test_a_password_change(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        old = await _login(client, operator)
        new_password = "a brand new passphrase for spring"
        changed = await client.post(
            "/api/auth/password", json={"current_password": OPERATOR_PASSWORD, "new_password": new_password}
        )
        assert changed.status_code == 204, changed.text
        _use(client, old)
        assert (await client.get("/api/conversations")).status_code == 401
        await _login(client, operator, new_password)
        async with database.sessions() as session:  # audited, the account by id only
            entries = (
                await session.exec(
                    select(AuditEntry).where(col(AuditEntry.action) == "user.password_changed")
                )
            ).all()
        assert [(e.subject_type, e.subject_id == str(e.actor_id), e.detail) for e in entries] == [
            ("user", True, {})
        ]

    async def test_a_weak_new_password_is_refused(self, client: httpx.AsyncClient, operator: str) -> None:
        await _login(client, operator)
        response = await client.post(
            "/api/auth/password", json={"current_password": OPERATOR_PASSWORD, "new_password": "password12"}
        )
        assert response.status_code == 422
        assert (await client.get("/api/conversations")).status_code == 200

    async def test_a_role_change_or_reset_by_the_cli_path(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        old = await _login(client, operator)
        await make_user(database, email=operator, password=OPERATOR_PASSWORD, role=Role.supervisor)
        _use(client, old)
        assert (await client.get("/api/conversations")).status_code == 401

    async def test_an_admins_revoke(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        target = await _login(client, operator)
        me = (await client.get("/api/auth/me")).json()
        await make_user(database, email=ADMIN_EMAIL, password=OPERATOR_PASSWORD, role=Role.admin)
        client.cookies.clear()
        await _login(client, ADMIN_EMAIL)
        assert (await client.post(f"/api/users/{me['id']}/sessions/revoke", json={})).status_code == 204
        assert (await client.get("/api/conversations")).status_code == 200  # the admin's own
        _use(client, target)
        assert (await client.get("/api/conversations")).status_code == 401
        assert (await client.post(f"/api/users/{me['id']}/sessions/revoke", json={})).status_code == 401

    async def test_only_admins_revoke(self, client: httpx.AsyncClient, operator: str) -> None:
        await _login(client, operator)
        me = (await client.get("/api/auth/me")).json()
        assert (await client.post(f"/api/users/{me['id']}/sessions/revoke", json={})).status_code == 403


class TestConsoleSocket:
    async def test_logout_closes_the_open_console_socket_and_refuses_the_old_cookie(
        self, live_server: LiveServer, operator: str
    ) -> None:
        http = await login(live_server, operator)
        cookie = http.cookies["hotline_session"]
        async with console(live_server, http) as socket:
            assert (await next_frame(socket))["type"] == "hello"
            assert (await http.post("/api/auth/logout", json={})).status_code == 204
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(socket.recv(), 5)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
        _use(http, cookie)
        with pytest.raises(InvalidStatus):
            async with console(live_server, http):
                pass
        await http.aclose()

    async def test_deactivation_closes_the_open_console_socket(
        self, live_server: LiveServer, operator: str, database: Database
    ) -> None:
        await make_user(database, email=ADMIN_EMAIL, password=OPERATOR_PASSWORD, role=Role.admin)
        http = await login(live_server, operator)
        admin = await login(live_server, ADMIN_EMAIL)
        me = (await http.get("/api/auth/me")).json()
        async with console(live_server, http) as socket:
            assert (await next_frame(socket))["type"] == "hello"
            done = await admin.post(f"/api/users/{me['id']}/deactivate", json={})
            assert done.status_code == 200, done.text
            with pytest.raises(ConnectionClosed) as closed:
                while True:  # the staff.updated event may come first
                    await asyncio.wait_for(socket.recv(), 5)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1008
        with pytest.raises(InvalidStatus):
            async with console(live_server, http):
                pass
        await http.aclose()
        await admin.aclose()
