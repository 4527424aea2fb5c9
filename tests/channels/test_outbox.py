"""The outbox: replies committed first, then sent once, with retries, or visibly failed."""

from __future__ import annotations

import asyncio
import random
import uuid

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from app.delivery.outbox_worker import OutboxWorker, RetryPolicy
from app.settings import Settings
from app.storage.db import Database
from tests.channels.conftest import CALLER, drain_until, post_signed, twilio_sms_example
from tests.channels.db_queries import count, rows
from tests.fakes.twilio_api import FakeTwilio

SMS = "/channels/twilio/sms"


async def sms_conversation(
    client: httpx.AsyncClient,
    app: FastAPI,
    fake_twilio: FakeTwilio,
    *,
    sid: str = "SM" + "a" * 32,
    caller: str = CALLER,
) -> str:
    """A caller's first SMS, its safety message delivered; the conversation id."""
    before = len(fake_twilio.sent)
    response = await post_signed(
        client, SMS, twilio_sms_example(MessageSid=sid, From=caller, Body="I need help please")
    )
    assert response.status_code == 200
    await drain_until(app, lambda: len(fake_twilio.sent) == before + 1)
    listed = (await client.get("/api/conversations")).json()
    return str(next(c["id"] for c in listed if c["channel"] == "sms" and c["id"]))


async def reply(client: httpx.AsyncClient, conversation_id: str, text: str) -> httpx.Response:
    return await client.post(f"/api/conversations/{conversation_id}/messages", json={"text": text})


async def mark(client: httpx.AsyncClient, conversation_id: str, safe: bool) -> httpx.Response:
    return await client.patch(f"/api/conversations/{conversation_id}", json={"safe_to_reply": safe})


class TestSafeToReply:
    async def test_reply_needs_a_recorded_decision_then_is_sent_once(
        self, operator_client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio, database: Database
    ) -> None:
        conversation_id = await sms_conversation(operator_client, app, fake_twilio)
        described = (await operator_client.get(f"/api/conversations/{conversation_id}")).json()
        assert described["safe_to_reply"] is None
        refused = await reply(operator_client, conversation_id, "Are you safe to talk?")
        assert refused.status_code == 409
        assert "safe" in refused.json()["error"]

        marked = await mark(operator_client, conversation_id, True)
        assert marked.status_code == 200 and marked.json()["safe_to_reply"] is True
        sent = await reply(operator_client, conversation_id, "Are you safe to talk?")
        assert sent.status_code == 201
        assert sent.json()["delivery"] == "queued"
        assert len(fake_twilio.sent) == 1  # committed, not sent by the request
        await drain_until(app, lambda: len(fake_twilio.sent) == 2)
        await worker_drain(app)
        bodies = [s["Body"] for s in fake_twilio.sent]
        assert bodies.count("Are you safe to talk?") == 1
        key = (
            await rows(
                database, "SELECT idempotency_key FROM outbox WHERE message_id = :id", id=sent.json()["id"]
            )
        )[0]["idempotency_key"]
        assert fake_twilio.sent[-1]["idempotency_key"] == str(key)
        messages = (await operator_client.get(f"/api/conversations/{conversation_id}/messages")).json()
        assert messages[-1]["delivery"] == "sent"

    async def test_unsafe_contact_gets_nothing(
        self, operator_client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio, database: Database
    ) -> None:
        conversation_id = await sms_conversation(operator_client, app, fake_twilio)
        assert (await mark(operator_client, conversation_id, True)).status_code == 200
        queued = await reply(operator_client, conversation_id, "We can call you tomorrow")
        assert queued.status_code == 201
        # the operator learns the phone is shared before the worker ran
        assert (await mark(operator_client, conversation_id, False)).status_code == 200
        refused = await reply(operator_client, conversation_id, "Another message")
        assert refused.status_code == 409 and "unsafe" in refused.json()["error"]
        await worker_drain(app)
        assert [s["Body"] for s in fake_twilio.sent if "tomorrow" in s["Body"]] == []
        state = await rows(
            database, "SELECT status, last_error FROM outbox WHERE message_id = :id", id=queued.json()["id"]
        )
        assert state == [{"status": "cancelled", "last_error": "contact_unsafe"}]
        # a later message from the caller brings no automatic message either
        await post_signed(operator_client, SMS, twilio_sms_example(MessageSid="SM" + "b" * 32, Body="hi"))
        await worker_drain(app)
        assert len(fake_twilio.sent) == 1  # only the first safety message, before the decision

    async def test_patch_validates_its_body(
        self, operator_client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio
    ) -> None:
        conversation_id = await sms_conversation(operator_client, app, fake_twilio)
        for body in ({"safe_to_reply": "yes"}, {}, {"safe_to_reply": True, "other": 1}):
            response = await operator_client.patch(f"/api/conversations/{conversation_id}", json=body)
            assert response.status_code == 422, body
        missing = await operator_client.patch(
            f"/api/conversations/{uuid.uuid4()}", json={"safe_to_reply": True}
        )
        assert missing.status_code == 404


async def worker_drain(app: FastAPI) -> int:
    drained: int = await app.state.outbox_worker.drain()
    return drained


class TestRetries:
    async def test_provider_outage_is_retried_and_delivered_once(
        self, operator_client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio, database: Database
    ) -> None:
        conversation_id = await sms_conversation(operator_client, app, fake_twilio)
        await mark(operator_client, conversation_id, True)
        fake_twilio.fail_next(2, status=500)
        fake_twilio.fail_next(1, status=429)
        sent = await reply(operator_client, conversation_id, "Help is on the way")
        await drain_until(app, lambda: any(s["Body"] == "Help is on the way" for s in fake_twilio.sent))
        await asyncio.sleep(0.1)
        await worker_drain(app)
        assert [s["Body"] for s in fake_twilio.sent].count("Help is on the way") == 1
        assert len(fake_twilio.refused) == 3
        keys = {r["idempotency_key"] for r in fake_twilio.refused}
        assert keys == {fake_twilio.sent[-1]["idempotency_key"]}  # one key for every attempt
        state = await rows(
            database, "SELECT status, attempts FROM outbox WHERE message_id = :id", id=sent.json()["id"]
        )
        assert state == [{"status": "sent", "attempts": 4}]

    async def test_given_up_after_max_attempts_shown_failed_then_retried(
        self, operator_client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio
    ) -> None:
        conversation_id = await sms_conversation(operator_client, app, fake_twilio)
        await mark(operator_client, conversation_id, True)
        fake_twilio.fail_next(4, status=503)
        sent = await reply(operator_client, conversation_id, "Call us back")
        message_id = sent.json()["id"]

        async def delivery() -> dict[str, object]:
            listed = (await operator_client.get(f"/api/conversations/{conversation_id}/messages")).json()
            return next(m for m in listed if m["id"] == message_id)

        for _ in range(200):
            await worker_drain(app)
            if (await delivery())["delivery"] == "failed":
                break
            await asyncio.sleep(0.02)
        failed = await delivery()
        assert failed["delivery"] == "failed"
        assert failed["delivery_error"] == "twilio_http_503_20500_after_4_attempts"
        assert CALLER not in str(failed)
        assert len(fake_twilio.refused) == 4

        retried = await operator_client.post(f"/api/messages/{message_id}/retry", json={})
        assert retried.status_code == 200 and retried.json()["delivery"] == "queued"
        again = await operator_client.post(f"/api/messages/{message_id}/retry", json={})
        assert again.status_code == 409
        await drain_until(app, lambda: any(s["Body"] == "Call us back" for s in fake_twilio.sent))
        assert (await delivery())["delivery"] == "sent"

    async def test_rejected_number_fails_at_once(
        self, operator_client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio, database: Database
    ) -> None:
        conversation_id = await sms_conversation(operator_client, app, fake_twilio)
        await mark(operator_client, conversation_id, True)
        fake_twilio.reject_next(1)
        sent = await reply(operator_client, conversation_id, "Hello")
        await worker_drain(app)
        state = await rows(
            database,
            "SELECT status, attempts, last_error FROM outbox WHERE message_id = :id",
            id=sent.json()["id"],
        )
        assert state == [{"status": "failed", "attempts": 1, "last_error": "twilio_rejected_400_21211"}]

    async def test_hanging_provider_is_failed_as_unknown_not_resent_blindly(
        self, operator_client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio, database: Database
    ) -> None:
        conversation_id = await sms_conversation(operator_client, app, fake_twilio)
        await mark(operator_client, conversation_id, True)
        fake_twilio.hang_next(1, seconds=5)
        sent = await reply(operator_client, conversation_id, "Are you there?")
        await worker_drain(app)  # the 1 s send timeout of the test settings
        state = await rows(
            database, "SELECT status, last_error FROM outbox WHERE message_id = :id", id=sent.json()["id"]
        )
        assert state == [{"status": "failed", "last_error": "provider_timeout_delivery_unknown"}]
        assert len(fake_twilio.unanswered) == 1
        await operator_client.post(f"/api/messages/{sent.json()['id']}/retry", json={})
        await drain_until(app, lambda: any(s["Body"] == "Are you there?" for s in fake_twilio.sent))

    def test_backoff_is_exponential_with_full_jitter(self) -> None:
        policy = RetryPolicy(base_seconds=2.0, max_seconds=60.0)
        rng = random.Random(7)
        for attempt, ceiling in ((1, 2.0), (2, 4.0), (3, 8.0), (5, 32.0), (9, 60.0)):
            delays = [policy.backoff(attempt, rng) for _ in range(200)]
            assert all(0 <= d <= ceiling for d in delays)
            assert max(delays) > ceiling * 0.8  # spread over the whole range: jitter
            assert len(set(delays)) > 150


class TestConcurrentWorkers:
    async def test_two_workers_drain_one_outbox_without_double_sends(
        self,
        operator_client: httpx.AsyncClient,
        app: FastAPI,
        fake_twilio: FakeTwilio,
        database_url: str,
        settings: Settings,
        database: Database,
    ) -> None:
        conversation_id = await sms_conversation(operator_client, app, fake_twilio)
        await mark(operator_client, conversation_id, True)
        texts = [f"reply number {n}" for n in range(40)]
        for text in texts:
            assert (await reply(operator_client, conversation_id, text)).status_code == 201
        context = app.state.context
        workers = []
        databases = [Database.connect(database_url, pool_size=2) for _ in range(2)]
        for db in databases:
            workers.append(
                OutboxWorker(
                    database=db,
                    keys=context.keys,
                    channels=app.state.outbox_worker._channels,
                    policy=RetryPolicy(batch=3, send_timeout_seconds=2),
                    poll_seconds=0.05,
                )
            )
        try:
            handled = await asyncio.gather(*(w.drain() for w in workers))
        finally:
            for db in databases:
                await db.dispose()
        assert sum(handled) == 40
        assert all(n > 0 for n in handled), handled  # both took part
        bodies = [s["Body"] for s in fake_twilio.sent if s["Body"].startswith("reply number")]
        assert sorted(bodies) == sorted(texts)
        keys = [s["idempotency_key"] for s in fake_twilio.sent]
        assert len(keys) == len(set(keys))
        assert await count(database, "outbox WHERE status <> 'sent'") == 0


class TestInterruptedSend:
    async def test_a_send_whose_worker_died_is_failed_as_unknown_not_resent(
        self, operator_client: httpx.AsyncClient, app: FastAPI, fake_twilio: FakeTwilio, database: Database
    ) -> None:
        conversation_id = await sms_conversation(operator_client, app, fake_twilio)
        await mark(operator_client, conversation_id, True)
        sent = await reply(operator_client, conversation_id, "Did this arrive?")
        # A worker claimed it (status sending, lease) and died before recording the outcome.
        async with database.engine.begin() as connection:
            await connection.execute(
                sa.text(
                    "UPDATE outbox SET status = 'sending', attempts = 1, "
                    "lease_until = now() - interval '1 second' WHERE message_id = :id"
                ),
                {"id": sent.json()["id"]},
            )
        await worker_drain(app)
        state = await rows(
            database, "SELECT status, last_error FROM outbox WHERE message_id = :id", id=sent.json()["id"]
        )
        assert state == [{"status": "failed", "last_error": "interrupted_delivery_unknown"}]
        assert not any(s["Body"] == "Did this arrive?" for s in fake_twilio.sent)
        events = await rows(database, "SELECT payload FROM events WHERE kind = 'message.updated'")
        assert events[-1]["payload"]["message"]["delivery"] == "failed"
