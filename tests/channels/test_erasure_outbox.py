"""The deletion keyword withdraws what still waited to be sent, and leaves the console a marker
worded in the operator's language."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from app.conversations import erasure
from app.storage.db import Database
from tests.channels.conftest import drain_until, post_signed, twilio_sms_example
from tests.channels.db_queries import everything_stored, rows
from tests.fakes.twilio_api import FakeTwilio

SMS = "/channels/twilio/sms"
REPLY = "Rendez-vous demain au 1234 rue Sainte-Catherine"


async def sms(client: httpx.AsyncClient, n: int, body: str) -> None:
    response = await post_signed(client, SMS, twilio_sms_example(MessageSid=f"SM{n:032x}", Body=body))
    assert response.status_code == 200


async def test_pending_replies_are_cancelled_blanked_and_never_sent(
    operator_client: httpx.AsyncClient, database: Database, app: FastAPI, fake_twilio: FakeTwilio
) -> None:
    await sms(operator_client, 1, "Bonjour")
    await drain_until(app, lambda: len(fake_twilio.sent) == 1)
    conversation_id = (await operator_client.get("/api/conversations")).json()[0]["id"]
    await operator_client.patch(f"/api/conversations/{conversation_id}", json={"safe_to_reply": True})
    queued = await operator_client.post(
        f"/api/conversations/{conversation_id}/messages", json={"text": REPLY}
    )
    assert queued.status_code == 201
    await sms(operator_client, 2, "EFFACER")
    state = await rows(
        database,
        "SELECT o.status, o.last_error, m.body_redacted FROM outbox o "
        "JOIN messages m ON m.id = o.message_id WHERE o.message_id = :id",
        id=queued.json()["id"],
    )
    assert state == [{"status": "cancelled", "last_error": "contact_erased", "body_redacted": ""}]
    assert "Sainte-Catherine" not in await everything_stored(database)  # nor in any event copy
    await drain_until(app, lambda: len(fake_twilio.sent) == 2)
    await app.state.outbox_worker.drain()
    assert [sent["Body"] for sent in fake_twilio.sent if REPLY in sent["Body"]] == []
    assert "effacée" in fake_twilio.sent[1]["Body"]
    retried = await operator_client.post(f"/api/messages/{queued.json()['id']}/retry", json={})
    assert retried.status_code == 409


async def test_the_console_shows_the_marker_in_the_operators_language(
    operator_client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio
) -> None:
    await sms(operator_client, 1, "Bonjour")
    conversation_id = (await operator_client.get("/api/conversations")).json()[0]["id"]
    await sms(operator_client, 2, "EFFACER")
    shown = (await operator_client.get(f"/api/conversations/{conversation_id}/messages")).json()
    notes = [m for m in shown if m["direction"] == "note"]
    assert [m["marker"] for m in notes] == [erasure.ERASED_MARKER]
    french = await operator_client.get(f"/console?c={conversation_id}&lang=fr")
    english = await operator_client.get(f"/console?c={conversation_id}&lang=en")
    assert "Effacée à la demande de la personne appelante" in french.text
    assert "Erased at the caller&#39;s request" in english.text
    assert "Erased at the caller" not in french.text
