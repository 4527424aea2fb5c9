"""Flood control against PostgreSQL: shared counters, held web chats, release and bulk close,
and a web chat visitor refused politely past their rate (issue 15, point 1)."""

from __future__ import annotations

import dataclasses
import secrets
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI

from app.conversations import intake, webchat_sessions
from app.conversations.channel_core import ChannelCore
from app.domain import Accepted, ChannelKind, InboundMessage, RateLimited
from app.models import Role
from app.models.base import utcnow
from app.security import flood_control
from app.settings import Settings
from app.storage.db import Database
from tests.channels.db_queries import count, rows
from tests.conftest import LOOPS_OFF, OPERATOR_PASSWORD
from tests.factories import keys, make_user

LIMIT = 3


async def arrive(
    database: Database,
    text: str = "Bonjour, j'ai besoin d'aide",
    *,
    channel: ChannelKind = ChannelKind.webchat,
    limit: int = LIMIT,
    address: str | None = None,
) -> Accepted:
    limited = dataclasses.replace(keys(), webchat_new_per_minute=limit)
    inbound = InboundMessage(channel=channel, address=address or secrets.token_urlsafe(32), text=text)
    async with database.transaction() as session:
        return await intake.receive(session, keys=limited, inbound=inbound)


async def statuses(database: Database) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in await rows(database, "SELECT channel, status FROM conversations ORDER BY created_at"):
        found.setdefault(row["channel"], []).append(row["status"])
    return found


class TestSharedCounter:
    async def test_hits_past_the_limit_are_refused_and_still_counted(self, database: Database) -> None:
        rate = flood_control.per_minute(2)
        now = utcnow()
        answers = []
        for _ in range(4):
            async with database.transaction() as session:
                answers.append(await flood_control.hit(session, key="k" * 64, rate=rate, now=now))
        assert answers[:2] == [None, None]
        assert all(isinstance(wait, int) and 1 <= wait <= 60 for wait in answers[2:])
        assert await rows(database, "SELECT hits FROM rate_counters") == [{"hits": 4}]

    async def test_the_next_window_starts_again_and_old_windows_are_forgotten(
        self, database: Database
    ) -> None:
        rate = flood_control.per_minute(1)
        old = utcnow() - timedelta(hours=2)
        async with database.transaction() as session:
            await flood_control.hit(session, key="a" * 64, rate=rate, now=old)
            assert await flood_control.hit(session, key="a" * 64, rate=rate, now=old) is not None
            assert await flood_control.hit(session, key="a" * 64, rate=rate, now=utcnow()) is None
        assert await count(database, "rate_counters") == 1  # the two-hour-old window is gone


@pytest.fixture
def one_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every arrival of a test falls in one rate window (a real clock crossing a minute made
    these fail under load, in CI too), each a millisecond after the one before."""
    start = utcnow().replace(second=1, microsecond=0)
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(intake, "utcnow", lambda: start + timedelta(milliseconds=next(ticks)))


@pytest.mark.usefixtures("one_window")
class TestHeldWebChats:
    async def test_new_web_chats_past_the_rate_are_held_and_other_channels_never(
        self, database: Database
    ) -> None:
        for _ in range(LIMIT + 2):
            await arrive(database)
        for channel in (ChannelKind.sms, ChannelKind.whatsapp, ChannelKind.telegram, ChannelKind.voice):
            await arrive(database, channel=channel, address=f"+1555{secrets.randbelow(10**7):07d}")
        found = await statuses(database)
        assert found["webchat"] == ["waiting"] * LIMIT + ["held", "held"]
        assert all(found[kind] == ["waiting"] for kind in ("sms", "whatsapp", "telegram", "voice"))

    async def test_a_flood_in_emergency_words_is_held_too(self, database: Database) -> None:
        """The flood of the attack report: emergency words do not get a chat past the rate."""
        for _ in range(LIMIT):
            await arrive(database)
        await arrive(database, "il va me tuer maintenant, je suis enfermée")
        token = secrets.token_urlsafe(32)
        await arrive(database, address=token)
        assert (await statuses(database))["webchat"] == ["waiting"] * LIMIT + ["held", "held"]
        await arrive(database, "il arrive, il va me tuer, aidez-moi", address=token)
        assert (await statuses(database))["webchat"] == ["waiting"] * LIMIT + ["held", "held"]

    async def test_every_change_of_the_held_count_is_one_event(self, database: Database) -> None:
        for _ in range(LIMIT + 2):
            await arrive(database)
        held = await rows(database, "SELECT payload FROM events WHERE kind = 'queue.held' ORDER BY id")
        assert [event["payload"]["held"] for event in held] == [1, 2]

    async def test_no_limit_holds_nothing(self, database: Database) -> None:
        for _ in range(5):
            await arrive(database, limit=0)
        assert (await statuses(database))["webchat"] == ["waiting"] * 5


async def login(client: httpx.AsyncClient, database: Database, role: Role) -> None:
    email = f"{role.value}@example.org"
    await make_user(database, email=email, password=OPERATOR_PASSWORD, role=role)
    response = await client.post("/api/auth/login", json={"email": email, "password": OPERATOR_PASSWORD})
    assert response.status_code == 200


@pytest.mark.usefixtures("one_window")
class TestHeldInTheApi:
    async def flood(self, database: Database) -> None:
        for _ in range(LIMIT + 4):
            await arrive(database)
        await arrive(database, "Bonjour, j'ai une question", channel=ChannelKind.sms, address="+15558675310")

    async def test_the_queue_leaves_held_chats_out_and_lists_them_apart(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await self.flood(database)
        await login(client, database, Role.operator)
        queue = await client.get("/api/conversations")
        assert queue.headers["X-Total-Count"] == str(LIMIT + 1)
        assert queue.headers["X-Held-Count"] == "4"
        assert {row["status"] for row in queue.json()} == {"waiting"}
        assert "sms" in {row["channel"] for row in queue.json()}
        held = await client.get("/api/conversations", params={"held": "true"})
        assert held.headers["X-Total-Count"] == "4"
        assert [row["status"] for row in held.json()] == ["held"] * 4

    async def test_an_operator_releases_them_into_the_queue_in_the_order_they_came(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await self.flood(database)
        await login(client, database, Role.operator)
        released = await client.post("/api/queue/held/release", json={})
        assert released.status_code == 200 and released.json() == {"count": 4, "held": 0}
        queue = await client.get("/api/conversations")
        assert queue.headers["X-Total-Count"] == str(LIMIT + 5)
        assert [row["channel"] for row in queue.json()][-1] == "sms"  # it came last
        event = await rows(
            database, "SELECT payload FROM events WHERE kind = 'queue.held' ORDER BY id DESC LIMIT 1"
        )
        assert event[0]["payload"] == {"held": 0, "released": 4, "closed": []}

    async def test_only_a_supervisor_closes_them_all_and_the_queue_stays(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await self.flood(database)
        await login(client, database, Role.operator)
        assert (await client.post("/api/queue/held/close", json={})).status_code == 403
        assert await count(database, "conversations WHERE status = 'held'") == 4
        await login(client, database, Role.supervisor)
        closed = await client.post("/api/queue/held/close", json={})
        assert closed.status_code == 200 and closed.json() == {"count": 4, "held": 0}
        assert await count(database, "conversations WHERE status = 'closed'") == 4
        assert (await client.get("/api/conversations")).headers["X-Total-Count"] == str(LIMIT + 1)
        event = await rows(
            database, "SELECT payload FROM events WHERE kind = 'queue.held' ORDER BY id DESC LIMIT 1"
        )
        assert event[0]["payload"]["held"] == 0 and len(event[0]["payload"]["closed"]) == 4
        assert await rows(database, "SELECT action, detail FROM audit_log WHERE action LIKE 'queue.%'") == [
            {"action": "queue.held_closed", "detail": {"count": 4}}
        ]


@pytest.fixture
def settings(database_url: str, tmp_path: object) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path,
        env="test",
        webchat_messages_per_minute=3,
        webchat_frames_per_minute=5,
        **LOOPS_OFF,
    )


class TestWebChatVisitorRates:
    @pytest.fixture(autouse=True)
    def _mid_minute(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every hit counted in the middle of one fixed minute: a run slowed by a loaded machine
        could otherwise straddle two windows and never reach the limit."""
        start = utcnow().replace(second=30, microsecond=0)
        monkeypatch.setattr(webchat_sessions, "utcnow", lambda: start)

    async def test_past_the_session_rate_a_message_is_refused_in_the_callers_language_and_not_stored(
        self, app: FastAPI, database: Database
    ) -> None:
        backend = ChannelCore(lambda: app.state.context)
        session = await backend.open_chat("t" * 43)
        for n in range(3):
            await backend.receive_chat(session, text=f"message {n}", client_id=f"c{n}", language="es")
        with pytest.raises(RateLimited) as refused:
            await backend.receive_chat(session, text="encore", client_id="c3", language="es")
        assert 1 <= refused.value.retry_after <= 60
        assert refused.value.text.startswith("Está enviando muchos mensajes")
        assert await count(database, "messages") == 3
        other = await backend.open_chat("u" * 43)  # another visitor is not slowed down
        await backend.receive_chat(other, text="bonjour", client_id="c1", language="fr")
        assert await count(database, "messages") == 4

    async def test_past_the_socket_rate_frames_are_refused(self, app: FastAPI) -> None:
        backend = ChannelCore(lambda: app.state.context)
        for _ in range(5):
            await backend.admit_frame("socket-1", language="fr")
        with pytest.raises(RateLimited) as refused:
            await backend.admit_frame("socket-1", language="fr")
        assert refused.value.text.startswith("Vous envoyez beaucoup de messages")
        await backend.admit_frame("socket-2", language="fr")


@pytest.mark.usefixtures("one_window")
class TestOneHeldChat:
    async def test_answering_or_closing_one_held_chat_recounts_it_for_every_console(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        for _ in range(LIMIT + 2):
            await arrive(database)
        await login(client, database, Role.operator)
        first, second = [
            row["id"] for row in (await client.get("/api/conversations", params={"held": "true"})).json()
        ]
        reply = await client.post(f"/api/conversations/{first}/messages", json={"text": "Bonjour"})
        assert reply.status_code == 201
        closed = await client.post(f"/api/conversations/{second}/close", json={"outcome": "other"})
        assert closed.status_code == 200
        counts = await rows(database, "SELECT payload FROM events WHERE kind = 'queue.held' ORDER BY id")
        assert [event["payload"]["held"] for event in counts] == [1, 2, 1, 0]
        assert (await client.get("/api/conversations")).headers["X-Held-Count"] == "0"
