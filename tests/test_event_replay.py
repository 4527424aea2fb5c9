"""Replaying events onto an old console state gives exactly a fresh load."""

from __future__ import annotations

from typing import Any

import httpx
from sqlmodel import col, select

from app.conversations.queue import preview_of
from app.live.events import frame
from app.models import Event
from app.storage.db import Database
from tests.factories import receive
from triage.codes import Need

URGENCY_RANK = {"emergency": 0, "high": 1, "standard": 2, "low": 3}


class ConsoleState:
    """What console.js keeps: the queue and the messages of each conversation."""

    def __init__(self, queue: list[dict[str, Any]], messages: dict[str, list[dict[str, Any]]]):
        self.conversations = {item["id"]: item for item in queue}
        self.messages = messages

    def apply(self, frame: dict[str, Any]) -> None:
        if frame["kind"] in ("conversation.created", "conversation.updated"):
            conversation = frame["conversation"]
            if conversation["status"] == "closed":
                self.conversations.pop(conversation["id"], None)
            else:  # the row keeps the preview and needs it had (console-queue.js `fill`)
                kept = self.conversations.get(conversation["id"], {"needs": [], "preview": None})
                self.conversations[conversation["id"]] = {
                    **conversation,
                    "needs": kept["needs"],
                    "preview": kept["preview"],
                }
        elif frame["kind"] == "message.created":
            listed = self.messages.setdefault(frame["conversation_id"], [])
            if all(m["id"] != frame["message"]["id"] for m in listed):
                listed.append(frame["message"])
            row = self.conversations.get(frame["conversation_id"])
            if row is not None and frame["message"]["direction"] == "in":  # `applyMessage`
                row["preview"] = preview_of(frame["message"]["text"])
                needs = set(row["needs"]) | set(frame["message"]["triage"]["needs"])
                row["needs"] = [need.value for need in Need if need.value in needs]

    def queue(self) -> list[dict[str, Any]]:
        return sorted(
            self.conversations.values(), key=lambda c: (URGENCY_RANK[c["urgency"]], c["waiting_since"])
        )


async def load(client: httpx.AsyncClient) -> ConsoleState:
    queue = (await client.get("/api/conversations")).json()
    messages = {
        item["id"]: (await client.get(f"/api/conversations/{item['id']}/messages")).json() for item in queue
    }
    return ConsoleState(queue, messages)


class TestReplay:
    async def test_old_state_plus_events_equals_fresh_load(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        first = await receive(database, "Bonjour", address="caller-a")
        await receive(database, "test", address="caller-b")
        old = await load(operator_client)
        async with database.sessions() as session:
            cursor = max(e.id or 0 for e in (await session.exec(select(Event))).all())

        await receive(database, "il m'a enfermée, au secours", address="caller-a")
        third = await receive(database, "I need a lawyer", address="caller-c")
        await operator_client.post(
            f"/api/conversations/{first.conversation_id}/messages", json={"text": "Nous sommes là."}
        )
        await operator_client.post(
            f"/api/conversations/{third.conversation_id}/close", json={"outcome": "referred"}
        )
        await receive(database, "merci", address="caller-a")

        async with database.sessions() as session:
            missed = (
                await session.exec(select(Event).where(col(Event.id) > cursor).order_by(col(Event.id)))
            ).all()
        for event in missed:
            old.apply(frame(event).model_dump(mode="json"))
        fresh = await load(operator_client)
        assert old.queue() == fresh.queue()
        for conversation_id in fresh.conversations:
            assert old.messages[conversation_id] == fresh.messages[conversation_id]
