"""A form token that is not ASCII is a wrong token (403 or the form again), never a 500.

`secrets.compare_digest` raises TypeError on a str holding anything but ASCII, so a stranger
posting `csrf_token=é` to a login form made the server fail."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user
from tests.referrals.helpers import make_service

NOT_ASCII = "é" * 32
SUPERVISOR_PASSWORD = "supervisor horse battery"


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


@pytest.fixture
async def supervisor_client(app: FastAPI, database: Database) -> AsyncIterator[httpx.AsyncClient]:
    await make_user(
        database, email="supervisor@example.org", password=SUPERVISOR_PASSWORD, role=Role.supervisor
    )
    async with _client(app) as client:
        login = await client.post(
            "/api/auth/login", json={"email": "supervisor@example.org", "password": SUPERVISOR_PASSWORD}
        )
        assert login.status_code == 200
        yield client


def _token(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, page[:300]
    return found.group(1)


async def test_the_console_login_and_logout(client: httpx.AsyncClient, operator: str) -> None:
    await client.get("/console/login")  # the form's cookie
    login = await client.post(
        "/console/login", data={"email": operator, "password": OPERATOR_PASSWORD, "csrf_token": NOT_ASCII}
    )
    assert login.status_code == 401
    assert (await client.get("/console")).status_code == 303  # not logged in
    page = await client.get("/console/login")
    logged_in = await client.post(
        "/console/login",
        data={"email": operator, "password": OPERATOR_PASSWORD, "csrf_token": _token(page.text)},
    )
    assert logged_in.status_code == 303
    logout = await client.post("/console/logout", data={"csrf_token": NOT_ASCII})
    assert logout.status_code == 303
    assert (await client.get("/console")).status_code == 200  # still logged in
    two_factor = await client.post("/console/two-factor", data={"code": "123456", "csrf_token": NOT_ASCII})
    assert two_factor.status_code == 303 and two_factor.headers["location"] == "/console/login"


async def test_the_directory_editor(supervisor_client: httpx.AsyncClient, database: Database) -> None:
    service, _ = await make_service(database)
    refused = await supervisor_client.post(
        f"/console/directory/{service}/capacity", data={"csrf_token": NOT_ASCII, "available": "3"}
    )
    assert refused.status_code == 403


async def test_the_partner_portal(
    app: FastAPI, supervisor_client: httpx.AsyncClient, database: Database
) -> None:
    service, organization = await make_service(database)
    invited = await supervisor_client.post(
        "/api/partner-users",
        json={"organization_id": organization, "email": "marie@maison.example", "display_name": "Marie"},
    )
    path = "/partner/" + invited.json()["invitation_url"].split("/partner/", 1)[1]
    async with _client(app) as partner:
        await partner.get(path)
        refused = await partner.post(
            path, data={"password": "maison marguerite accueille", "csrf_token": NOT_ASCII}
        )
        assert refused.status_code == 403
        accepted = await partner.post(
            path,
            data={
                "password": "maison marguerite accueille",
                "csrf_token": _token((await partner.get(path)).text),
            },
        )
        assert accepted.status_code == 303
        await partner.get("/partner/login")
        login = await partner.post(
            "/partner/login",
            data={
                "email": "marie@maison.example",
                "password": "maison marguerite accueille",
                "csrf_token": NOT_ASCII,
            },
        )
        assert login.status_code == 401
        login = await partner.post(
            "/partner/login",
            data={
                "email": "marie@maison.example",
                "password": "maison marguerite accueille",
                "csrf_token": _token((await partner.get("/partner/login")).text),
            },
        )
        assert login.status_code == 303
        capacity = await partner.post(
            f"/partner/services/{service}/capacity", data={"csrf_token": NOT_ASCII, "available": "3"}
        )
        assert capacity.status_code == 403
        hours = await partner.post(f"/partner/services/{service}/hours", data={"csrf_token": NOT_ASCII})
        assert hours.status_code == 403
        logout = await partner.post("/partner/logout", data={"csrf_token": NOT_ASCII})
        assert logout.status_code == 303
        assert (await partner.get("/partner/")).status_code == 200  # still logged in
