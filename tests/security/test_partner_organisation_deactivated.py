"""A partner organisation a supervisor deactivates in the directory turns its workers away.

Deactivating a partner (`/console/directory`) only took it out of the matches: its workers kept
logging in to the portal, reading the consented facts of its referrals (a first name, a callback
number) and writing in a live conversation. Now, while the organisation is inactive, its workers'
sessions end, they cannot log in nor accept an invitation, none is issued for it, and a worker in
a live conversation leaves it (the caller is told, the operator answers again). Made active
again, the organisation's workers log in as before.
"""

from __future__ import annotations

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from app.conversations import inbound
from app.domain import ChannelKind, InboundMessage
from app.storage.db import Database
from tests.factories import receive
from tests.security.partner_setup import PARTNER_PASSWORD, Portal, accepted_referral, form_token

CALLER = "n" * 43  # the web chat token of the referral's caller (tests.security.partner_setup)


async def _partner_of(database: Database, referral: str) -> tuple[str, str]:
    async with database.transaction() as session:
        row = (
            await session.execute(
                sa.text("SELECT service_id, organization_id FROM referrals WHERE id = :id"), {"id": referral}
            )
        ).one()
    return str(row.service_id), str(row.organization_id)


async def _set_active(portal: Portal, service: str, active: bool) -> None:
    token = await form_token(portal.staff, "/console/directory")
    done = await portal.staff.post(
        f"/console/directory/{service}/active", data={"csrf_token": token, "active": "1" if active else "0"}
    )
    assert done.status_code == 303, done.text


async def _log_in(partner: httpx.AsyncClient) -> httpx.Response:
    return await partner.post(
        "/partner/login",
        data={
            "email": "marie@maison.example",
            "password": PARTNER_PASSWORD,
            "csrf_token": await form_token(partner, "/partner/login"),
            "next": "/partner/",
        },
    )


async def test_a_deactivated_organisations_workers_are_turned_away_until_it_is_active_again(
    app: FastAPI, database: Database
) -> None:
    async with accepted_referral(app, database) as portal:
        page = f"/partner/referrals/{portal.referral}"
        joined = await portal.partner.post(f"{page}/join", data={"csrf_token": portal.csrf})
        assert joined.status_code == 303, joined.text
        said = await receive(database, "oui", address=CALLER)
        await inbound.answer_consent(
            app.state.context, said, InboundMessage(channel=ChannelKind.webchat, address=CALLER, text="oui")
        )
        reply = f"/api/conversations/{said.conversation_id}/messages"
        assert (await portal.staff.post(reply, json={"text": "Encore là"})).status_code == 409
        service, organization = await _partner_of(database, portal.referral)

        await _set_active(portal, service, False)
        after = await portal.partner.get(page)
        assert after.status_code == 303 and after.headers["location"].startswith("/partner/login")
        assert (await _log_in(portal.partner)).status_code == 401
        assert "Amina" not in (await portal.partner.get(page)).text
        assert (await portal.staff.post(reply, json={"text": "Encore là"})).status_code == 201
        texts = [message["text"] for message in (await portal.staff.get(reply)).json()]
        assert any("a quitté" in text or "has left" in text for text in texts)
        invited = await portal.staff.post(
            "/api/partner-users",
            json={"organization_id": organization, "email": "paul@maison.example", "display_name": "Paul"},
        )
        assert invited.status_code == 409

        await _set_active(portal, service, True)
        assert (await _log_in(portal.partner)).status_code == 303
        assert "Amina" in (await portal.partner.get(page)).text
