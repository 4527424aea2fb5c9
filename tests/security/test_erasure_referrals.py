"""A caller's erasure reaches what they shared with a partner.

The deletion keyword (EFFACER, DELETE...) blanked the caller's texts, dropped the vault entry
and told them "Your conversation has been erased from our systems", while the facts of their
referral (a first name, a callback number, a summary of what they said), sealed in the same
database, stayed readable in the partner portal until the consent's end date (30 days by
default), and a partner worker in the conversation stayed in it. Erasure now revokes every
consent of the contact that still stands, as the REVOKE keyword does.
"""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import FastAPI

from app.conversations import inbound
from app.domain import ChannelKind, InboundMessage
from app.storage.db import Database
from tests.security.partner_setup import accepted_referral

CALLER = "n" * 43  # the web chat token of the referral's caller (tests.security.partner_setup)


async def _shared_facts(database: Database, referral: str) -> int:
    async with database.transaction() as session:
        found = await session.execute(
            sa.text("SELECT count(*) FROM referral_facts WHERE referral_id = :id"), {"id": referral}
        )
        return int(found.scalar_one())


async def test_erasure_revokes_the_consent_and_deletes_the_shared_facts(
    app: FastAPI, database: Database
) -> None:
    async with accepted_referral(app, database, first_name="Amina") as portal:
        page = f"/partner/referrals/{portal.referral}"
        assert "Amina" in (await portal.partner.get(page)).text
        await portal.partner.post(f"{page}/join", data={"csrf_token": portal.csrf})
        assert await _shared_facts(database, portal.referral) == 1
        await inbound.receive(
            app.state.context, InboundMessage(channel=ChannelKind.webchat, address=CALLER, text="EFFACER")
        )
        assert "Amina" not in (await portal.partner.get(page)).text
        assert await _shared_facts(database, portal.referral) == 0
        detail = (await portal.staff.get(f"/api/referrals/{portal.referral}")).json()
        assert (detail["status"], detail["consent_state"]) == ("cancelled", "revoked")
        assert ("consent.revoked", "caller") in {
            (event["action"], event["actor"]) for event in detail["events"]
        }
        lines = (await portal.partner.get(f"{page}/lines")).json()
        assert lines["lines"] == []
