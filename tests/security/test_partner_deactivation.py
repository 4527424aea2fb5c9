"""A partner worker who should no longer reach the portal can be deactivated.

Partner workers were invited and could never be turned away: one who left the organisation kept
logging in and reading its referrals' consented facts (a first name, a callback number) for as
long as the account lived. A supervisor or an admin now deactivates the account: its sessions end
at once, it cannot log in again nor use an unused invitation, and it leaves a live conversation
it was in (else the operator, who left when the caller agreed, could never answer again).
"""

from __future__ import annotations

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from app.conversations import inbound
from app.domain import ChannelKind, InboundMessage
from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user, receive
from tests.security.partner_setup import PARTNER_PASSWORD, accepted_referral, form_token

CALLER = "n" * 43  # the web chat token of the referral's caller (tests.security.partner_setup)


async def _partner_id(database: Database) -> int:
    """The id of the worker who accepted the referral (tests.security.partner_setup)."""
    async with database.transaction() as session:
        return int(
            (
                await session.execute(
                    sa.text("SELECT id FROM partner_users WHERE email = 'marie@maison.example'")
                )
            ).scalar_one()
        )


async def test_a_deactivated_partner_worker_is_logged_out_and_cannot_log_in(
    app: FastAPI, database: Database
) -> None:
    async with accepted_referral(app, database) as portal:
        page = f"/partner/referrals/{portal.referral}"
        assert "Amina" in (await portal.partner.get(page)).text
        worker = await _partner_id(database)
        ended = await portal.staff.post(f"/api/partner-users/{worker}/deactivate", json={})
        assert ended.status_code == 200, ended.text
        assert ended.json() == {"left": []}
        after = await portal.partner.get(page)
        assert after.status_code == 303 and after.headers["location"].startswith("/partner/login")
        again = await portal.partner.post(
            "/partner/login",
            data={
                "email": "marie@maison.example",
                "password": PARTNER_PASSWORD,
                "csrf_token": await form_token(portal.partner, "/partner/login"),
                "next": "/partner/",
            },
        )
        assert again.status_code == 401
        assert "Amina" not in (await portal.partner.get(page)).text


async def test_only_supervisors_and_admins_deactivate_partner_workers(
    app: FastAPI, database: Database
) -> None:
    async with accepted_referral(app, database) as portal:
        worker = await _partner_id(database)
        await make_user(database, email="op@example.org", password=OPERATOR_PASSWORD, role=Role.operator)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as operator:
            await operator.post(
                "/api/auth/login", json={"email": "op@example.org", "password": OPERATOR_PASSWORD}
            )
            refused = await operator.post(f"/api/partner-users/{worker}/deactivate", json={})
            assert refused.status_code == 403
        assert (await portal.partner.get(f"/partner/referrals/{portal.referral}")).status_code == 200
        unknown = await portal.staff.post("/api/partner-users/999999/deactivate", json={})
        assert unknown.status_code == 404
        form = await portal.staff.post(f"/api/partner-users/{worker}/deactivate", data={"x": "1"})
        assert form.status_code == 415  # a cross-site form cannot send it


async def test_a_deactivated_worker_leaves_the_live_conversation(app: FastAPI, database: Database) -> None:
    """The caller let the operator go when the worker joined; once the worker is deactivated the
    operator answers again and the caller is told the worker left."""
    async with accepted_referral(app, database) as portal:
        joined = await portal.partner.post(
            f"/partner/referrals/{portal.referral}/join", data={"csrf_token": portal.csrf}
        )
        assert joined.status_code == 303, joined.text
        said = await receive(database, "oui", address=CALLER)
        await inbound.answer_consent(
            app.state.context, said, InboundMessage(channel=ChannelKind.webchat, address=CALLER, text="oui")
        )
        reply = f"/api/conversations/{said.conversation_id}/messages"
        assert (await portal.staff.post(reply, json={"text": "Encore là"})).status_code == 409
        worker = await _partner_id(database)
        ended = await portal.staff.post(f"/api/partner-users/{worker}/deactivate", json={})
        assert ended.json() == {"left": [portal.referral]}
        assert (await portal.staff.post(reply, json={"text": "Encore là"})).status_code == 201
        texts = [message["text"] for message in (await portal.staff.get(reply)).json()]
        assert any("a quitté" in text or "has left" in text for text in texts)
