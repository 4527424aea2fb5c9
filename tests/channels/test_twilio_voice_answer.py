"""Answering a call from the console on the operator's own phone: the server rings it through
Twilio's REST API (the real client, the local fake), bridges the caller from the queue into
the call's conference when it picks up, and records who answered; across two app instances."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from app.main import create_app
from app.settings import Settings
from app.storage.db import Database
from channels.twilio.voice import paths
from tests.channels.conftest import PUBLIC_URL, TWILIO_NUMBER, channel_env
from tests.channels.db_queries import rows
from tests.channels.test_twilio_voice import (
    CALL,
    OPERATOR_PHONE,
    call_row,
    conversation_id,
    into_queue,
    step,
)
from tests.channels.voice_twiml import parse, says
from tests.client_urls import base_url_of
from tests.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.twilio_api import FakeTwilio
from tests.live_server import LiveServer


async def answer(
    client: httpx.AsyncClient, database: Database, phone: str = OPERATOR_PHONE
) -> httpx.Response:
    conversation = await conversation_id(database)
    return await client.post(f"/api/conversations/{conversation}/call/answer", json={"phone": phone})


async def operator_picks_up(client: httpx.AsyncClient, leg: str) -> httpx.Response:
    return await step(
        client, paths.OPERATOR + f"?call={CALL}", leg, CallStatus="in-progress", Direction="outbound-api"
    )


class TestAnswerByPhone:
    async def test_ring_bridge_and_record_who_answered(
        self, operator_client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        client = operator_client
        await into_queue(client)
        response = await answer(client, database)
        assert response.status_code == 202, response.text
        assert response.json()[0]["status"] == "ringing_operator"
        [placed] = fake_twilio.calls
        assert placed["To"] == OPERATOR_PHONE and placed["From"] == TWILIO_NUMBER
        assert placed["Url"] == f"{PUBLIC_URL}{paths.OPERATOR}?call={CALL}"
        assert placed["StatusCallback"] == f"{PUBLIC_URL}{paths.OPERATOR_STATUS}?call={CALL}"
        # nobody else can answer it meanwhile
        assert (await answer(client, database)).status_code == 409

        root = parse((await operator_picks_up(client, placed["sid"])).text)
        conference = root.find("Dial/Conference")
        assert conference is not None and conference.text == f"hotline-{CALL}"
        assert says(root)[0][1].startswith("Appel de la ligne d'assistance")
        assert fake_twilio.call_updates == [
            {"Url": f"{PUBLIC_URL}{paths.JOIN}?call={CALL}", "Method": "POST", "CallSid": CALL}
        ]
        joined = parse((await step(client, paths.JOIN + f"?call={CALL}")).text)
        assert joined.find("Dial/Conference").text == f"hotline-{CALL}"  # type: ignore[union-attr]

        call = await call_row(database)
        assert call["status"] == "answered" and call["operator_leg"] == placed["sid"]
        conversation = (await client.get(f"/api/conversations/{await conversation_id(database)}")).json()
        assert conversation["status"] == "active" and conversation["assigned_operator"] == OPERATOR_EMAIL

        await step(client, paths.STATUS, CallStatus="completed", CallDuration="120")
        calls = (await client.get(f"/api/conversations/{await conversation_id(database)}/calls")).json()
        assert [(item["step"], item["operator"]) for item in calls[0]["timeline"]] == [
            ("ringing", None),
            ("language", None),
            ("waiting", None),
            ("ringing_operator", OPERATOR_EMAIL),
            ("answered", OPERATOR_EMAIL),
            ("ended", None),
        ]
        assert calls[0]["status"] == "ended" and calls[0]["operator"] == OPERATOR_EMAIL
        assert calls[0]["timeline"][-1]["detail"] == {"outcome": "completed"}
        assert OPERATOR_PHONE.lstrip("+") not in str(await rows(database, "SELECT * FROM calls"))

    async def test_a_new_call_on_a_conversation_someone_owns_keeps_its_owner(
        self, operator_client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        client = operator_client
        await into_queue(client)
        await answer(client, database)
        await operator_picks_up(client, fake_twilio.calls[0]["sid"])
        await step(client, paths.STATUS, CallStatus="completed")
        again = "CA" + "2" * 32
        await step(client, paths.VOICE, again)  # the same caller phones again
        found = await rows(
            database,
            "SELECT c.status, u.email FROM conversations c JOIN users u ON u.id = c.assigned_operator_id",
        )
        assert found == [{"status": "active", "email": OPERATOR_EMAIL}]
        assert (await call_row(database, again))["status"] == "menu"

    async def test_operator_phone_not_answering_puts_the_call_back_in_the_queue(
        self, operator_client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        await into_queue(operator_client)
        assert (await answer(operator_client, database)).status_code == 202
        leg = fake_twilio.calls[0]["sid"]
        response = await step(
            operator_client, paths.OPERATOR_STATUS + f"?call={CALL}", leg, CallStatus="no-answer"
        )
        assert response.status_code == 204
        call = await call_row(database)
        assert call["status"] == "waiting" and call["operator_id"] is None
        # a late pick-up of that leg does not take the caller
        late = parse((await operator_picks_up(operator_client, leg)).text)
        assert late.find("Hangup") is not None and fake_twilio.call_updates == []
        assert (await answer(operator_client, database)).status_code == 202

    async def test_caller_gone_before_the_operator_picks_up(
        self, operator_client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        await into_queue(operator_client)
        await answer(operator_client, database)
        await step(operator_client, paths.QUEUE_ENDED + "?lang=es", QueueResult="hangup")
        root = parse((await operator_picks_up(operator_client, fake_twilio.calls[0]["sid"])).text)
        assert root.find("Hangup") is not None and root.find("Dial") is None
        assert (await call_row(database))["status"] == "abandoned"

    async def test_refusals(
        self, operator_client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        await step(operator_client, paths.VOICE)
        assert (await answer(operator_client, database, phone="5145550000")).status_code == 422
        assert (await answer(operator_client, database)).status_code == 409  # still in the menu
        await step(operator_client, paths.LANGUAGE, Digits="1")
        await step(operator_client, paths.QUEUE + "?lang=fr")
        fake_twilio.reject_next(1)
        response = await answer(operator_client, database)
        assert response.status_code == 502 and OPERATOR_PHONE not in response.text
        assert (await call_row(database))["status"] == "waiting"
        anonymous = httpx.AsyncClient(transport=operator_client._transport, base_url=operator_client.base_url)
        assert (await answer(anonymous, database)).status_code == 401


@pytest.fixture
async def second_app(settings: Settings, database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """Another app instance on the same database: the operator's console is served by it."""
    other = create_app(settings, database_url=database_url)
    async with other.router.lifespan_context(other):
        transport = httpx.ASGITransport(app=other)
        async with httpx.AsyncClient(transport=transport, base_url=base_url_of(settings)) as client:
            yield client


class TestTwoInstances:
    async def test_call_arrives_on_one_operator_answers_on_the_other(
        self,
        client: httpx.AsyncClient,
        second_app: httpx.AsyncClient,
        operator: str,
        database: Database,
        fake_twilio: FakeTwilio,
    ) -> None:
        await into_queue(client)
        credentials = {"email": operator, "password": OPERATOR_PASSWORD}
        login = await second_app.post("/api/auth/login", json=credentials)
        assert login.status_code == 200
        queue = (await second_app.get("/api/conversations")).json()
        assert [item["channel"] for item in queue] == ["voice"]
        assert (await answer(second_app, database)).status_code == 202
        await operator_picks_up(client, fake_twilio.calls[0]["sid"])
        assert (await call_row(database))["status"] == "answered"
        assert len(fake_twilio.call_updates) == 1


class TestCallNotes:
    NOTE = (
        "Elle dit que son patron va la tuer ce soir. Son numéro est 514-555-0199. "
        "Elle n'a nulle part où dormir."
    )

    async def test_note_goes_through_triage_like_an_inbound_text(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await into_queue(operator_client, digits="1")
        conversation = await conversation_id(database)
        response = await operator_client.post(
            f"/api/conversations/{conversation}/call/notes", json={"text": self.NOTE}
        )
        assert response.status_code == 201, response.text
        note = response.json()
        assert note["direction"] == "note" and "[PHONE]" in note["text"]
        assert note["triage"]["urgency"] == "emergency"
        assert {"shelter", "emergency_safety"} <= set(note["triage"]["needs"])
        described = (await operator_client.get(f"/api/conversations/{conversation}")).json()
        assert described["urgency"] == "emergency"
        stored = await rows(database, "SELECT body_redacted, sealed_original, author_id FROM messages")
        assert "514-555-0199" not in stored[0]["body_redacted"]
        assert stored[0]["sealed_original"] and stored[0]["author_id"] is not None
        assert "514-555-0199" not in str(await rows(database, "SELECT payload FROM events"))

    async def test_a_calm_note_does_not_lower_the_urgency(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await step(operator_client, paths.VOICE)
        await step(operator_client, paths.LANGUAGE, Digits="9")
        conversation = await conversation_id(database)
        await operator_client.post(
            f"/api/conversations/{conversation}/call/notes",
            json={"text": "Elle veut des informations sur ses droits."},
        )
        described = (await operator_client.get(f"/api/conversations/{conversation}")).json()
        assert described["urgency"] == "emergency"


class TestTwoProcesses:
    async def test_call_on_a_hotline_process_answered_from_this_one(
        self,
        operator_client: httpx.AsyncClient,
        database: Database,
        database_url: str,
        fake_twilio: FakeTwilio,
        fake_telegram: FakeTelegram,
        tmp_path: Path,
    ) -> None:
        env = {
            **channel_env(fake_twilio, fake_telegram),
            "HOTLINE_PUBLIC_URL": PUBLIC_URL,
            "HOTLINE_OUTBOX_WORKER": "false",
            "HOTLINE_RETENTION_WORKER": "false",
        }
        server = LiveServer(database_url, tmp_path / "voice-server.log", **env)
        try:
            server.start(timeout=90)
            async with httpx.AsyncClient(base_url=server.base_url) as other:
                await into_queue(other)
                assert (await answer(operator_client, database)).status_code == 202
                root = parse((await operator_picks_up(other, fake_twilio.calls[0]["sid"])).text)
                assert root.find("Dial/Conference") is not None
        finally:
            server.stop()
        assert (await call_row(database))["status"] == "answered"
        assert [update["CallSid"] for update in fake_twilio.call_updates] == [CALL]
