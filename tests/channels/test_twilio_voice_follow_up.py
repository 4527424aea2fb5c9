"""Out of the hotline's opening hours a call goes straight elsewhere (never into the queue);
with no partner line open the caller hears the emergency number first, and a text message
with the numbers goes out only if they press 1 (a clock fixed by the test; the SMS through
the outbox to the local fake Twilio API)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import httpx
import pytest
from fastapi import FastAPI

from app.storage.db import Database
from channels.twilio.voice import paths
from tests.channels.conftest import (
    CALLER,
    PUBLIC_URL,
    TWILIO_NUMBER,
    drain_until,
    post_signed,
    twilio_sms_example,
)
from tests.channels.db_queries import count, rows
from tests.channels.test_twilio_voice import CALL, call_row, step
from tests.channels.voice_twiml import parse, says
from tests.fakes.twilio_api import FakeTwilio

HOURS = "MO-FR 08:00-20:00; FR 20:00-02:00"
MONTREAL = ZoneInfo("America/Toronto")
SATURDAY_0130 = datetime(2026, 12, 12, 1, 30, tzinfo=MONTREAL).astimezone(UTC)  # Friday's late window
SATURDAY_0300 = datetime(2026, 12, 12, 3, 0, tzinfo=MONTREAL).astimezone(UTC)  # closed
# Words a third party reading the phone must not find in the text follow-up.
GIVEAWAYS = (
    "traffick",
    "traite",
    "trata",
    "exploit",
    "hotline",
    "helpline",
    "assistance",
    "victim",
    "víctima",
    "abuse",
    "violence",
    "police",
)


@pytest.fixture(autouse=True)
def _opening_hours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOTLINE_OPENING_HOURS", HOURS)
    monkeypatch.setenv("HOTLINE_TIMEZONE", "America/Toronto")


def clock(monkeypatch: pytest.MonkeyPatch, now: datetime) -> None:
    monkeypatch.setattr("app.conversations.channel_core.utcnow", lambda: now)


async def to_menu_end(client: httpx.AsyncClient, call_sid: str = CALL, **fields: str) -> httpx.Response:
    await step(client, paths.VOICE, call_sid, **fields)
    await step(client, paths.LANGUAGE, call_sid, Digits="3", **fields)
    return await step(client, paths.QUEUE + "?lang=es", call_sid, Digits="", **fields)


async def steps(database: Database) -> list[tuple[str, dict[str, object]]]:
    found = await rows(database, "SELECT step, detail FROM call_events ORDER BY id")
    return [(row["step"], row["detail"]) for row in found]


class TestOpeningHours:
    async def test_within_a_window_crossing_midnight_the_call_waits_in_the_queue(
        self, client: httpx.AsyncClient, database: Database, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        clock(monkeypatch, SATURDAY_0130)
        root = parse((await to_menu_end(client)).text)
        assert root.find("Enqueue") is not None
        assert (await call_row(database))["status"] == "waiting"

    async def test_out_of_hours_the_call_goes_to_an_open_partner_line_not_the_queue(
        self, client: httpx.AsyncClient, database: Database, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        import directory

        async with database.transaction() as session:
            await directory.load_demo(session)
        clock(monkeypatch, SATURDAY_0300)
        root = parse((await to_menu_end(client)).text)
        assert root.find("Enqueue") is None and root.find("Dial") is not None
        assert says(root)[0][0] == "es-US"
        assert (await call_row(database))["status"] == "overflow"
        taken = await steps(database)
        assert [name for name, _ in taken] == ["ringing", "language", "overflow"]  # never `waiting`
        assert taken[-1][1]["hours"] == "closed" and taken[-1][1]["service"]
        assert await rows(database, "SELECT status, outcome FROM conversations") == [
            {"status": "closed", "outcome": "referred"}
        ]

    async def test_out_of_hours_the_danger_key_is_kept_and_nobody_promises_an_answer(
        self, client: httpx.AsyncClient, database: Database, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        clock(monkeypatch, SATURDAY_0300)
        await step(client, paths.VOICE)
        root = parse((await step(client, paths.LANGUAGE, Digits="9")).text)
        assert root.find("Enqueue") is None
        assert says(root)[0][1].startswith("Si vous êtes en danger, composez le 911.")
        assert [name for name, _ in await steps(database)] == ["ringing", "danger", "unanswered"]
        assert await rows(database, "SELECT urgency FROM conversations") == [{"urgency": "emergency"}]


class TestTextFollowUp:
    async def test_safety_information_first_then_the_offer_and_1_sends_one_safe_text(
        self,
        app: FastAPI,
        client: httpx.AsyncClient,
        database: Database,
        fake_twilio: FakeTwilio,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        clock(monkeypatch, SATURDAY_0300)
        root = parse((await to_menu_end(client)).text)
        said = says(root)
        assert said[0][1].startswith("Si está en peligro, llame al 911.")
        gather = root.find("Gather")
        assert gather is not None and gather.get("numDigits") == "1" and gather.get("input") == "dtmf"
        assert gather.get("action") == f"{PUBLIC_URL}{paths.FOLLOW_UP}?lang=es"
        assert says(gather) == [
            (
                "es-US",
                "Para recibir en este teléfono un mensaje de texto con el número "
                "de emergencias y nuestro número, marque 1. Cualquier persona que "
                "lea sus mensajes podría verlo.",
            )
        ]
        assert await count(database, "outbox") == 0  # nothing before the caller's yes

        answer = parse((await step(client, paths.FOLLOW_UP + "?lang=es", Digits="1")).text)
        assert says(answer) == [("es-US", "El mensaje de texto está en camino. Cuídese. Adiós.")]
        await step(client, paths.FOLLOW_UP + "?lang=es", Digits="1")  # Twilio repeats it: one text
        await drain_until(app, lambda: len(fake_twilio.sent) >= 1)
        [sent] = fake_twilio.sent
        assert sent["To"] == CALLER and sent["From"] == TWILIO_NUMBER
        assert sent["Body"] == (
            f"Los números que pidió: emergencias 911; para hablar con alguien, {TWILIO_NUMBER}."
        )
        assert not any(word in sent["Body"].lower() for word in GIVEAWAYS)
        assert [(name, detail) for name, detail in await steps(database)][-2:] == [
            ("unanswered", {"hours": "closed"}),
            ("text_accepted", {"sent": True}),
        ]
        assert await count(database, "outbox") == 1

    @pytest.mark.parametrize("digits", ["2", "", "*", "11"])
    async def test_any_other_key_or_silence_sends_nothing(
        self,
        app: FastAPI,
        client: httpx.AsyncClient,
        database: Database,
        fake_twilio: FakeTwilio,
        monkeypatch: pytest.MonkeyPatch,
        digits: str,
    ) -> None:
        clock(monkeypatch, SATURDAY_0300)
        await to_menu_end(client)
        answer = parse((await step(client, paths.FOLLOW_UP + "?lang=es", Digits=digits)).text)
        assert says(answer) == [("es-US", "Gracias por llamar. Adiós.")]
        assert await count(database, "outbox") == 0 and await count(database, "messages") == 0
        await app.state.outbox_worker.drain()
        assert fake_twilio.sent == []
        assert (await steps(database))[-1] == ("text_declined", {})

    async def test_no_offer_to_a_withheld_number(
        self, client: httpx.AsyncClient, database: Database, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        clock(monkeypatch, SATURDAY_0300)
        root = parse((await to_menu_end(client, From="Anonymous")).text)
        assert root.find("Gather") is None and root.find("Hangup") is not None
        # a forged press of 1 sends nothing either
        await step(client, paths.FOLLOW_UP + "?lang=es", Digits="1", From="Anonymous")
        assert await count(database, "outbox") == 0
        assert (await steps(database))[-1] == ("text_accepted", {"sent": False})

    async def test_no_offer_to_a_number_that_sent_stop_by_sms(
        self, client: httpx.AsyncClient, database: Database, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        stop = await post_signed(client, "/channels/twilio/sms", twilio_sms_example(Body="STOP"))
        assert stop.status_code == 200
        clock(monkeypatch, SATURDAY_0300)
        root = parse((await to_menu_end(client)).text)
        assert root.find("Gather") is None and root.find("Hangup") is not None

    async def test_a_call_that_waited_too_long_is_offered_the_text_too(
        self, client: httpx.AsyncClient, database: Database, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        clock(monkeypatch, SATURDAY_0130)
        await to_menu_end(client)
        root = parse((await step(client, paths.QUEUE_ENDED + "?lang=es", QueueResult="leave")).text)
        assert root.find("Gather") is not None
        assert (await steps(database))[-1] == ("unanswered", {})
