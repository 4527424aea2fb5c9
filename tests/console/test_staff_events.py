"""Presence and load are live events (`staff.updated`): every change of presence or of who
owns an open conversation tells the consoles and the supervisor room, and the last event of
each staff member equals what a fresh load of the room shows."""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import col, select

from app.conversations import erasure
from app.live.events import frame
from app.models import Conversation, Event, Role
from app.storage.db import Database
from tests.console.conftest import LogIn, user_id
from tests.console.test_case_api import url
from tests.factories import receive


async def staff_events(database: Database) -> list[dict[str, Any]]:
    """The `staff` of every staff.updated event, oldest first, read as a console reads them."""
    async with database.sessions() as session:
        rows = (
            await session.exec(
                select(Event).where(col(Event.kind) == "staff.updated").order_by(col(Event.id))
            )
        ).all()
    return [frame(row).model_dump(mode="json")["staff"] for row in rows]


async def latest(database: Database) -> dict[int, dict[str, Any]]:
    return {staff["id"]: staff for staff in await staff_events(database)}


class TestPresence:
    async def test_a_presence_change_is_one_event_with_the_load(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        assert (await alice.put("/api/me/presence", json={"presence": "busy"})).status_code == 200
        assert (await alice.put("/api/me/presence", json={"presence": "busy"})).status_code == 200
        events = await staff_events(database)
        assert events == [
            {
                "id": user_id(alice),
                "email": "alice@example.org",
                "role": "operator",
                "presence": "busy",
                "active": True,
                "open_conversations": 0,
            }
        ]


class TestLoad:
    async def test_take_reply_transfer_and_close_each_tell_the_owners_load(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        first = await receive(database, "Bonjour", address="a")
        second = await receive(database, "Allo", address="b")

        assert (await alice.post(url(first.conversation_id, "take"), json={})).status_code == 200
        assert (await latest(database))[user_id(alice)]["open_conversations"] == 1
        replied = await alice.post(url(second.conversation_id, "messages"), json={"text": "Oui?"})
        assert replied.status_code == 201
        assert (await latest(database))[user_id(alice)]["open_conversations"] == 2
        count = len(await staff_events(database))
        await alice.post(url(second.conversation_id, "messages"), json={"text": "Encore"})
        assert len(await staff_events(database)) == count  # her own again: no change, no event

        moved = await alice.post(url(first.conversation_id, "transfer"), json={"to_user": user_id(bob)})
        assert moved.status_code == 200
        now = await latest(database)
        assert (now[user_id(alice)]["open_conversations"], now[user_id(bob)]["open_conversations"]) == (1, 1)
        closed = await bob.post(url(first.conversation_id, "close"), json={"outcome": "referred"})
        assert closed.status_code == 200
        assert (await latest(database))[user_id(bob)]["open_conversations"] == 0

    async def test_a_conversation_the_caller_erases_leaves_its_owners_load(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        assert (await latest(database))[user_id(alice)]["open_conversations"] == 1
        async with database.transaction() as session:
            conversation = await session.get(Conversation, uuid.UUID(accepted.conversation_id))
            assert conversation is not None
            await erasure.close_erased(session, conversation)
        assert (await latest(database))[user_id(alice)]["open_conversations"] == 0

    async def test_the_last_event_of_each_equals_a_fresh_load_of_the_room(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        boss = await staff("boss", Role.supervisor)
        for address in ("a", "b", "c"):
            accepted = await receive(database, "Bonjour", address=address)
            await alice.post(url(accepted.conversation_id, "take"), json={})
        await bob.put("/api/me/presence", json={"presence": "away"})
        await alice.post(url(accepted.conversation_id, "transfer"), json={"to_user": user_id(boss)})
        room = (await boss.get("/api/supervisor/room")).json()["staff"]
        replayed = await latest(database)
        assert {row["id"]: row for row in room if row["id"] in replayed} == replayed
        assert {row["email"]: (row["presence"], row["open_conversations"]) for row in room} == {
            "alice@example.org": ("available", 2),
            "bob@example.org": ("away", 0),
            "boss@example.org": ("available", 1),
        }
