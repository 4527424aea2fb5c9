"""A supervisor's client, a referral with verbal consent, and a logged-in partner worker of its
organisation who has accepted it (for the partner portal's security tests)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
from fastapi import FastAPI

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user, receive
from tests.referrals.helpers import make_service

PARTNER_PASSWORD = "maison marguerite accueille"
PARTNER_EMAIL = "marie@maison.example"


@dataclass
class Portal:
    staff: httpx.AsyncClient
    partner: httpx.AsyncClient
    referral: str
    csrf: str


async def form_token(client: httpx.AsyncClient, path: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', (await client.get(path)).text)
    assert found is not None, path
    return found.group(1)


async def log_in(client: httpx.AsyncClient, password: str = PARTNER_PASSWORD) -> httpx.Response:
    """The portal's login form, submitted for the worker of `accepted_referral`."""
    return await client.post(
        "/partner/login",
        data={
            "email": PARTNER_EMAIL,
            "password": password,
            "csrf_token": await form_token(client, "/partner/login"),
            "next": "/partner/",
        },
    )


@asynccontextmanager
async def accepted_referral(
    app: FastAPI,
    database: Database,
    *,
    purpose: str = "shelter tonight",
    first_name: str = "Amina",
    base_url: str = "http://testserver",
) -> AsyncIterator[Portal]:
    await make_user(database, email="sup@example.org", password=OPERATOR_PASSWORD, role=Role.supervisor)
    service, organization = await make_service(database)
    accepted = await receive(database, "j'ai besoin d'un abri", address="n" * 43)
    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url=base_url) as staff,
        httpx.AsyncClient(transport=transport, base_url=base_url) as partner,
    ):
        await staff.post("/api/auth/login", json={"email": "sup@example.org", "password": OPERATOR_PASSWORD})
        made = await staff.post(
            f"/api/conversations/{accepted.conversation_id}/referrals",
            json={
                "service_id": service,
                "share": ["first_name"],
                "purpose": purpose,
                "consent_method": "verbal",
                "facts": {"first_name": first_name},
            },
        )
        assert made.status_code == 201, made.text
        invited = await staff.post(
            "/api/partner-users",
            json={"organization_id": organization, "email": PARTNER_EMAIL, "display_name": "Marie"},
        )
        invitation = "/partner/" + invited.json()["invitation_url"].split("/partner/", 1)[1]
        await partner.post(
            invitation,
            data={"password": PARTNER_PASSWORD, "csrf_token": await form_token(partner, invitation)},
        )
        await log_in(partner)
        referral = made.json()["id"]
        token = await form_token(partner, f"/partner/referrals/{referral}")
        assert (
            await partner.post(f"/partner/referrals/{referral}/accept", data={"csrf_token": token})
        ).status_code == 303
        yield Portal(staff, partner, referral, token)
