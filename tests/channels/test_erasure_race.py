"""The deletion receipt reaches the chat even when the event hub dispatches it before the
visitor's session returns from the commit (the race that lost 1 receipt in 6)."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlmodel.ext.asyncio.session import AsyncSession

from app.context import AppContext
from app.conversations.channel_core import ChannelCore
from app.domain import ChatLine
from app.storage.db import Database


@dataclasses.dataclass
class SlowAfterCommit(Database):
    """Commits, then lets the event hub run before the caller goes on (a loaded process)."""

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        async with super().transaction() as session:
            yield session
        await asyncio.sleep(0.5)


async def test_the_receipt_of_a_first_message_erasure_is_not_filtered_out(app: FastAPI) -> None:
    context: AppContext = app.state.context
    slow = SlowAfterCommit(url=context.database.url, engine=context.database.engine)
    backend = ChannelCore(lambda: dataclasses.replace(context, database=slow))
    session = await backend.open_chat("r" * 43)
    replies = backend.chat_replies(session)

    async def first_line() -> ChatLine:
        async for reply in replies:
            if isinstance(reply, ChatLine):  # notices ("waiting") are not what this is about
                return reply
        raise AssertionError("the replies ended")

    first_reply = asyncio.ensure_future(first_line())
    await asyncio.sleep(0)  # the reply pump subscribes, as the socket's task does
    await backend.receive_chat(session, text="EFFACER", client_id="c1", language="fr")
    receipt = await asyncio.wait_for(first_reply, 3.0)
    assert receipt.direction == "out" and "effacée" in receipt.text
    await replies.aclose()  # type: ignore[attr-defined]
