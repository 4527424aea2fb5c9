"""The caller's deletion keyword over a real chat socket: the receipt always arrives, even as
the chat's first message, and the old token replays nothing."""

from __future__ import annotations

import asyncio
import json

from tests.e2e.clients import next_frame, visitor
from tests.live_server import LiveServer

TRIES = 50
ROUND = 10


async def erase_first(server: LiveServer, n: int) -> tuple[str, dict[str, object]]:
    """Open a fresh chat whose first message is the keyword; its token and the receipt."""
    async with visitor(server) as chat:
        await chat.send(json.dumps({"type": "message", "text": "EFFACER", "client_id": f"e{n}"}))
        token = ""
        while True:
            frame = await next_frame(chat, timeout=20.0)  # a wait, not a timing: shared machines
            if frame["type"] == "session":
                token = str(frame["token"])
            if frame["type"] == "message":
                return token, frame


async def test_the_receipt_of_a_first_message_erasure_always_arrives(live_server: LiveServer) -> None:
    # In rounds of concurrent chats: a loaded server is where the commit and the event race.
    for start in range(0, TRIES, ROUND):
        done = await asyncio.gather(*(erase_first(live_server, n) for n in range(start, start + ROUND)))
        for _token, receipt in done:
            assert receipt["direction"] == "out" and "effacée" in str(receipt["text"])


async def test_the_old_token_replays_nothing(live_server: LiveServer) -> None:
    async with visitor(live_server) as chat:
        await chat.send(json.dumps({"type": "message", "text": "On m'a pris mes papiers", "client_id": "a"}))
        token = str((await next_frame(chat))["token"])
        await next_frame(chat)  # ack
        await chat.send(json.dumps({"type": "message", "text": "Effacer", "client_id": "b"}))
        while (await next_frame(chat))["type"] != "message":
            pass
    async with visitor(live_server, token) as again:
        session = await next_frame(again)
        assert session["type"] == "session" and session["resumed"] is False
        await again.send(json.dumps({"type": "ping"}))
        assert (await next_frame(again))["type"] == "pong"  # no history frame came before
