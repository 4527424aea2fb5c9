"""Closing a conversation ends a partner worker's place in it.

A partner worker joined the caller's chat and the caller let the operator go. The conversation
was then closed, and the worker stayed "in" it: when an operator reopened the case (the caller
came back), the operator's replies were refused (409: "a partner worker holds this
conversation") while the worker, whom the caller had not been told of again, read every new
line the caller wrote. Closing now ends the hand-over (`handover.partner_left`, by the system);
the reopened case is the operator's, and the worker reads nothing of it unless they join again,
which tells the caller again.
"""

from __future__ import annotations

from fastapi import FastAPI

from app.conversations import inbound
from app.domain import ChannelKind, InboundMessage
from app.storage.db import Database
from tests.factories import receive
from tests.security.partner_setup import Portal, accepted_referral

CALLER = "n" * 43  # the web chat token of the referral's caller (tests.security.partner_setup)


async def _operator_let_go(app: FastAPI, database: Database, portal: Portal) -> str:
    """The worker joined, the caller's yes let the operator go; the conversation's id."""
    joined = await portal.partner.post(
        f"/partner/referrals/{portal.referral}/join", data={"csrf_token": portal.csrf}
    )
    assert joined.status_code == 303
    said = await receive(database, "oui", address=CALLER)
    await inbound.answer_consent(
        app.state.context, said, InboundMessage(channel=ChannelKind.webchat, address=CALLER, text="oui")
    )
    return said.conversation_id


async def test_a_reopened_case_is_the_operators_and_the_worker_reads_none_of_it(
    app: FastAPI, database: Database
) -> None:
    async with accepted_referral(app, database) as portal:
        conversation = await _operator_let_go(app, database, portal)
        staff, lines = portal.staff, f"/partner/referrals/{portal.referral}/lines"
        closed = await staff.post(f"/api/conversations/{conversation}/close", json={"outcome": "referred"})
        assert closed.status_code == 200
        assert (await portal.partner.get(lines)).json() == {"present": False, "lines": []}
        assert (await staff.post(f"/api/conversations/{conversation}/reopen", json={})).status_code == 200
        await receive(database, "je suis revenue à la gare centrale", address=CALLER)
        answered = await staff.post(f"/api/conversations/{conversation}/messages", json={"text": "bonjour"})
        assert answered.status_code == 201, answered.text
        assert "gare" not in (await portal.partner.get(lines)).text
        events = (await staff.get(f"/api/referrals/{portal.referral}")).json()["events"]
        assert ("handover.partner_left", "system", "conversation_closed") in {
            (event["action"], event["actor"], event["reason"]) for event in events
        }
