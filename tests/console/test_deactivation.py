"""A deactivated operator owns nothing: their open conversations wait again in the queue (most
urgent first, as usual), each with an audit entry and a live event, and their sessions end."""

from __future__ import annotations

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.console.conftest import LogIn, rows, user_id
from tests.console.test_staff_events import latest
from tests.factories import receive


def deactivate_url(target: int) -> str:
    return f"/api/users/{target}/deactivate"


class TestDeactivation:
    async def test_their_conversations_wait_again_audited_and_announced(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, admin = await staff("alice"), await staff("admin", Role.admin)
        standard = await receive(database, "Bonjour, une question", address="a")
        emergency = await receive(database, "au secours il va me tuer", address="b")
        for accepted in (standard, emergency):
            taken = await alice.post(f"/api/conversations/{accepted.conversation_id}/take", json={})
            assert taken.status_code == 200
        newcomer = await receive(database, "Allo", address="c")
        before = (await rows(database, "SELECT max(id) AS id FROM events"))[0]["id"]

        done = await admin.post(deactivate_url(user_id(alice)), json={})
        assert done.status_code == 200, done.text
        assert done.json()["released"] == [emergency.conversation_id, standard.conversation_id]

        queue = (await admin.get("/api/conversations")).json()
        assert [(item["id"], item["status"], item["assigned_operator_id"]) for item in queue] == [
            (emergency.conversation_id, "waiting", None),
            (standard.conversation_id, "waiting", None),
            (newcomer.conversation_id, "waiting", None),
        ]
        audit = await rows(
            database, "SELECT action, actor_id, subject_id, detail::text AS detail FROM audit_log ORDER BY id"
        )
        released = [entry for entry in audit if entry["action"] == "conversation.release"]
        assert {entry["subject_id"] for entry in released} == {
            standard.conversation_id,
            emergency.conversation_id,
        }
        assert all(entry["actor_id"] == user_id(admin) for entry in released)
        assert [entry["subject_id"] for entry in audit if entry["action"] == "user.deactivate"] == [
            str(user_id(alice))
        ]
        announced = await rows(
            database,
            "SELECT kind, conversation_id::text AS cid FROM events WHERE id > :before ORDER BY id",
            before=before,
        )
        assert [(e["kind"], e["cid"]) for e in announced] == [
            ("conversation.updated", emergency.conversation_id),
            ("conversation.updated", standard.conversation_id),
            ("staff.updated", None),
        ]
        assert (await latest(database))[user_id(alice)]["active"] is False

    async def test_their_sessions_end_and_they_cannot_log_in_again(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, admin = await staff("alice"), await staff("admin", Role.admin)
        assert (await alice.get("/api/me/presence")).status_code == 200
        assert (await admin.post(deactivate_url(user_id(alice)), json={})).status_code == 200
        assert (await alice.get("/api/me/presence")).status_code == 401
        again = await alice.post(
            "/api/auth/login", json={"email": "alice@example.org", "password": OPERATOR_PASSWORD}
        )
        assert again.status_code == 401
        room = (await admin.get("/api/supervisor/room")).json()
        assert "alice@example.org" not in {row["email"] for row in room["staff"]}
        twice = await admin.post(deactivate_url(user_id(alice)), json={})
        assert twice.status_code == 200 and twice.json() == {"released": []}

    async def test_only_an_admin_deactivates_and_never_themselves(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, boss = await staff("alice"), await staff("boss", Role.supervisor)
        admin = await staff("admin", Role.admin)
        assert (await boss.post(deactivate_url(user_id(alice)), json={})).status_code == 403
        assert (await alice.post(deactivate_url(user_id(alice)), json={})).status_code == 403
        assert (await admin.post(deactivate_url(user_id(admin)), json={})).status_code == 409
        assert (await admin.post(deactivate_url(999999), json={})).status_code == 404
        for beyond in (2**31, 10**20):  # past PostgreSQL's integer: 422, not a 500
            assert (await admin.post(deactivate_url(beyond), json={})).status_code == 422
            assert (await admin.post(f"/api/users/{beyond}/sessions/revoke", json={})).status_code == 422
            assert (await admin.post(f"/api/users/{beyond}/totp/reset", json={})).status_code == 422
        assert (await alice.get("/api/me/presence")).status_code == 200
