"""`POST /channels/twilio/sms` and `/status`, signed with twilio's own RequestValidator."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from app.storage.db import Database
from tests.channels.conftest import (
    CALLER,
    PUBLIC_URL,
    TWILIO_NUMBER,
    drain_until,
    post_signed,
    twilio_sms_example,
)
from tests.channels.db_queries import count, everything_stored, rows
from tests.fakes.twilio_api import FakeTwilio

SMS = "/channels/twilio/sms"
STATUS = "/channels/twilio/status"


class TestSignature:
    async def test_signed_example_payload_is_stored_and_answered_with_twiml(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        response = await post_signed(client, SMS, twilio_sms_example())
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/xml")
        assert "<Response>" in response.text
        inbound = await rows(
            database, "SELECT channel, body_redacted, provider_id FROM messages WHERE direction = 'in'"
        )
        assert inbound == [
            {"channel": "sms", "body_redacted": "Hello", "provider_id": "SM1f0e8ae6ade43cb3c0ce4525424e404f"}
        ]

    async def test_forged_signature_is_refused_and_nothing_is_stored(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        response = await post_signed(client, SMS, twilio_sms_example(), signature="bm90IGEgc2lnbmF0dXJl")
        assert response.status_code == 403
        assert await count(database, "messages") == 0
        assert await count(database, "contacts") == 0


class TestInbound:
    async def test_replayed_webhook_gives_one_message(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        params = twilio_sms_example()
        first = await post_signed(client, SMS, params)
        again = await post_signed(client, SMS, params)
        assert first.status_code == again.status_code == 200
        assert await count(database, "messages WHERE direction = 'in'") == 1
        # and one safety message, not two
        assert await count(database, "outbox") == 1

    async def test_first_contact_gets_the_safety_message_once(
        self, client: httpx.AsyncClient, database: Database, app: FastAPI, fake_twilio: FakeTwilio
    ) -> None:
        await post_signed(
            client, SMS, twilio_sms_example(Body="Bonjour, j'ai besoin d'aide", MessageSid="SM" + "1" * 32)
        )
        await post_signed(client, SMS, twilio_sms_example(Body="Vous êtes là?", MessageSid="SM" + "2" * 32))
        await drain_until(app, lambda: len(fake_twilio.sent) >= 1)
        await drain_until(app, lambda: True)
        assert len(fake_twilio.sent) == 1
        sent = fake_twilio.sent[0]
        assert sent["To"] == CALLER
        assert sent["From"] == TWILIO_NUMBER
        assert "confidentiel" in sent["Body"] and "911" in sent["Body"]
        assert "compagnie de téléphone" in sent["Body"]  # what the channel itself reveals
        assert "EFFACER" in sent["Body"]
        assert sent["StatusCallback"].startswith(PUBLIC_URL + STATUS + "?k=")
        outbound = await rows(
            database, "SELECT delivery_status, provider_id FROM messages WHERE direction = 'out'"
        )
        assert outbound == [{"delivery_status": "sent", "provider_id": fake_twilio.sent[0]["sid"]}]

    async def test_whatsapp_goes_through_the_same_adapter(
        self, client: httpx.AsyncClient, database: Database, app: FastAPI, fake_twilio: FakeTwilio
    ) -> None:
        params = twilio_sms_example(
            From="whatsapp:" + CALLER,
            To="whatsapp:" + TWILIO_NUMBER,
            Body="Hello, I need help",
            MessageSid="SM" + "3" * 32,
        )
        assert (await post_signed(client, SMS, params)).status_code == 200
        assert await rows(database, "SELECT channel FROM conversations") == [{"channel": "whatsapp"}]
        await drain_until(app, lambda: len(fake_twilio.sent) == 1)
        assert fake_twilio.sent[0]["To"] == "whatsapp:" + CALLER
        assert fake_twilio.sent[0]["From"] == "whatsapp:" + TWILIO_NUMBER
        assert "WhatsApp" in fake_twilio.sent[0]["Body"]

    async def test_media_is_noted_not_stored(
        self, client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        params = twilio_sms_example(
            Body="",
            NumMedia="2",
            MessageSid="SM" + "4" * 32,
            MediaContentType0="image/jpeg",
            MediaUrl0=f"https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/SM4/Media/ME{'5' * 32}",
            MediaContentType1="audio/ogg",
            MediaUrl1=f"https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/SM4/Media/ME{'6' * 32}",
        )
        assert (await post_signed(client, SMS, params)).status_code == 200
        stored = await rows(database, "SELECT body_redacted FROM messages WHERE direction = 'in'")
        assert stored == [{"body_redacted": "[media: 2 (image/jpeg, audio/ogg)]"}]
        assert "Media/ME" not in await everything_stored(database)
        assert fake_twilio.sent == [] and fake_twilio.refused == []  # the media was never fetched


class TestStatusCallback:
    async def _sent(self, client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio) -> dict[str, str]:
        await post_signed(client, SMS, twilio_sms_example())
        await drain_until(app, lambda: len(fake_twilio.sent) == 1)
        return fake_twilio.sent[0]

    async def test_delivered_and_undelivered_update_the_message(
        self, client: httpx.AsyncClient, database: Database, app: FastAPI, fake_twilio: FakeTwilio
    ) -> None:
        sent = await self._sent(client, app, fake_twilio)
        path_and_query = sent["StatusCallback"][len(PUBLIC_URL) :]
        report = {
            "MessageSid": sent["sid"],
            "MessageStatus": "delivered",
            "AccountSid": "AC1",
            "To": CALLER,
            "From": TWILIO_NUMBER,
            "ApiVersion": "2010-04-01",
        }
        response = await post_signed(client, path_and_query, report, signed_url=sent["StatusCallback"])
        assert response.status_code == 204
        assert await rows(
            database, "SELECT delivery_status, delivery_error FROM messages WHERE direction = 'out'"
        ) == [{"delivery_status": "delivered", "delivery_error": None}]
        # a late "sent" does not take a message back from "delivered"
        late = {**report, "MessageStatus": "sent"}
        assert (await post_signed(client, STATUS, late)).status_code == 204
        assert await rows(database, "SELECT delivery_status FROM messages WHERE direction = 'out'") == [
            {"delivery_status": "delivered"}
        ]
        # without the key, found by the provider's id; an error code becomes the reason
        report = {**report, "MessageStatus": "undelivered", "ErrorCode": "30003"}
        response = await post_signed(client, STATUS, report)
        assert response.status_code == 204
        assert await rows(
            database, "SELECT delivery_status, delivery_error FROM messages WHERE direction = 'out'"
        ) == [{"delivery_status": "undelivered", "delivery_error": "provider_error_30003"}]
        kinds = await rows(database, "SELECT kind FROM events WHERE kind = 'message.updated'")
        assert len(kinds) >= 2

    async def test_forged_status_callback_is_refused(
        self, client: httpx.AsyncClient, database: Database, app: FastAPI, fake_twilio: FakeTwilio
    ) -> None:
        sent = await self._sent(client, app, fake_twilio)
        report = {"MessageSid": sent["sid"], "MessageStatus": "failed"}
        response = await post_signed(client, STATUS, report, signature="Zm9yZ2Vk")
        assert response.status_code == 403
        assert await rows(database, "SELECT delivery_status FROM messages WHERE direction = 'out'") == [
            {"delivery_status": "sent"}
        ]


class TestStorageOutage:
    async def test_database_down_answers_503_and_the_retry_is_stored(
        self, client: httpx.AsyncClient, app: FastAPI, database: Database
    ) -> None:
        context = app.state.context
        working = context.database
        # A database nobody listens on: every connection attempt is refused.
        context.database = Database.connect("postgresql://postgres@127.0.0.1:9/hotline", pool_size=1)
        try:
            response = await post_signed(client, SMS, twilio_sms_example())
            assert response.status_code == 503
        finally:
            await context.database.dispose()
            context.database = working
        assert await count(database, "messages") == 0
        # Twilio retries the same request: now it is stored, once.
        assert (await post_signed(client, SMS, twilio_sms_example())).status_code == 200
        assert await count(database, "messages WHERE direction = 'in'") == 1
