"""Transfer, reveal, link and reopen each write one audit entry, with ids and codes only."""

from __future__ import annotations

from app.models import Role
from app.storage.db import Database
from tests.console.conftest import LogIn, rows, user_id
from tests.factories import receive


async def audited(database: Database) -> list[dict[str, object]]:
    """The entries of the case actions (logins are audited too, elsewhere)."""
    return await rows(
        database,
        "SELECT action, actor_id, subject_type, subject_id, detail"
        " FROM audit_log WHERE subject_type <> 'user' ORDER BY id",
    )


class TestAudit:
    async def test_transfer_and_reopen(self, staff: LogIn, database: Database) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        cid = accepted.conversation_id
        await alice.post(f"/api/conversations/{cid}/take", json={})
        await alice.post(
            f"/api/conversations/{cid}/transfer",
            json={"to_user": user_id(bob), "note": "Marie Tremblay, 514-555-0199"},
        )
        await bob.post(f"/api/conversations/{cid}/close", json={"outcome": "referred"})
        await bob.post(f"/api/conversations/{cid}/reopen", json={})
        entries = await audited(database)
        assert [(e["action"], e["actor_id"], e["subject_id"]) for e in entries] == [
            ("conversation.transfer", user_id(alice), cid),
            ("conversation.reopen", user_id(bob), cid),
        ]
        assert entries[0]["detail"] == {
            "from_user": user_id(alice),
            "to_user": user_id(bob),
            "reassigned": False,
            "with_note": True,
        }
        assert "Tremblay" not in str(entries) and "0199" not in str(entries)

    async def test_reveal_keeps_the_reason_redacted(self, staff: LogIn, database: Database) -> None:
        boss = await staff("boss", Role.supervisor)
        accepted = await receive(database, "Appelez-moi au 514-555-0199")
        message_id = (await boss.get(f"/api/conversations/{accepted.conversation_id}/messages")).json()[0][
            "id"
        ]
        shown = await boss.post(
            f"/api/messages/{message_id}/reveal", json={"reason": "Marie Tremblay demande un rappel urgent"}
        )
        assert shown.status_code == 200
        [entry] = await audited(database)
        assert (entry["action"], entry["actor_id"], entry["subject_type"], entry["subject_id"]) == (
            "message.reveal",
            user_id(boss),
            "message",
            str(message_id),
        )
        detail = entry["detail"]
        assert isinstance(detail, dict) and "rappel urgent" in detail["reason"]
        assert "Tremblay" not in str(entry) and "0199" not in str(entry)

    async def test_a_refused_reveal_is_not_audited(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        message_id = (await alice.get(f"/api/conversations/{accepted.conversation_id}/messages")).json()[0][
            "id"
        ]
        refused = await alice.post(f"/api/messages/{message_id}/reveal", json={"reason": "curiosité"})
        assert refused.status_code == 403 and await audited(database) == []

    async def test_link_once(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        first = await receive(database, "Bonjour", address="a")
        second = await receive(database, "Bonjour", address="b")
        body = {"conversation_id": first.conversation_id, "caller_agreed": True}
        await alice.post(f"/api/conversations/{second.conversation_id}/link", json=body)
        await alice.post(f"/api/conversations/{second.conversation_id}/link", json=body)
        entries = await audited(database)
        assert [(e["action"], e["subject_id"]) for e in entries] == [
            ("conversation.link", second.conversation_id)
        ]
