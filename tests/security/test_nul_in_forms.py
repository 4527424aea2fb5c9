"""A NUL character in a login form is a wrong login, not a server error; in a directory form or
a service id, a 422 or a 404.

PostgreSQL's text cannot hold NUL: an e-mail carrying one reached the account lookup and failed
in the database, so anyone could make the console's and the partner portal's login forms answer
500 (and fill the error log) at will, without the attempt being counted by the throttle.
"""

from __future__ import annotations

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user
from tests.security.partner_setup import accepted_referral, form_token


@pytest.mark.parametrize("path", ["/console/login", "/partner/login"])
async def test_a_nul_in_a_login_form_is_a_wrong_login(
    client: httpx.AsyncClient, database: Database, path: str
) -> None:
    answer = await client.post(
        path,
        data={
            "email": "ana\x00@example.org",
            "password": "pass\x00word",
            "csrf_token": await form_token(client, path),
            "next": path,
        },
    )
    assert answer.status_code == 401, answer.text[:200]
    async with database.transaction() as session:
        counted = (await session.execute(sa.text("SELECT count(*) FROM login_throttle"))).scalar_one()
    assert counted == 2, "the account and the client counters"


async def test_a_nul_in_a_partner_s_chat_line_is_refused(app: FastAPI, database: Database) -> None:
    """The partner worker's chat line (a form field too) is a 422, not a 500."""
    async with accepted_referral(app, database) as portal:
        joined = await portal.partner.post(
            f"/partner/referrals/{portal.referral}/join", data={"csrf_token": portal.csrf}
        )
        assert joined.status_code == 303
        line = await portal.partner.post(
            f"/partner/referrals/{portal.referral}/lines",
            data={"csrf_token": portal.csrf, "text": "Bonjour\x00"},
        )
        assert line.status_code == 422, line.text[:200]


async def _supervisor_form_token(client: httpx.AsyncClient, database: Database) -> str:
    await make_user(database, email="sup@example.org", password=OPERATOR_PASSWORD, role=Role.supervisor)
    logged_in = await client.post(
        "/api/auth/login", json={"email": "sup@example.org", "password": OPERATOR_PASSWORD}
    )
    assert logged_in.status_code == 200
    return await form_token(client, "/console/directory/new")


async def test_a_nul_in_a_directory_service_id_is_not_found(
    client: httpx.AsyncClient, database: Database
) -> None:
    """The directory's console pages looked the id up in the database: 500 on a NUL."""
    token = await _supervisor_form_token(client, database)
    assert (await client.get("/console/directory/x%00y")).status_code == 404
    for action in ("", "/capacity", "/active"):
        answer = await client.post(
            f"/console/directory/x%00y{action}", data={"csrf_token": token, "available": "3", "active": "1"}
        )
        assert answer.status_code == 404, (action, answer.text[:200])


@pytest.mark.parametrize("field", ["organization_name", "service_name", "description", "city", "languages"])
async def test_a_nul_in_a_directory_form_field_is_refused(
    client: httpx.AsyncClient, database: Database, field: str
) -> None:
    """A partner's name, description, city or languages with a NUL: 422 naming the field."""
    form = {
        "csrf_token": await _supervisor_form_token(client, database),
        "organization_name": "Maison",
        "service_name": "Hébergement",
        "description": "Lits",
        "city": "Laval",
        "languages": "fr",
        "needs": "shelter",
    }
    form[field] += "\x00"
    answer = await client.post("/console/directory/new", data=form)
    assert answer.status_code == 422, answer.text[:200]
