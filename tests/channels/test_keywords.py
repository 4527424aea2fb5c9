"""Caller keywords: deletion (EFFACER / DELETE / BORRAR...) and STOP / START."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from app.conversations import erasure
from app.conversations.caller_keywords import KeywordAction, match
from app.conversations.channel_core import ChannelCore
from app.storage.db import Database
from tests.channels.conftest import (
    CALLER,
    drain_until,
    post_signed,
    post_update,
    telegram_update,
    twilio_sms_example,
)
from tests.channels.db_queries import count, everything_stored, rows
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.twilio_api import FakeTwilio
from tests.postgres import PostgresForTests

SMS = "/channels/twilio/sms"


@pytest.mark.parametrize(
    ("text", "action", "language"),
    [
        ("EFFACER", KeywordAction.delete, "fr"),
        ("  effacer. ", KeywordAction.delete, "fr"),
        ("Delete", KeywordAction.delete, "en"),
        ("BORRAR", KeywordAction.delete, "es"),
        ("STOP", KeywordAction.stop, None),
        ("Arrêt", KeywordAction.stop, "fr"),
        ("ARRET!", KeywordAction.stop, "fr"),
        ("alto", KeywordAction.stop, "es"),
        ("START", KeywordAction.start, None),
    ],
)
def test_keywords_in_every_language(text: str, action: KeywordAction, language: str | None) -> None:
    keyword = match(text)
    assert keyword is not None and keyword.action is action and keyword.language == language


@pytest.mark.parametrize("text", ["please stop him", "effacer tout ça?", "I want to delete nothing", ""])
def test_a_sentence_is_not_a_keyword(text: str) -> None:
    assert match(text) is None


async def sms(client: httpx.AsyncClient, n: int, body: str) -> None:
    response = await post_signed(client, SMS, twilio_sms_example(MessageSid=f"SM{n:032x}", Body=body))
    assert response.status_code == 200


class TestDeletion:
    async def test_effacer_erases_sealed_texts_and_vault_after_confirming(
        self, operator_client: httpx.AsyncClient, database: Database, app: FastAPI, fake_twilio: FakeTwilio
    ) -> None:
        await sms(operator_client, 1, "Bonjour, mon patron garde mon passeport")
        await sms(operator_client, 2, "Je travaille à la ferme")
        await drain_until(app, lambda: len(fake_twilio.sent) == 1)
        assert await count(database, "messages WHERE sealed_original IS NOT NULL") == 2
        assert await count(database, "vault_entries") == 1

        await sms(operator_client, 3, "EFFACER")
        assert await count(database, "messages WHERE sealed_original IS NOT NULL") == 0
        await drain_until(app, lambda: len(fake_twilio.sent) == 2)
        receipt = fake_twilio.sent[1]
        assert receipt["To"] == CALLER and "effacée" in receipt["Body"]
        assert await count(database, "vault_entries") == 0
        assert CALLER not in await everything_stored(database)

    async def test_delete_for_an_unsafe_contact_erases_at_once_and_sends_nothing(
        self, operator_client: httpx.AsyncClient, database: Database, app: FastAPI, fake_twilio: FakeTwilio
    ) -> None:
        await sms(operator_client, 1, "Hello")
        await drain_until(app, lambda: len(fake_twilio.sent) == 1)
        conversation_id = (await operator_client.get("/api/conversations")).json()[0]["id"]
        await operator_client.patch(f"/api/conversations/{conversation_id}", json={"safe_to_reply": False})
        await sms(operator_client, 2, "DELETE")
        assert await count(database, "vault_entries") == 0
        assert await count(database, "messages WHERE sealed_original IS NOT NULL") == 0
        await app.state.outbox_worker.drain()
        assert len(fake_twilio.sent) == 1

    async def test_borrar_on_telegram_confirms_in_spanish(
        self, client: httpx.AsyncClient, database: Database, app: FastAPI, fake_telegram: FakeTelegram
    ) -> None:
        await post_update(client, telegram_update(1, "/start", language="es"))
        await drain_until(app, lambda: len(fake_telegram.sent) == 1)  # what waits is withdrawn
        await post_update(client, telegram_update(2, "borrar", language="es"))
        await drain_until(app, lambda: len(fake_telegram.sent) == 2)
        assert "borrada" in fake_telegram.sent[1]["text"]
        assert await count(database, "vault_entries") == 0


class TestStop:
    async def test_stop_blocks_replies_and_start_allows_them_again(
        self, operator_client: httpx.AsyncClient, database: Database, app: FastAPI, fake_twilio: FakeTwilio
    ) -> None:
        await sms(operator_client, 1, "Hello")
        await drain_until(app, lambda: len(fake_twilio.sent) == 1)
        conversation_id = (await operator_client.get("/api/conversations")).json()[0]["id"]
        await operator_client.patch(f"/api/conversations/{conversation_id}", json={"safe_to_reply": True})
        queued = await operator_client.post(
            f"/api/conversations/{conversation_id}/messages", json={"text": "Still there?"}
        )
        assert queued.status_code == 201
        await sms(operator_client, 2, "STOP")
        described = (await operator_client.get(f"/api/conversations/{conversation_id}")).json()
        assert described["reply_stopped"] is True
        refused = await operator_client.post(
            f"/api/conversations/{conversation_id}/messages", json={"text": "Hello?"}
        )
        assert refused.status_code == 409 and "STOP" in refused.json()["error"]
        await app.state.outbox_worker.drain()
        assert len(fake_twilio.sent) == 1
        state = await rows(
            database, "SELECT status, last_error FROM outbox WHERE message_id = :id", id=queued.json()["id"]
        )
        assert state == [{"status": "cancelled", "last_error": "contact_stopped"}]

        await sms(operator_client, 3, "START")
        allowed = await operator_client.post(
            f"/api/conversations/{conversation_id}/messages", json={"text": "Welcome back"}
        )
        assert allowed.status_code == 201
        await drain_until(app, lambda: len(fake_twilio.sent) == 2)
        assert fake_twilio.sent[1]["Body"] == "Welcome back"


class TestWebchat:
    async def test_effacer_in_the_web_chat_erases_and_answers_on_the_socket(
        self, app: FastAPI, database: Database
    ) -> None:
        backend = ChannelCore(lambda: app.state.context)
        session = await backend.open_chat("t" * 43)
        await backend.receive_chat(
            session, text="Bonjour, on m'a pris mes papiers", client_id="c1", language="fr"
        )
        assert await count(database, "messages WHERE sealed_original IS NOT NULL") == 1
        await backend.receive_chat(session, text="Effacer", client_id="c2", language="fr")
        assert await count(database, "messages WHERE sealed_original IS NOT NULL") == 0
        assert await count(database, "vault_entries") == 0
        out = await rows(
            database, "SELECT body_redacted, delivery_status FROM messages WHERE direction = 'out'"
        )
        assert len(out) == 1 and "effacée" in out[0]["body_redacted"]
        assert out[0]["delivery_status"] is None  # sent on the socket, not through the outbox
        assert await count(database, "outbox") == 0

    async def test_stop_means_nothing_special_in_the_web_chat(self, app: FastAPI, database: Database) -> None:
        backend = ChannelCore(lambda: app.state.context)
        session = await backend.open_chat("s" * 43)
        await backend.receive_chat(session, text="stop", client_id="c1", language="en")
        assert await rows(database, "SELECT stopped_at FROM contacts") == [{"stopped_at": None}]
        assert await count(database, "messages WHERE direction = 'out'") == 0


PLANTED = ("passeport", "ferme", "papiers", "patron")


async def erased_view(client: httpx.AsyncClient, conversation_id: str) -> tuple[str, list[dict[str, object]]]:
    """What the API still shows of an erased conversation: its status and its messages."""
    described = (await client.get(f"/api/conversations/{conversation_id}")).json()
    shown = (await client.get(f"/api/conversations/{conversation_id}/messages")).json()
    return described["status"], shown


class TestErasureDeletes:
    async def test_effacer_by_sms_leaves_codes_and_no_text(
        self,
        operator_client: httpx.AsyncClient,
        database: Database,
        app: FastAPI,
        fake_twilio: FakeTwilio,
        postgres: PostgresForTests,
        database_url: str,
    ) -> None:
        await sms(operator_client, 1, "Mon patron garde mon passeport, je travaille à la ferme")
        await drain_until(app, lambda: len(fake_twilio.sent) == 1)
        conversation_id = (await operator_client.get("/api/conversations")).json()[0]["id"]
        codes_before = await rows(
            database,
            "SELECT triage->'urgency' AS u, triage->'indicators' AS i FROM messages WHERE direction = 'in'",
        )
        await sms(operator_client, 2, "EFFACER")
        await drain_until(app, lambda: len(fake_twilio.sent) == 2)
        assert (await operator_client.get("/api/conversations")).json() == []
        status, shown = await erased_view(operator_client, conversation_id)
        assert status == "closed"
        assert all(word not in str(shown) for word in PLANTED)
        assert any(m["direction"] == "note" and m["text"] == erasure.ERASED_NOTE for m in shown)
        codes_after = await rows(
            database,
            "SELECT triage->'urgency' AS u, triage->'indicators' AS i "
            "FROM messages WHERE direction = 'in' ORDER BY id LIMIT 1",
        )
        assert codes_after == codes_before and codes_after[0]["i"]
        assert await count(database, "messages WHERE triage ? 'reasons' OR triage ? 'explanations'") == 0
        dump = postgres.dump(database_url)
        assert [line for line in dump.splitlines() if any(w in line for w in PLANTED)] == []

    async def test_effacer_in_the_web_chat_forgets_the_token(
        self,
        app: FastAPI,
        operator_client: httpx.AsyncClient,
        database: Database,
        postgres: PostgresForTests,
        database_url: str,
    ) -> None:
        backend = ChannelCore(lambda: app.state.context)
        token = "w" * 43
        session = await backend.open_chat(token)
        await backend.receive_chat(
            session, text="On m'a pris mes papiers, mon patron", client_id="c1", language="fr"
        )
        conversation_id = (await operator_client.get("/api/conversations")).json()[0]["id"]
        await backend.receive_chat(session, text="Effacer", client_id="c2", language="fr")
        assert (await operator_client.get("/api/conversations")).json() == []
        status, shown = await erased_view(operator_client, conversation_id)
        assert status == "closed" and all(word not in str(shown) for word in PLANTED)
        reopened = await backend.open_chat(token)
        assert not reopened.resumed and reopened.history == []
        assert await count(database, "messages WHERE triage->>'urgency' IS NOT NULL") >= 1
        dump = postgres.dump(database_url)
        assert [line for line in dump.splitlines() if any(w in line for w in PLANTED)] == []
