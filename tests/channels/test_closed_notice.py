""" "Conversation closed" on SMS and Telegram: sent in the caller's language only when the
reply-safety rules allow writing to them (safe to reply recorded, no STOP), never otherwise
(issue 14, point 5). The web chat is told on its page, nothing is stored for it."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from app.storage.db import Database
from tests.channels.conftest import drain_until, post_signed, post_update, telegram_update, twilio_sms_example
from tests.channels.db_queries import count, rows
from tests.factories import receive
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.twilio_api import FakeTwilio

CLOSED_FR = "La ligne d'assistance a fermé cette conversation"
CLOSED_EN = "The hotline has closed this conversation"


async def sms(client: httpx.AsyncClient, n: int, body: str) -> str:
    params = twilio_sms_example(Body=body, MessageSid=f"SM{n:032d}")
    assert (await post_signed(client, "/channels/twilio/sms", params)).status_code == 200
    return str((await client.get("/api/conversations")).json()[0]["id"])


async def close(client: httpx.AsyncClient, conversation_id: str, *, expect: int = 200) -> None:
    response = await client.post(
        f"/api/conversations/{conversation_id}/close", json={"outcome": "information_given"}
    )
    assert response.status_code == expect


async def outbound_texts(database: Database) -> list[str]:
    found = await rows(database, "SELECT body_redacted FROM messages WHERE direction = 'out' ORDER BY id")
    return [row["body_redacted"] for row in found]


class TestSms:
    async def test_safe_to_reply_the_caller_is_told_in_their_language_once(
        self, operator_client: httpx.AsyncClient, app: FastAPI, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        conversation_id = await sms(operator_client, 1, "Bonjour, mon patron garde mon passeport")
        await operator_client.patch(f"/api/conversations/{conversation_id}", json={"safe_to_reply": True})
        await close(operator_client, conversation_id)
        await close(operator_client, conversation_id, expect=409)  # closing again sends nothing
        await drain_until(app, lambda: len(fake_twilio.sent) == 2)
        assert CLOSED_FR in fake_twilio.sent[1]["Body"]
        assert [CLOSED_FR in text for text in await outbound_texts(database)] == [False, True]

    @pytest.mark.parametrize("safe", [None, False])
    async def test_not_recorded_safe_nothing_is_sent(
        self,
        operator_client: httpx.AsyncClient,
        app: FastAPI,
        database: Database,
        fake_twilio: FakeTwilio,
        safe: bool | None,
    ) -> None:
        conversation_id = await sms(operator_client, 1, "Bonjour, mon patron garde mon passeport")
        if safe is not None:
            await operator_client.patch(f"/api/conversations/{conversation_id}", json={"safe_to_reply": safe})
        await close(operator_client, conversation_id)
        await app.state.outbox_worker.drain()
        assert not any(CLOSED_FR in text for text in await outbound_texts(database))
        assert not any(CLOSED_FR in sent["Body"] for sent in fake_twilio.sent)

    async def test_after_stop_nothing_is_sent_even_if_safe(
        self, operator_client: httpx.AsyncClient, app: FastAPI, database: Database
    ) -> None:
        conversation_id = await sms(operator_client, 1, "Bonjour, mon patron garde mon passeport")
        await operator_client.patch(f"/api/conversations/{conversation_id}", json={"safe_to_reply": True})
        await sms(operator_client, 2, "STOP")
        await close(operator_client, conversation_id)
        assert not any(CLOSED_FR in text for text in await outbound_texts(database))


class TestTelegram:
    async def test_safe_the_caller_is_told_in_english_and_unsafe_not(
        self,
        operator_client: httpx.AsyncClient,
        app: FastAPI,
        database: Database,
        fake_telegram: FakeTelegram,
    ) -> None:
        await post_update(operator_client, telegram_update(100, "help, they took my passport", language="en"))
        conversation_id = (await operator_client.get("/api/conversations")).json()[0]["id"]
        await operator_client.patch(f"/api/conversations/{conversation_id}", json={"safe_to_reply": True})
        await close(operator_client, conversation_id)
        await drain_until(app, lambda: len(fake_telegram.sent) == 2)
        assert CLOSED_EN in fake_telegram.sent[1]["text"]

        await post_update(operator_client, telegram_update(101, "help again", chat_id=2222222, language="en"))
        other = (await operator_client.get("/api/conversations")).json()[0]["id"]
        await operator_client.patch(f"/api/conversations/{other}", json={"safe_to_reply": False})
        await close(operator_client, other)
        assert sum(CLOSED_EN in text for text in await outbound_texts(database)) == 1


class TestWebchat:
    async def test_nothing_is_stored_for_a_web_chat_its_page_says_it(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        accepted = await receive(database, "Bonjour")
        await close(operator_client, accepted.conversation_id)
        assert await count(database, "messages WHERE direction = 'out'") == 0
