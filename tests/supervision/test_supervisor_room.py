"""The supervisor room: who may enter, the live conversations and staff load, whispers
(redacted, for the owner and supervisors only, never the caller) and reassignment."""

from __future__ import annotations

import httpx
from sqlmodel import col, select

from app.domain import ChannelKind
from app.models import Event, Message
from app.storage.db import Database
from tests.factories import receive
from tests.staff_fixtures import Staff

PHONE = "514-555-0199"


async def take(http: httpx.AsyncClient, conversation_id: str) -> None:
    """The operator answers, which makes the conversation theirs."""
    response = await http.post(
        f"/api/conversations/{conversation_id}/messages", json={"text": "Bonjour, je suis là."}
    )
    assert response.status_code == 201, response.text


class TestWhoMayEnter:
    async def test_an_operator_gets_403_on_the_room_its_api_and_the_stats(
        self, operator_client: httpx.AsyncClient
    ) -> None:
        assert (await operator_client.get("/console/supervisor")).status_code == 403
        assert (await operator_client.get("/api/supervisor/room")).status_code == 403
        assert (await operator_client.get("/console/stats")).status_code == 403
        assert (await operator_client.get("/api/stats")).status_code == 403
        assert (await operator_client.get("/api/stats.csv")).status_code == 403

    async def test_nobody_logged_in_is_sent_to_the_login(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/console/supervisor")
        assert response.status_code == 303
        assert response.headers["location"].startswith("/console/login")
        assert (await client.get("/api/supervisor/room")).status_code == 401

    async def test_the_operator_console_links_to_the_room_for_supervisors_only(
        self, operator_client: httpx.AsyncClient, supervisor: str, staff: Staff
    ) -> None:
        assert 'href="/console/supervisor"' not in (await operator_client.get("/console")).text
        async with staff(supervisor) as boss:
            page = (await boss.get("/console")).text
        assert 'href="/console/supervisor"' in page and 'href="/console/stats"' in page


class TestRoom:
    async def test_every_live_conversation_and_each_operators_load(
        self,
        operator_client: httpx.AsyncClient,
        operator: str,
        other_operator: str,
        supervisor: str,
        staff: Staff,
        database: Database,
    ) -> None:
        first = await receive(database, "Bonjour")
        second = await receive(database, "Allo")
        await receive(database, "Salut")
        await take(operator_client, first.conversation_id)
        await take(operator_client, second.conversation_id)
        async with staff(supervisor) as boss:
            room = (await boss.get("/api/supervisor/room")).json()
            page = await boss.get("/console/supervisor")
        assert len(room["conversations"]) == 3
        load = {row["email"]: row["open_conversations"] for row in room["staff"]}
        assert load == {operator: 2, other_operator: 0, supervisor: 0}
        assert page.status_code == 200
        assert page.text.count('class="monitor-link"') == 3
        assert f"{operator}</td>" in page.text


class TestWhisper:
    async def test_a_whisper_is_redacted_and_stored_as_whsp(
        self,
        operator_client: httpx.AsyncClient,
        supervisor: str,
        staff: Staff,
        database: Database,
    ) -> None:
        accepted = await receive(database, "Bonjour")
        await take(operator_client, accepted.conversation_id)
        async with staff(supervisor) as boss:
            sent = await boss.post(
                f"/api/supervisor/conversations/{accepted.conversation_id}/whispers",
                json={"text": f"Rappelle-la au {PHONE} avant 17 h"},
            )
        assert sent.status_code == 201, sent.text
        assert sent.json()["direction"] == "whsp"
        assert PHONE not in sent.text
        async with database.sessions() as session:
            row = (await session.exec(select(Message).where(col(Message.direction) == "whsp"))).one()
            events = (await session.exec(select(Event).where(col(Event.kind) == "whisper.created"))).all()
        assert PHONE not in row.body_redacted and "17 h" in row.body_redacted
        assert row.sealed_original is None and row.triage is None
        assert len(events) == 1 and PHONE not in str(events[0].payload)

    async def test_the_owner_and_supervisors_see_it_another_operator_and_the_caller_do_not(
        self,
        operator_client: httpx.AsyncClient,
        other_operator: str,
        supervisor: str,
        staff: Staff,
        database: Database,
    ) -> None:
        accepted = await receive(database, "Bonjour", channel=ChannelKind.webchat)
        await take(operator_client, accepted.conversation_id)
        url = f"/api/conversations/{accepted.conversation_id}/messages"
        async with staff(supervisor) as boss:
            await boss.post(
                f"/api/supervisor/conversations/{accepted.conversation_id}/whispers",
                json={"text": "Propose-lui un hébergement"},
            )
            seen_by_supervisor = [m["direction"] for m in (await boss.get(url)).json()]
        seen_by_owner = [m["direction"] for m in (await operator_client.get(url)).json()]
        owner_page = (await operator_client.get(f"/console?c={accepted.conversation_id}")).text
        async with staff(other_operator) as other:
            seen_by_other = [m["direction"] for m in (await other.get(url)).json()]
            other_page = (await other.get(f"/console?c={accepted.conversation_id}")).text
        assert seen_by_supervisor == seen_by_owner == ["in", "out", "whsp"]
        assert seen_by_other == ["in", "out"]
        assert "Propose-lui un hébergement" in owner_page
        assert "Propose-lui un hébergement" not in other_page

    async def test_an_unowned_or_closed_conversation_is_refused_with_409(
        self,
        operator_client: httpx.AsyncClient,
        supervisor: str,
        staff: Staff,
        database: Database,
    ) -> None:
        accepted = await receive(database, "Bonjour")
        url = f"/api/supervisor/conversations/{accepted.conversation_id}/whispers"
        async with staff(supervisor) as boss:
            assert (await boss.post(url, json={"text": "note"})).status_code == 409
            await take(operator_client, accepted.conversation_id)
            await operator_client.post(
                f"/api/conversations/{accepted.conversation_id}/close", json={"outcome": "other"}
            )
            assert (await boss.post(url, json={"text": "note"})).status_code == 409

    async def test_an_operator_cannot_whisper(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        accepted = await receive(database, "Bonjour")
        await take(operator_client, accepted.conversation_id)
        response = await operator_client.post(
            f"/api/supervisor/conversations/{accepted.conversation_id}/whispers", json={"text": "note"}
        )
        assert response.status_code == 403


class TestReassign:
    async def test_reassign_sets_the_owner_and_emits_the_update(
        self,
        operator_client: httpx.AsyncClient,
        other_operator: str,
        supervisor: str,
        staff: Staff,
        database: Database,
    ) -> None:
        accepted = await receive(database, "Bonjour")
        await take(operator_client, accepted.conversation_id)
        async with staff(supervisor) as boss:
            room = (await boss.get("/api/supervisor/room")).json()
            target = next(s["id"] for s in room["staff"] if s["email"] == other_operator)
            response = await boss.post(
                f"/api/supervisor/conversations/{accepted.conversation_id}/reassign", json={"to_user": target}
            )
            after = (await boss.get("/api/supervisor/room")).json()
        assert response.status_code == 200, response.text
        assert response.json()["assigned_operator"] == other_operator
        load = {row["email"]: row["open_conversations"] for row in after["staff"]}
        assert load[other_operator] == 1
        async with database.sessions() as session:
            last = (
                await session.exec(
                    select(Event).where(col(Event.kind) != "staff.updated").order_by(col(Event.id).desc())
                )
            ).first()
            loads = (
                await session.exec(
                    select(Event).where(col(Event.id) > (last.id if last else 0)).order_by(col(Event.id))
                )
            ).all()
        assert last is not None and last.kind == "conversation.updated"
        assert last.payload["conversation"]["assigned_operator"] == other_operator
        # Both operators' loads follow live: the one who lost it and the one who got it.
        assert {(e.payload["staff"]["email"], e.payload["staff"]["open_conversations"]) for e in loads} == {
            (other_operator, 1),
            ("operator@example.org", 0),
        }

    async def test_an_unknown_user_is_422_and_an_operator_is_403(
        self,
        operator_client: httpx.AsyncClient,
        supervisor: str,
        staff: Staff,
        database: Database,
    ) -> None:
        accepted = await receive(database, "Bonjour")
        url = f"/api/supervisor/conversations/{accepted.conversation_id}/reassign"
        async with staff(supervisor) as boss:
            assert (await boss.post(url, json={"to_user": 999999})).status_code == 422
            for beyond in (2**31, 10**20, 0, -1):  # past PostgreSQL's integer: 422, not a 500
                assert (await boss.post(url, json={"to_user": beyond})).status_code == 422, beyond
        assert (await operator_client.post(url, json={"to_user": 1})).status_code == 403
