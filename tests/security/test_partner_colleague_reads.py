"""Only the partner worker who joined a live conversation reads it.

The caller is told by name who joined ("Marie, of Maison Marguerite"); a colleague of the same
organisation, logged in to the portal, could poll the same conversation's lines and read
everything the caller wrote after Marie joined, unseen and unannounced. The lines and the chat
page are now the joined worker's only; the colleague sees the referral, not the conversation.
"""

from __future__ import annotations

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from app.conversations import inbound
from app.domain import ChannelKind, InboundMessage
from app.storage.db import Database
from tests.factories import receive
from tests.security.partner_setup import PARTNER_PASSWORD, accepted_referral, form_token

CALLER = "n" * 43  # the web chat token of the referral's caller (tests.security.partner_setup)


async def test_a_colleague_of_the_joined_worker_reads_nothing_of_the_conversation(
    app: FastAPI, database: Database
) -> None:
    async with accepted_referral(app, database) as portal:
        referral = f"/partner/referrals/{portal.referral}"
        joined = await portal.partner.post(f"{referral}/join", data={"csrf_token": portal.csrf})
        assert joined.status_code == 303
        said = await receive(database, "oui", address=CALLER)
        await inbound.answer_consent(
            app.state.context, said, InboundMessage(channel=ChannelKind.webchat, address=CALLER, text="oui")
        )
        await receive(database, "je suis à la gare centrale", address=CALLER)
        async with database.transaction() as session:
            organization = (
                await session.execute(
                    sa.text("SELECT organization_id FROM referrals WHERE id = :id"), {"id": portal.referral}
                )
            ).scalar_one()
        invited = await portal.staff.post(
            "/api/partner-users",
            json={"organization_id": organization, "email": "paul@maison.example", "display_name": "Paul"},
        )
        assert invited.status_code == 201, invited.text
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as colleague:
            invitation = "/partner/" + invited.json()["invitation_url"].split("/partner/", 1)[1]
            await colleague.post(
                invitation,
                data={"password": PARTNER_PASSWORD, "csrf_token": await form_token(colleague, invitation)},
            )
            logged_in = await colleague.post(
                "/partner/login",
                data={
                    "email": "paul@maison.example",
                    "password": PARTNER_PASSWORD,
                    "csrf_token": await form_token(colleague, "/partner/login"),
                    "next": "/partner/",
                },
            )
            assert logged_in.status_code == 303
            shown = await colleague.get(referral)  # the referral is the organisation's, the conversation not
            assert shown.status_code == 200 and 'id="colleague-in-conversation"' in shown.text
            assert 'id="open-chat"' not in shown.text
            lines = (await colleague.get(f"{referral}/lines")).json()
            assert lines == {"present": False, "lines": []}
            chat = await colleague.get(f"{referral}/chat")
            assert chat.status_code == 303 and "gare" not in chat.text
        assert 'id="open-chat"' in (await portal.partner.get(referral)).text
        mine = (await portal.partner.get(f"{referral}/lines")).json()
        assert mine["present"] and any("gare" in line["text"] for line in mine["lines"])
