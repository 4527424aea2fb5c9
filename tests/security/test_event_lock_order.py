"""An event about a conversation another transaction holds waits for it before the ordering lock.

Found by sending Telegram updates from 8 chats together to a running server whose outbox was
failing to reach Telegram: 8 of 64 updates were answered 503 ("deadlock detected"). Intake holds
the caller's conversation FOR UPDATE and takes the events' ordering lock last; the outbox worker,
announcing a reply of that conversation, took the ordering lock first and then waited on the
conversation (the events' foreign key check). Telegram sends a refused update again; Twilio does
not retry an inbound SMS, and a web chat message was refused as "unavailable".
"""

from __future__ import annotations

import asyncio
import uuid

from sqlmodel import col, select

from app.live import events
from app.live.schemas import QueueHeld
from app.models import Conversation
from app.storage.db import Database
from tests.channels.db_queries import count
from tests.factories import receive


def _event(conversation_id: uuid.UUID) -> events.NewEvent:
    return events.NewEvent(conversation_id, QueueHeld(held=0, released=0, closed=[]))


async def test_intake_and_an_announcement_of_the_same_conversation_both_commit(database: Database) -> None:
    conversation_id = uuid.UUID((await receive(database, "bonjour")).conversation_id)
    before = await count(database, "events")

    async def announce() -> None:  # as the outbox worker: no lock of its own on the conversation
        async with database.transaction() as other:
            await events.append(other, _event(conversation_id))

    async with database.transaction() as intake:  # the conversation locked first, events last
        await intake.exec(
            select(Conversation).where(col(Conversation.id) == conversation_id).with_for_update()
        )
        announcing = asyncio.create_task(announce())
        await asyncio.sleep(0.3)  # the announcement reaches its wait
        await asyncio.wait_for(events.append(intake, _event(conversation_id)), timeout=10)
    await asyncio.wait_for(announcing, timeout=10)
    assert await count(database, "events") == before + 2
