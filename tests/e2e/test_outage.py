"""A database outage: the visitor is told "not sent", never acknowledged, and loses nothing."""

from __future__ import annotations

import json

from tests.e2e.clients import login, next_frame, visitor
from tests.live_server import LiveServer
from tests.postgres import PostgresForTests, database_name


class TestDatabaseOutage:
    async def test_no_ack_while_the_database_is_away_then_one_message(
        self,
        live_server: LiveServer,
        operator: str,
        postgres: PostgresForTests,
        database_url: str,
    ) -> None:
        name = database_name(database_url)
        async with visitor(live_server) as chat:
            await chat.send(json.dumps({"type": "message", "text": "avant", "client_id": "m0"}))
            await next_frame(chat), await next_frame(chat)

            postgres.server.psql(
                f"ALTER DATABASE {name} ALLOW_CONNECTIONS false; "
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}';"
            )
            try:
                frame = {"type": "message", "text": "pendant la panne", "client_id": "m1"}
                await chat.send(json.dumps(frame))
                refused = await next_frame(chat)
                assert refused == {"type": "error", "client_id": "m1", "reason": "unavailable"}
            finally:
                postgres.server.psql(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true;")

            await chat.send(json.dumps(frame))  # the page retries with the same client id
            ack = await next_frame(chat)
            assert ack["type"] == "ack" and ack["client_id"] == "m1"

        http = await login(live_server, operator)
        queue = (await http.get("/api/conversations")).json()
        messages = (await http.get(f"/api/conversations/{queue[0]['id']}/messages")).json()
        assert [m["text"] for m in messages] == ["avant", "pendant la panne"]
        assert (await http.get("/readyz")).status_code == 200
        await http.aclose()
