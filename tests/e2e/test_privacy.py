"""Planted personal data must not appear in logs or in the database outside the vault."""

from __future__ import annotations

import json

from tests.e2e.clients import console, frames_until, login, next_frame, visitor
from tests.live_server import LiveServer
from tests.postgres import PostgresForTests

PHONE = "438-555-0177"
EMAIL = "maria.lopez@example.com"
TEXT = f"Je suis à Laval, écrivez-moi à {EMAIL} ou au {PHONE}, vite"


class TestNothingLeaks:
    async def test_chat_round_trip_leaves_no_address_or_text_behind(
        self,
        live_server: LiveServer,
        operator: str,
        postgres: PostgresForTests,
        database_url: str,
    ) -> None:
        http = await login(live_server, operator)
        async with console(live_server, http) as operator_socket:
            await next_frame(operator_socket)
            async with visitor(live_server) as chat:
                await chat.send(json.dumps({"type": "message", "text": TEXT, "client_id": "p"}))
                token = (await next_frame(chat))["token"]
                await next_frame(chat)
                frames = await frames_until(operator_socket, lambda f: f.get("kind") == "message.created")
        shown = frames[-1]["message"]["text"]
        assert PHONE not in shown and EMAIL not in shown
        assert "[PHONE]" in shown and "[EMAIL]" in shown and "Laval" in shown

        listing = await http.get(f"/api/conversations/{frames[-1]['conversation_id']}/messages")
        assert PHONE not in listing.text and EMAIL not in listing.text
        await http.aclose()
        live_server.stop()

        dump = postgres.dump(database_url)
        log = live_server.log()
        for planted in (PHONE, EMAIL, token, TEXT, "5550177"):
            assert planted not in dump, "planted value found in the database dump"
            assert planted not in log, "planted value found in the server log"
        assert "127.0.0.1" not in log.replace(f"http://127.0.0.1:{live_server.port}", "")
