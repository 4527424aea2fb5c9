"""A live server's partner portal for the tests of its websocket: a caller in the web chat (a real
websocket), a referral made by a supervisor, and a partner worker of the referral's
organisation, invited, logged in, who has accepted it and joined the conversation."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
from websockets.asyncio.client import ClientConnection, connect

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.e2e.clients import cookie_header, login, next_frame, visitor
from tests.factories import make_user
from tests.live_server import LiveServer
from tests.referrals.helpers import make_service

SUPERVISOR = "sup@example.org"
PARTNER_PASSWORD = "maison marguerite accueille"


@dataclass
class Worker:
    client: httpx.AsyncClient
    organization: str
    csrf: str = ""


@dataclass
class Referred:
    """A caller's conversation referred to a partner, and the caller's socket."""

    caller: ClientConnection
    conversation: str
    referral: str
    organization: str


async def supervisor(server: LiveServer, database: Database) -> httpx.AsyncClient:
    await make_user(database, email=SUPERVISOR, password=OPERATOR_PASSWORD, role=Role.supervisor)
    return await login(server, SUPERVISOR)


async def form_token(client: httpx.AsyncClient, path: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', (await client.get(path)).text)
    assert found is not None, path
    return found.group(1)


async def say(caller: ClientConnection, text: str, client_id: str) -> None:
    """The caller writes in the web chat; returns once the server stored the line."""
    await caller.send(json.dumps({"type": "message", "text": text, "client_id": client_id}))
    while True:
        frame = await next_frame(caller)
        if frame["type"] == "ack" and frame["client_id"] == client_id:
            return


@asynccontextmanager
async def referred(
    server: LiveServer, database: Database, staff: httpx.AsyncClient, first_line: str
) -> AsyncIterator[Referred]:
    """A new caller's conversation, referred with verbal consent to a new partner's service."""
    service, organization = await make_service(database)
    before = {row["id"] for row in (await staff.get("/api/conversations")).json()}
    async with visitor(server) as caller:
        await say(caller, first_line, "first")
        after = {row["id"] for row in (await staff.get("/api/conversations")).json()}
        (conversation,) = after - before
        made = await staff.post(
            f"/api/conversations/{conversation}/referrals",
            json={
                "service_id": service,
                "share": ["first_name"],
                "purpose": "shelter tonight",
                "consent_method": "verbal",
                "facts": {"first_name": "Amina"},
            },
        )
        assert made.status_code == 201, made.text
        yield Referred(caller, conversation, made.json()["id"], organization)


@asynccontextmanager
async def worker(
    server: LiveServer, staff: httpx.AsyncClient, organization: str, email: str
) -> AsyncIterator[Worker]:
    """A worker of `organization` invited by `staff`, with a password, logged in; their name is
    their address's local part ("marie@..." is Marie)."""
    invited = await staff.post(
        "/api/partner-users",
        json={
            "organization_id": organization,
            "email": email,
            "display_name": email.split("@")[0].capitalize(),
        },
    )
    assert invited.status_code == 201, invited.text
    invitation = "/partner/" + invited.json()["invitation_url"].split("/partner/", 1)[1]
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        await client.post(
            invitation,
            data={"password": PARTNER_PASSWORD, "csrf_token": await form_token(client, invitation)},
        )
        logged_in = await client.post(
            "/partner/login",
            data={
                "email": email,
                "password": PARTNER_PASSWORD,
                "csrf_token": await form_token(client, "/partner/login"),
                "next": "/partner/",
            },
        )
        assert logged_in.status_code == 303, logged_in.text
        yield Worker(client, organization)


async def accept_and_join(partner: Worker, referral: str) -> None:
    partner.csrf = await form_token(partner.client, f"/partner/referrals/{referral}")
    for verb in ("accept", "join"):
        done = await partner.client.post(
            f"/partner/referrals/{referral}/{verb}", data={"csrf_token": partner.csrf}
        )
        assert done.status_code == 303, (verb, done.text)


@asynccontextmanager
async def live_view(
    server: LiveServer, partner: Worker, referral: str, *, origin: str | None = None, after: str = ""
) -> AsyncIterator[ClientConnection]:
    """The worker's socket, opened by the portal's own page unless `origin` says otherwise."""
    headers = {"Cookie": cookie_header(partner.client), "Origin": origin or server.base_url}
    async with connect(
        f"{server.ws_url}/partner/referrals/{referral}/live{'?after=' + after if after else ''}",
        additional_headers=headers,
    ) as socket:
        yield socket
