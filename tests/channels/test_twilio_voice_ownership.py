"""Answering a call is taking the conversation (app/conversations/ownership.py, the rules of
taking a chat): 409 when another operator owns it or the operator is at their limit, checked
before the phone rings or the browser phone gets its token, again when the operator's leg
answers; an audit entry for each answer."""

from __future__ import annotations

import httpx
import pytest

from app.storage.db import Database
from channels.twilio.voice import paths
from tests.channels.db_queries import rows
from tests.channels.test_twilio_voice import CALL, OPERATOR_PHONE, call_row, conversation_id, into_queue, step
from tests.channels.test_twilio_voice_browser import (
    API_KEY,
    API_SECRET,
    TWIML_APP,
    browser_answers,
    operator_id,
)
from tests.channels.voice_twiml import parse
from tests.fakes.twilio_api import FakeTwilio
from tests.staff_fixtures import Staff


@pytest.fixture(autouse=True)
def _browser_phone_and_a_limit_of_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTLINE_TWILIO_API_KEY_SID", API_KEY)
    monkeypatch.setenv("HOTLINE_TWILIO_API_KEY_SECRET", API_SECRET)
    monkeypatch.setenv("HOTLINE_TWILIO_TWIML_APP_SID", TWIML_APP)
    monkeypatch.setenv("HOTLINE_OPERATOR_MAX_CONVERSATIONS", "1")


async def answer_by_phone(client: httpx.AsyncClient, database: Database) -> httpx.Response:
    conversation = await conversation_id(database)
    return await client.post(f"/api/conversations/{conversation}/call/answer", json={"phone": OPERATOR_PHONE})


async def token_for(client: httpx.AsyncClient, database: Database) -> httpx.Response:
    return await client.post(
        "/api/calls/browser-token", json={"conversation_id": str(await conversation_id(database))}
    )


async def audited(database: Database) -> list[str]:
    found = await rows(database, "SELECT action FROM audit_log WHERE action LIKE 'call.%' ORDER BY id")
    return [row["action"] for row in found]


class TestAnswerTakesTheConversation:
    async def test_someone_elses_conversation_cannot_be_answered(
        self,
        operator_client: httpx.AsyncClient,
        database: Database,
        fake_twilio: FakeTwilio,
        staff: Staff,
        other_operator: str,
    ) -> None:
        await into_queue(operator_client)
        async with staff(other_operator) as other:
            taken = await other.post(f"/api/conversations/{await conversation_id(database)}/take", json={})
            assert taken.status_code == 200, taken.text
        refused = await answer_by_phone(operator_client, database)
        assert refused.status_code == 409 and "owned by another operator" in refused.text
        assert (await token_for(operator_client, database)).status_code == 409
        assert fake_twilio.calls == [] and (await call_row(database))["status"] == "waiting"
        # the browser phone's webhook refuses it too (a token got earlier, or a race)
        me, leg = await operator_id(database), "CA" + "4" * 32
        root = parse((await browser_answers(operator_client, database, leg, me)).text)
        assert root.find("Dial") is None and root.find("Hangup") is not None
        assert (await call_row(database))["status"] == "waiting" and fake_twilio.call_updates == []

    async def test_the_operator_limit_counts_a_call_like_a_chat(
        self,
        operator_client: httpx.AsyncClient,
        database: Database,
        fake_twilio: FakeTwilio,
    ) -> None:
        await into_queue(operator_client, "CA" + "7" * 32)  # a first caller, taken: the limit is 1
        first = await conversation_id(database)
        assert (await operator_client.post(f"/api/conversations/{first}/take", json={})).status_code == 200
        await step(operator_client, paths.VOICE, CALL, From="+15558675399")
        await step(operator_client, paths.LANGUAGE, CALL, From="+15558675399", Digits="2")
        await step(operator_client, paths.QUEUE + "?lang=en", CALL, From="+15558675399", Digits="")
        refused = await answer_by_phone(operator_client, database)
        assert refused.status_code == 409 and "limit" in refused.text
        assert (await token_for(operator_client, database)).status_code == 409
        assert fake_twilio.calls == []

    async def test_a_conversation_taken_while_the_phone_rang_is_not_bridged(
        self,
        operator_client: httpx.AsyncClient,
        database: Database,
        fake_twilio: FakeTwilio,
        staff: Staff,
        other_operator: str,
    ) -> None:
        await into_queue(operator_client)
        assert (await answer_by_phone(operator_client, database)).status_code == 202
        async with staff(other_operator) as other:
            # the call is ringing an operator: the chat-side take is still possible
            taken = await other.post(f"/api/conversations/{await conversation_id(database)}/take", json={})
            assert taken.status_code == 200
        leg = fake_twilio.calls[0]["sid"]
        before = await rows(database, "SELECT kind FROM events ORDER BY id")
        root = parse(
            (
                await step(
                    operator_client,
                    paths.OPERATOR + f"?call={CALL}",
                    leg,
                    CallStatus="in-progress",
                    Direction="outbound-api",
                )
            ).text
        )
        assert root.find("Dial") is None and fake_twilio.call_updates == []
        assert (await call_row(database))["status"] == "waiting"
        missed = await rows(database, "SELECT step, detail FROM call_events ORDER BY id DESC LIMIT 1")
        assert missed == [{"step": "operator_missed", "detail": {"reason": "refused"}}]
        after = await rows(database, "SELECT kind FROM events ORDER BY id")
        assert [row["kind"] for row in after[len(before) :]] == ["conversation.updated"]  # told live

    async def test_answering_in_the_browser_takes_it_and_is_audited(
        self,
        operator_client: httpx.AsyncClient,
        database: Database,
        fake_twilio: FakeTwilio,
    ) -> None:
        await into_queue(operator_client)
        assert (await token_for(operator_client, database)).status_code == 200
        assert await audited(database) == []  # a token alone answers nothing
        me = await operator_id(database)
        root = parse((await browser_answers(operator_client, database, "CA" + "4" * 32, me)).text)
        assert root.find("Dial/Conference") is not None
        owner = await rows(database, "SELECT status, assigned_operator_id FROM conversations")
        assert owner == [{"status": "active", "assigned_operator_id": me}]
        assert await audited(database) == ["call.answer_in_browser"]
        # The room and the transfer lists learn the operator's new load.
        loads = await rows(database, "SELECT payload FROM events WHERE kind = 'staff.updated' ORDER BY id")
        assert loads and loads[-1]["payload"]["staff"]["open_conversations"] == 1
