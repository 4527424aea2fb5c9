"""Ownership over the API: take, next, the limit, presence, transfer, 409 for a non-owner."""

from __future__ import annotations

import httpx

from app.models import Role
from app.storage.db import Database
from tests.console.conftest import LogIn, rows, user_id
from tests.factories import receive


def url(conversation_id: str, action: str = "") -> str:
    return f"/api/conversations/{conversation_id}{'/' + action if action else ''}"


async def reply(http: httpx.AsyncClient, conversation_id: str, text: str = "Bonjour") -> int:
    return (await http.post(url(conversation_id, "messages"), json={"text": text})).status_code


class TestTake:
    async def test_taking_makes_the_operator_the_owner_and_the_conversation_active(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        taken = await alice.post(url(accepted.conversation_id, "take"), json={})
        assert taken.status_code == 200
        assert taken.json()["assigned_operator_id"] == user_id(alice)
        assert taken.json()["assigned_operator"] == "alice@example.org"
        assert taken.json()["status"] == "active"

    async def test_someone_elses_conversation_cannot_be_taken(self, staff: LogIn, database: Database) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        assert (await alice.post(url(accepted.conversation_id, "take"), json={})).status_code == 200
        refused = await bob.post(url(accepted.conversation_id, "take"), json={})
        assert refused.status_code == 409 and "owned by another operator" in refused.json()["error"]

    async def test_taking_ones_own_again_changes_nothing(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        again = await alice.post(url(accepted.conversation_id, "take"), json={})
        assert again.status_code == 200 and again.json()["assigned_operator_id"] == user_id(alice)


class TestOnlyTheOwnerActs:
    async def test_a_reply_from_someone_who_does_not_own_it_is_409(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        assert await reply(bob, accepted.conversation_id) == 409
        assert await reply(alice, accepted.conversation_id) == 201
        sent = await rows(database, "SELECT author_id FROM messages WHERE direction = 'out'")
        assert sent == [{"author_id": user_id(alice)}]

    async def test_the_first_reply_takes_an_unowned_conversation(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        assert await reply(alice, accepted.conversation_id) == 201
        shown = (await bob.get(url(accepted.conversation_id))).json()
        assert shown["assigned_operator_id"] == user_id(alice) and shown["status"] == "active"
        assert await reply(bob, accepted.conversation_id) == 409

    async def test_close_tags_and_safety_flag_by_a_non_owner_are_409(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        cid = accepted.conversation_id
        closed = await bob.post(url(cid, "close"), json={"outcome": "other"})
        assert closed.status_code == 409
        assert (await bob.put(url(cid, "tags"), json={"tags": ["labour"]})).status_code == 409
        assert (await bob.patch(url(cid), json={"safe_to_reply": True})).status_code == 409
        assert (await alice.patch(url(cid), json={"safe_to_reply": True})).status_code == 200

    async def test_a_supervisor_closes_someone_elses_conversation(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, boss = await staff("alice"), await staff("boss", Role.supervisor)
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        closed = await boss.post(url(accepted.conversation_id, "close"), json={"outcome": "duplicate"})
        assert closed.status_code == 200 and closed.json()["status"] == "closed"

    async def test_anyone_adds_a_case_note(self, staff: LogIn, database: Database) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        noted = await bob.post(url(accepted.conversation_id, "notes"), json={"text": "Vu aussi."})
        assert noted.status_code == 201 and noted.json()["direction"] == "note"


class TestLimitAndPresence:
    async def test_past_the_limit_taking_is_409_with_the_reason(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        for _ in range(4):  # HOTLINE_OPERATOR_MAX_CONVERSATIONS defaults to 4
            accepted = await receive(database, "Bonjour")
            assert (await alice.post(url(accepted.conversation_id, "take"), json={})).status_code == 200
        fifth = await receive(database, "Bonjour")
        refused = await alice.post(url(fifth.conversation_id, "take"), json={})
        assert refused.status_code == 409 and "limit reached: 4 of 4" in refused.json()["error"]
        assert await reply(alice, fifth.conversation_id) == 409  # a first reply would take it
        assert (await alice.post("/api/conversations/next", json={})).status_code == 409
        presence = (await alice.get("/api/me/presence")).json()
        assert presence == {"presence": "available", "open_conversations": 4, "limit": 4}

    async def test_closing_one_makes_room(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        taken = []
        for _ in range(4):
            accepted = await receive(database, "Bonjour")
            await alice.post(url(accepted.conversation_id, "take"), json={})
            taken.append(accepted.conversation_id)
        await alice.post(url(taken[0], "close"), json={"outcome": "information_given"})
        fifth = await receive(database, "Bonjour")
        assert (await alice.post(url(fifth.conversation_id, "take"), json={})).status_code == 200

    async def test_an_away_operator_takes_nothing_and_busy_is_not_offered_next(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        put = await alice.put("/api/me/presence", json={"presence": "away"})
        assert put.status_code == 200 and put.json()["presence"] == "away"
        refused = await alice.post(url(accepted.conversation_id, "take"), json={})
        assert refused.status_code == 409 and "away" in refused.json()["error"]
        await alice.put("/api/me/presence", json={"presence": "busy"})
        assert (await alice.post("/api/conversations/next", json={})).status_code == 409
        assert (await alice.post(url(accepted.conversation_id, "take"), json={})).status_code == 200

    async def test_an_unknown_presence_is_422(self, staff: LogIn) -> None:
        alice = await staff("alice")
        assert (await alice.put("/api/me/presence", json={"presence": "asleep"})).status_code == 422


class TestNext:
    async def test_next_gives_the_most_urgent_waiting_unowned_conversation(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        await receive(database, "Bonjour, une question")
        emergency = await receive(database, "au secours il va me tuer")
        high = await receive(database, "mon patron garde mon passeport")
        first = await alice.post("/api/conversations/next", json={})
        assert first.status_code == 200 and first.json()["id"] == emergency.conversation_id
        second = await bob.post("/api/conversations/next", json={})
        assert second.json()["id"] == high.conversation_id  # the emergency is alice's now
        assert second.json()["assigned_operator_id"] == user_id(bob)

    async def test_nobody_waiting_is_204(self, staff: LogIn) -> None:
        alice = await staff("alice")
        response = await alice.post("/api/conversations/next", json={})
        assert response.status_code == 204 and response.content == b""


class TestTransfer:
    async def test_the_owner_transfers_with_a_redacted_note(self, staff: LogIn, database: Database) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        moved = await alice.post(
            url(accepted.conversation_id, "transfer"),
            json={
                "to_user": user_id(bob),
                "note": "Elle s'appelle Marie Tremblay, rappeler au 514-555-0199 pour le logement.",
            },
        )
        assert moved.status_code == 200
        assert moved.json()["assigned_operator_id"] == user_id(bob)
        assert moved.json()["status"] == "active"
        assert await reply(alice, accepted.conversation_id) == 409
        assert await reply(bob, accepted.conversation_id) == 201
        stored = await rows(
            database,
            "SELECT body_redacted, sealed_original, author_id FROM messages WHERE direction = 'note'",
        )
        assert len(stored) == 1 and stored[0]["author_id"] == user_id(alice)
        assert "514" not in stored[0]["body_redacted"] and "0199" not in stored[0]["body_redacted"]
        assert "Tremblay" not in stored[0]["body_redacted"] and "Marie" not in stored[0]["body_redacted"]
        assert "logement" in stored[0]["body_redacted"] and stored[0]["sealed_original"] is None

    async def test_a_non_owner_cannot_transfer(self, staff: LogIn, database: Database) -> None:
        alice, bob, carol = await staff("alice"), await staff("bob"), await staff("carol")
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        refused = await bob.post(url(accepted.conversation_id, "transfer"), json={"to_user": user_id(carol)})
        assert refused.status_code == 409

    async def test_the_recipient_must_have_room_and_be_present(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        await bob.put("/api/me/presence", json={"presence": "away"})
        refused = await alice.post(url(accepted.conversation_id, "transfer"), json={"to_user": user_id(bob)})
        assert refused.status_code == 409 and "away" in refused.json()["error"]
        missing = await alice.post(url(accepted.conversation_id, "transfer"), json={"to_user": 99999})
        assert missing.status_code == 404

    async def test_a_supervisor_reassigns_anyones_conversation_to_anyone(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        boss = await staff("boss", Role.supervisor)
        accepted = await receive(database, "Bonjour")
        await alice.post(url(accepted.conversation_id, "take"), json={})
        await bob.put("/api/me/presence", json={"presence": "away"})
        moved = await boss.post(
            url(accepted.conversation_id, "transfer"),
            json={"to_user": user_id(bob), "note": "Relève de nuit."},
        )
        assert moved.status_code == 200 and moved.json()["assigned_operator_id"] == user_id(bob)


class TestLiveEvents:
    async def test_every_ownership_change_is_an_event(self, staff: LogIn, database: Database) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        before = await rows(database, "SELECT max(id) AS id FROM events")
        cid = accepted.conversation_id
        await alice.post(url(cid, "take"), json={})
        await alice.post(url(cid, "transfer"), json={"to_user": user_id(bob)})
        await bob.post(url(cid, "close"), json={"outcome": "no_contact"})
        await bob.post(url(cid, "reopen"), json={})
        owners = await rows(
            database,
            "SELECT payload->'conversation'->>'assigned_operator_id' AS owner,"
            " payload->'conversation'->>'status' AS status FROM events"
            " WHERE id > :after AND kind = 'conversation.updated' ORDER BY id",
            after=before[0]["id"],
        )
        assert owners == [
            {"owner": str(user_id(alice)), "status": "active"},
            {"owner": str(user_id(bob)), "status": "active"},
            {"owner": str(user_id(bob)), "status": "closed"},
            {"owner": str(user_id(bob)), "status": "active"},
        ]
