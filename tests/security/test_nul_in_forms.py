"""A NUL character in a login form is a wrong login, not a server error.

PostgreSQL's text cannot hold NUL: an e-mail carrying one reached the account lookup and failed
in the database, so anyone could make the console's and the partner portal's login forms answer
500 (and fill the error log) at will, without the attempt being counted by the throttle.
"""

from __future__ import annotations

import re

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user, receive
from tests.referrals.helpers import make_service, refer


async def _token(client: httpx.AsyncClient, path: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', (await client.get(path)).text)
    assert found is not None, path
    return found.group(1)


@pytest.mark.parametrize("path", ["/console/login", "/partner/login"])
async def test_a_nul_in_a_login_form_is_a_wrong_login(
    client: httpx.AsyncClient, database: Database, path: str
) -> None:
    answer = await client.post(path, data={"email": "ana\x00@example.org", "password": "pass\x00word",
                                           "csrf_token": await _token(client, path), "next": path})
    assert answer.status_code == 401, answer.text[:200]
    async with database.transaction() as session:
        counted = (await session.execute(sa.text("SELECT count(*) FROM login_throttle"))).scalar_one()
    assert counted == 2, "the account and the client counters"


async def test_a_nul_in_a_partner_s_chat_line_is_refused(app: FastAPI, database: Database) -> None:
    """The partner worker's chat line (a form field too) is a 422, not a 500."""
    await make_user(database, email="sup@example.org", password=OPERATOR_PASSWORD, role=Role.supervisor)
    service, organization = await make_service(database)
    accepted = await receive(database, "j'ai besoin d'un abri", address="n" * 43)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as staff, \
            httpx.AsyncClient(transport=transport, base_url="http://testserver") as partner:
        await staff.post("/api/auth/login", json={"email": "sup@example.org", "password": OPERATOR_PASSWORD})
        referral = (await refer(staff, accepted.conversation_id, service)).json()["id"]
        invited = await staff.post("/api/partner-users", json={
            "organization_id": organization, "email": "marie@maison.example", "display_name": "Marie"})
        invitation = "/partner/" + invited.json()["invitation_url"].split("/partner/", 1)[1]
        await partner.post(invitation, data={"password": "maison marguerite accueille",
                                             "csrf_token": await _token(partner, invitation)})
        await partner.post("/partner/login", data={
            "email": "marie@maison.example", "password": "maison marguerite accueille",
            "csrf_token": await _token(partner, "/partner/login"), "next": "/partner/"})
        token = await _token(partner, f"/partner/referrals/{referral}")
        for step in ("accept", "join"):
            assert (await partner.post(f"/partner/referrals/{referral}/{step}",
                                       data={"csrf_token": token})).status_code == 303
        line = await partner.post(f"/partner/referrals/{referral}/lines",
                                  data={"csrf_token": token, "text": "Bonjour\x00"})
        assert line.status_code == 422, line.text[:200]
