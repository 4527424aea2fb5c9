"""The voice line end to end: Twilio's webhooks signed with its own RequestValidator, the
answers parsed as TwiML, the REST calls (ring an operator, redirect the caller) against the
local fake Twilio API through the real `twilio` client, and the console's API."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from app.storage.db import Database
from channels.twilio.voice import paths
from tests.channels.conftest import CALLER, PUBLIC_URL, TWILIO_NUMBER, post_signed
from tests.channels.db_queries import count, everything_stored, rows
from tests.channels.voice_twiml import parse, says
from tests.fakes.twilio_api import ACCOUNT_SID

CALL = "CA" + "1" * 32
OPERATOR_PHONE = "+15145550000"


def call_params(call_sid: str = CALL, **overrides: str) -> dict[str, str]:
    """Twilio's documented parameters of an incoming call's webhook."""
    params = {
        "AccountSid": ACCOUNT_SID,
        "ApiVersion": "2010-04-01",
        "CallSid": call_sid,
        "CallStatus": "ringing",
        "Called": TWILIO_NUMBER,
        "Caller": CALLER,
        "Direction": "inbound",
        "From": CALLER,
        "To": TWILIO_NUMBER,
        "FromCountry": "US",
        "ToCountry": "US",
    }
    params.update(overrides)
    return params


async def step(client: httpx.AsyncClient, path: str, call_sid: str = CALL, **fields: str) -> httpx.Response:
    response = await post_signed(client, path, call_params(call_sid, **fields))
    assert response.status_code in (200, 204), (path, response.status_code, response.text)
    if response.status_code == 200:
        parse(response.text)  # every answer is TwiML without a recording
    return response


async def into_queue(client: httpx.AsyncClient, call_sid: str = CALL, *, digits: str = "3") -> None:
    await step(client, paths.VOICE, call_sid)
    await step(client, paths.LANGUAGE, call_sid, Digits=digits)
    await step(client, paths.QUEUE + "?lang=es", call_sid, Digits="")


async def conversation_id(database: Database) -> uuid.UUID:
    found = await rows(database, "SELECT id FROM conversations ORDER BY created_at DESC LIMIT 1")
    return uuid.UUID(str(found[0]["id"]))


async def call_row(database: Database, call_sid: str = CALL) -> dict[str, Any]:
    found = await rows(database, "SELECT * FROM calls WHERE call_sid = :sid", sid=call_sid)
    return found[0]


class TestSignature:
    @pytest.mark.parametrize("path", paths.ALL)
    async def test_forged_request_is_refused_before_anything_is_stored(
        self, client: httpx.AsyncClient, database: Database, path: str
    ) -> None:
        response = await post_signed(
            client, path + f"?call={CALL}", call_params(), signature="bm90IGEgc2lnbmF0dXJl"
        )
        assert response.status_code == 403
        for table in ("contacts", "conversations", "calls", "call_events", "vault_entries", "events"):
            assert await count(database, table) == 0

    async def test_signature_covers_the_query(self, client: httpx.AsyncClient, database: Database) -> None:
        await step(client, paths.VOICE)
        response = await post_signed(
            client,
            paths.QUEUE + "?lang=es",
            call_params(Digits="9"),
            signed_url=PUBLIC_URL + paths.QUEUE + "?lang=en",
        )
        assert response.status_code == 403
        assert (await call_row(database))["danger"] is False


class TestIncomingCall:
    async def test_greeting_menu_and_a_conversation_in_the_queue(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        root = parse((await step(client, paths.VOICE)).text)
        greeting = says(root)[0]
        assert greeting[0] == "fr-CA" and "911" in greeting[1] and "pas enregistrés" in greeting[1]
        options = says(root.find("Gather"))  # type: ignore[arg-type]
        assert options[:3] == [
            ("fr-CA", "Pour le français, appuyez sur 1 ou dites français."),
            ("en-US", "For English, press 2 or say English."),
            ("es-US", "Para español, marque 3 o diga español."),
        ]
        assert options[3] == ("fr-CA", "Si vous êtes en danger en ce moment, appuyez sur 9.")
        assert await rows(database, "SELECT channel, status FROM conversations") == [
            {"channel": "voice", "status": "waiting"}
        ]
        assert (await call_row(database))["status"] == "menu"

    async def test_caller_number_is_pseudonymised_and_vaulted_like_sms(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await into_queue(client)
        assert await count(database, "vault_entries") == 1
        digits = CALLER.lstrip("+")
        for table in ("contacts", "conversations", "calls", "call_events", "events", "messages"):
            assert digits not in str(await rows(database, f"SELECT * FROM {table}")), table
        assert digits not in await everything_stored(database)

    async def test_a_returning_caller_is_the_same_contact(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await into_queue(client)
        await step(client, paths.STATUS, CallStatus="completed")
        second = "CA" + "2" * 32
        await into_queue(client, second)
        assert await count(database, "contacts") == 1
        contacts = await rows(database, "SELECT DISTINCT contact_id FROM conversations")
        assert len(contacts) == 1 and await count(database, "conversations") == 2

    async def test_a_withheld_number_is_a_new_contact_each_call(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await step(client, paths.VOICE, From="Anonymous")
        await step(client, paths.VOICE, "CA" + "3" * 32, From="Anonymous")
        assert await count(database, "contacts") == 2


class TestLanguageAndDanger:
    @pytest.mark.parametrize(
        ("fields", "language", "said"),
        [
            ({"Digits": "1"}, "fr", ("fr-CA", "Si vous êtes en danger en ce moment, appuyez sur 9.")),
            ({"Digits": "2"}, "en", ("en-US", "If you are in danger right now, press 9.")),
            ({"Digits": "3"}, "es", ("es-US", "Si está en peligro en este momento, marque 9.")),
            (
                {"SpeechResult": "English please", "Confidence": "0.9"},
                "en",
                ("en-US", "If you are in danger right now, press 9."),
            ),
            (
                {"SpeechResult": "español", "Confidence": "0.8"},
                "es",
                ("es-US", "Si está en peligro en este momento, marque 9."),
            ),
            ({}, "fr", ("fr-CA", "Si vous êtes en danger en ce moment, appuyez sur 9.")),
        ],
    )
    async def test_each_language_by_key_or_speech(
        self,
        client: httpx.AsyncClient,
        database: Database,
        fields: dict[str, str],
        language: str,
        said: tuple[str, str],
    ) -> None:
        await step(client, paths.VOICE)
        root = parse((await step(client, paths.LANGUAGE, **fields)).text)
        gather = root.find("Gather")
        assert gather is not None and gather.get("action") == f"{PUBLIC_URL}{paths.QUEUE}?lang={language}"
        assert says(gather) == [said]
        assert await rows(database, "SELECT language FROM conversations") == [{"language": language}]
        assert (await call_row(database))["language"] == language

    async def test_hold_messages_in_the_callers_language_with_the_place_in_line(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await step(client, paths.VOICE)
        await step(client, paths.LANGUAGE, Digits="3")
        root = parse((await step(client, paths.QUEUE + "?lang=es", Digits="")).text)
        assert says(root) == [
            (
                "es-US",
                "Gracias. Permanezca en la línea, alguien le atenderá pronto. Lo que diga es confidencial.",
            )
        ]
        enqueue = root.find("Enqueue")
        assert enqueue is not None and enqueue.get("waitUrl") == f"{PUBLIC_URL}{paths.WAIT}?lang=es"
        assert (await call_row(database))["status"] == "waiting"
        hold = parse((await step(client, paths.WAIT + "?lang=es", QueuePosition="2", QueueTime="30")).text)
        assert says(hold)[0] == ("es-US", "Usted es el número 2 en la fila.")

    @pytest.mark.parametrize(
        ("path", "fields"),
        [
            (paths.LANGUAGE, {"Digits": "9"}),
            (paths.LANGUAGE, {"SpeechResult": "danger"}),
            (paths.QUEUE + "?lang=en", {"Digits": "9"}),
        ],
    )
    async def test_danger_key_makes_the_conversation_an_emergency(
        self, client: httpx.AsyncClient, database: Database, path: str, fields: dict[str, str]
    ) -> None:
        await step(client, paths.VOICE)
        root = parse((await step(client, path, **fields)).text)
        assert root.find("Enqueue") is not None
        assert "911" in says(root)[0][1]
        assert await rows(database, "SELECT urgency FROM conversations") == [{"urgency": "emergency"}]
        call = await call_row(database)
        assert call["danger"] is True and call["status"] == "waiting"
        steps = [row["step"] for row in await rows(database, "SELECT step FROM call_events ORDER BY id")]
        assert steps == ["ringing", "danger", "waiting"]  # the danger key chose no language


class TestAbandon:
    async def test_hung_up_while_waiting_leaves_the_queue_as_abandoned(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await into_queue(operator_client)
        queue = (await operator_client.get("/api/conversations")).json()
        assert [item["channel"] for item in queue] == ["voice"]
        response = await step(operator_client, paths.QUEUE_ENDED + "?lang=es", QueueResult="hangup")
        assert parse(response.text).findall("*") == []
        await step(operator_client, paths.STATUS, CallStatus="completed")  # the callback repeats it
        assert (await operator_client.get("/api/conversations")).json() == []
        call = await call_row(database)
        assert call["status"] == "abandoned" and call["ended_at"] is not None
        steps = await rows(database, "SELECT step FROM call_events ORDER BY id")
        assert [row["step"] for row in steps] == ["ringing", "language", "waiting", "abandoned"]
        closed = await rows(database, "SELECT status, outcome, closed_at FROM conversations")
        assert [(row["status"], row["outcome"]) for row in closed] == [("closed", "abandoned")]
        assert closed[0]["closed_at"] == call["ended_at"]

    async def test_status_callback_alone_counts_an_unanswered_call_as_abandoned(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await step(client, paths.VOICE)
        assert (await step(client, paths.STATUS, CallStatus="completed")).status_code == 204
        assert (await call_row(database))["status"] == "abandoned"
        assert await rows(database, "SELECT status, outcome FROM conversations") == [
            {"status": "closed", "outcome": "abandoned"}
        ]

    async def test_late_callback_for_an_unknown_call_is_ignored(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        assert (await step(client, paths.STATUS, CallStatus="completed")).status_code == 204
        assert await count(database, "calls") == 0


class TestOverflow:
    async def test_nobody_answers_in_time_the_call_goes_to_an_open_partner_line(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        import directory

        async with database.transaction() as session:
            await directory.load_demo(session)
        await into_queue(client)
        early = parse((await step(client, paths.WAIT + "?lang=es", QueuePosition="1", QueueTime="200")).text)
        assert early.find("Leave") is None
        late = parse((await step(client, paths.WAIT + "?lang=es", QueuePosition="1", QueueTime="300")).text)
        assert [child.tag for child in late] == ["Leave"]
        root = parse((await step(client, paths.QUEUE_ENDED + "?lang=es", QueueResult="leave")).text)
        dial = root.find("Dial")
        assert dial is not None and says(root)[0][0] == "es-US"
        call = await call_row(database)
        assert call["status"] == "overflow"
        steps = await rows(database, "SELECT step, detail FROM call_events ORDER BY id")
        assert steps[-1]["step"] == "overflow"
        service = steps[-1]["detail"]["service"]
        numbers = await rows(database, "SELECT number FROM hsds_phone WHERE service_id = :id", id=service)
        assert dial.text in {"+" + "".join(ch for ch in row["number"] if ch.isdigit()) for row in numbers}
        found = await rows(database, "SELECT needs, always_open FROM hsds_service WHERE id = :id", id=service)
        assert "emergency_safety" in found[0]["needs"]
        assert await rows(database, "SELECT status, outcome FROM conversations") == [
            {"status": "closed", "outcome": "referred"}
        ]
        await step(client, paths.STATUS, CallStatus="completed")  # the end changes nothing now
        assert (await call_row(database))["status"] == "overflow"

    async def test_no_partner_line_open_gives_safety_information(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await into_queue(client)
        root = parse((await step(client, paths.QUEUE_ENDED + "?lang=es", QueueResult="leave")).text)
        assert root.find("Dial") is None
        assert says(root)[0] == (
            "es-US",
            "Si está en peligro, llame al 911. Nadie puede atenderle en este "
            "momento. Puede volver a llamarnos en cualquier momento; su "
            "llamada es confidencial.",
        )
        assert root.find("Gather") is not None  # the text offer (test_twilio_voice_follow_up.py)
        assert (await call_row(database))["status"] == "unanswered"
        assert await rows(database, "SELECT status, outcome FROM conversations") == [
            {"status": "closed", "outcome": "no_contact"}
        ]
