"""Warm transfer and the interpreter line: the partner's number from the directory dialled
into the call's conference through Twilio's REST API (the real client, the local fake), the
operator leaving after the introduction, and the referral hook."""

from __future__ import annotations

import httpx
import sqlalchemy as sa

import directory
from app.storage.db import Database
from tests.channels.db_queries import rows
from tests.channels.test_twilio_voice import CALL, conversation_id, into_queue
from tests.channels.test_twilio_voice_answer import answer, operator_picks_up
from tests.fakes.twilio_api import FakeTwilio


async def answered_call(client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio) -> str:
    async with database.transaction() as session:
        await directory.load_demo(session)
    await into_queue(client, digits="2")  # English
    assert (await answer(client, database)).status_code == 202
    leg = fake_twilio.calls[0]["sid"]
    await operator_picks_up(client, leg)
    fake_twilio.start_conference(f"hotline-{CALL}")
    return leg


async def service_with_a_line(database: Database) -> tuple[str, str]:
    found = await rows(
        database,
        "SELECT service_id, number FROM hsds_phone WHERE service_id IS NOT NULL "
        "AND contact_id IS NULL ORDER BY id LIMIT 1",
    )
    number = "+" + "".join(ch for ch in found[0]["number"] if ch.isdigit())
    return found[0]["service_id"], number


async def referrals(database: Database) -> list[dict[str, object]]:
    return await rows(
        database, "SELECT service_id, consent_method, consent_state, share FROM referrals ORDER BY created_at"
    )


class TestWarmTransfer:
    async def test_partner_added_then_operator_leaves(
        self,
        operator_client: httpx.AsyncClient,
        database: Database,
        fake_twilio: FakeTwilio,
    ) -> None:
        leg = await answered_call(operator_client, database, fake_twilio)
        service, number = await service_with_a_line(database)
        base = f"/api/conversations/{await conversation_id(database)}/call"
        assert (await operator_client.post(base + "/leave", json={})).status_code == 409  # nobody to leave to
        unasked = await operator_client.post(base + "/transfer", json={"service_id": service})
        assert unasked.status_code == 422 and fake_twilio.participants == []  # no yes, nobody dialled
        assert await referrals(database) == []
        response = await operator_client.post(
            base + "/transfer", json={"service_id": service, "caller_agreed": True}
        )
        assert response.status_code == 200, response.text
        [added] = fake_twilio.participants
        assert added["To"] == number and added["EndConferenceOnExit"] == "true"
        assert added["ConferenceSid"] == fake_twilio.conferences[f"hotline-{CALL}"]
        assert "Record" not in added and "ConferenceRecord" not in added
        assert await referrals(database) == [
            {
                "service_id": service,
                "consent_method": "verbal",
                "consent_state": "given",
                "share": ["language"],
            }
        ]

        response = await operator_client.post(base + "/leave", json={})
        assert response.status_code == 200, response.text
        assert fake_twilio.participant_updates == [
            {"EndConferenceOnExit": "false", "CallSid": leg, "ConferenceSid": added["ConferenceSid"]}
        ]
        assert {"Status": "completed", "CallSid": leg} in fake_twilio.call_updates
        steps = [item["step"] for item in response.json()[0]["timeline"]]
        assert steps[-2:] == ["transferred", "operator_left"]
        audited = await rows(
            database, "SELECT action, detail FROM audit_log WHERE action LIKE 'call.%' ORDER BY id"
        )
        assert [row["action"] for row in audited] == [
            "call.answer_by_phone",
            "call.transferred",
            "call.operator_left",
        ]
        assert audited[1]["detail"] == {"service": service}
        assert response.json()[0]["timeline"][-2]["detail"] == {"service": service}

    async def test_interpreter_line_for_the_callers_language(
        self,
        operator_client: httpx.AsyncClient,
        database: Database,
        fake_twilio: FakeTwilio,
    ) -> None:
        await answered_call(operator_client, database, fake_twilio)
        service, number = await service_with_a_line(database)
        base = f"/api/conversations/{await conversation_id(database)}/call"
        interpreter = {"service_id": service, "interpreter": True}
        refused = await operator_client.post(base + "/transfer", json=interpreter)
        assert refused.status_code == 409 and fake_twilio.participants == []
        async with database.engine.begin() as connection:
            await connection.execute(
                sa.text(
                    "UPDATE hsds_service SET needs = array_append(needs, 'interpretation'), "
                    "language_codes = array_append(language_codes, 'en') WHERE id = :id"
                ),
                {"id": service},
            )
        response = await operator_client.post(base + "/transfer", json=interpreter)
        assert response.status_code == 200, response.text
        assert fake_twilio.participants[0]["To"] == number
        assert response.json()[0]["timeline"][-1]["step"] == "interpreter"
        assert await referrals(database) == []  # an interpreter is not a referral

    async def test_transfer_needs_an_answered_call(
        self, operator_client: httpx.AsyncClient, database: Database, fake_twilio: FakeTwilio
    ) -> None:
        async with database.transaction() as session:
            await directory.load_demo(session)
        await into_queue(operator_client)
        conversation = await conversation_id(database)
        service, _ = await service_with_a_line(database)
        response = await operator_client.post(
            f"/api/conversations/{conversation}/call/transfer",
            json={"service_id": service, "caller_agreed": True},
        )
        assert response.status_code == 409 and fake_twilio.participants == []
        assert await referrals(database) == []  # undone with the refused transfer
