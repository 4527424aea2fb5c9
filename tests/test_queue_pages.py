"""`GET /api/conversations`: pages with the total, queue order, filters, preview and needs
(issue 14, point 2). A long queue is reachable to its end; an SMS is found among web chats."""

from __future__ import annotations

import httpx
import sqlalchemy as sa

from app.domain import ChannelKind
from app.storage.db import Database
from tests.factories import receive


async def open_web_chats(database: Database, n: int) -> None:
    """`n` open web chats, waiting for an hour (written directly: intake is tested elsewhere)."""
    async with database.transaction() as session:
        await session.execute(
            sa.text(
                "WITH made AS (INSERT INTO contacts (channel, pseudonym, created_at)"
                " SELECT 'webchat', 'bulk-' || g, now() FROM generate_series(1, :n) g RETURNING id)"
                " INSERT INTO conversations (id, contact_id, channel, status, urgency, urgency_rank,"
                " language, created_at, waiting_since, last_message_at)"
                " SELECT gen_random_uuid(), id, 'webchat', 'waiting', 'standard', 2, 'fr',"
                " now() - interval '1 hour', now() - interval '1 hour' + id * interval '1 ms', now()"
                " FROM made"
            ),
            {"n": n},
        )


async def every_page(client: httpx.AsyncClient, **params: str) -> tuple[list[dict[str, object]], int]:
    """Follow `Link: rel="next"` to the end; the rows and the number of requests."""
    response = await client.get("/api/conversations", params=params)
    found, requests = list(response.json()), 1
    while "Link" in response.headers:
        following = response.headers["Link"].split(";")[0].strip("<>")
        response = await client.get(following)
        found += response.json()
        requests += 1
    return found, requests


class TestPages:
    async def test_two_thousand_open_conversations_are_all_reachable_with_their_total(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await open_web_chats(database, 2000)
        first = await operator_client.get("/api/conversations")
        assert first.headers["X-Total-Count"] == "2000" and len(first.json()) == 50
        assert first.headers["Link"] == '</api/conversations?page=2&size=50>; rel="next"'
        rows, requests = await every_page(operator_client, size="500")
        assert requests == 4 and len({row["id"] for row in rows}) == 2000
        waits = [row["waiting_since"] for row in rows]
        assert waits == sorted(waits)  # longest waiting first, across pages

    async def test_a_genuine_sms_among_1112_open_web_chats_is_found(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await open_web_chats(database, 1112)
        sms = await receive(
            database, "Bonjour, j'ai une question", channel=ChannelKind.sms, address="+15558675310"
        )
        found = await operator_client.get("/api/conversations", params={"channel": "sms"})
        assert found.headers["X-Total-Count"] == "1"
        assert [row["id"] for row in found.json()] == [sms.conversation_id]
        rows, _ = await every_page(operator_client, size="200")
        assert len(rows) == 1113 and rows[-1]["id"] == sms.conversation_id  # the last to come

    async def test_a_page_past_the_end_is_empty_and_sizes_are_bounded(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await open_web_chats(database, 3)
        late = await operator_client.get("/api/conversations", params={"page": "9"})
        assert late.json() == [] and late.headers["X-Total-Count"] == "3" and "Link" not in late.headers
        for size in ("0", "501"):
            assert (await operator_client.get("/api/conversations", params={"size": size})).status_code == 422


class TestRows:
    async def test_each_row_has_a_redacted_preview_of_the_last_inbound_message_and_the_needs(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        token = "t" * 43
        await receive(database, "Bonjour", address=token)
        accepted = await receive(
            database,
            "Appelez-moi au 514-555-0199, je n'ai nulle part où dormir ce soir, j'ai besoin d'un avocat",
            address=token,
        )
        (row,) = (await operator_client.get("/api/conversations")).json()
        assert row["id"] == accepted.conversation_id
        assert "514-555-0199" not in row["preview"] and "dormir" in row["preview"]
        stored = (await operator_client.get(f"/api/conversations/{row['id']}/messages")).json()
        assert row["preview"] == stored[-1]["text"][:160]
        assert row["needs"] == ["shelter", "legal"]  # in code order, each once
        assert {"channel", "language", "urgency", "waiting_since"} <= set(row)

    async def test_a_long_message_is_cut_to_a_preview(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await receive(database, "Bonjour " * 100)
        (row,) = (await operator_client.get("/api/conversations")).json()
        assert len(row["preview"]) == 160 and row["preview"].endswith("…")


class TestFilters:
    async def test_mine_unassigned_channel_and_urgency(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        taken = await receive(database, "Bonjour, j'ai une question")
        urgent = await receive(
            database, "au secours il va me tuer", channel=ChannelKind.telegram, address="42"
        )
        await receive(database, "Bonjour", channel=ChannelKind.sms, address="+15558675310")
        reply = await operator_client.post(
            f"/api/conversations/{taken.conversation_id}/messages", json={"text": "Bonjour, je suis là."}
        )
        assert reply.status_code == 201

        async def ids(**params: str) -> list[str]:
            return [
                row["id"] for row in (await operator_client.get("/api/conversations", params=params)).json()
            ]

        assert await ids(mine="true") == [taken.conversation_id]
        assert taken.conversation_id not in await ids(unassigned="true")
        assert len(await ids(unassigned="true")) == 2
        assert await ids(urgency="emergency") == [urgent.conversation_id]
        assert await ids(channel="telegram") == [urgent.conversation_id]
        assert len(await ids(channel=["sms", "telegram"])) == 2  # type: ignore[arg-type]
        assert (await operator_client.get("/api/conversations", params={"channel": "fax"})).status_code == 422
