"""The conversation view over the API: notes, wrap-up, reopening, history, links, originals,
canned responses."""

from __future__ import annotations

from app.models import Role
from app.storage.db import Database
from tests.console.conftest import LogIn, rows
from tests.factories import receive
from tests.referrals.helpers import make_service, refer

PLANTED = "Son nom est Marie Tremblay, joindre au 514-555-0199, elle dort au refuge."


def url(conversation_id: str, action: str = "") -> str:
    return f"/api/conversations/{conversation_id}{'/' + action if action else ''}"


class TestNotes:
    async def test_a_note_is_stored_redacted_and_never_sent(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        noted = await alice.post(url(accepted.conversation_id, "notes"), json={"text": PLANTED})
        assert noted.status_code == 201
        assert noted.json()["direction"] == "note" and "[PHONE]" in noted.json()["text"]
        stored = await rows(
            database, "SELECT body_redacted, sealed_original FROM messages WHERE direction = 'note'"
        )
        assert len(stored) == 1 and stored[0]["sealed_original"] is None
        for secret in ("514", "555", "0199", "Marie", "Tremblay"):
            assert secret not in stored[0]["body_redacted"]
        assert "refuge" in stored[0]["body_redacted"]
        assert await rows(database, "SELECT id FROM outbox") == []
        events = await rows(database, "SELECT payload::text AS p FROM events WHERE kind = 'message.created'")
        assert all("Tremblay" not in event["p"] and "0199" not in event["p"] for event in events)

    async def test_a_blank_note_is_422(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        assert (
            await alice.post(url(accepted.conversation_id, "notes"), json={"text": "   "})
        ).status_code == 422


class TestWrapUp:
    async def test_close_needs_an_outcome_from_the_list(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        assert (await alice.post(url(accepted.conversation_id, "close"), json={})).status_code == 422
        assert (
            await alice.post(url(accepted.conversation_id, "close"), json={"outcome": "solved"})
        ).status_code == 422

    async def test_close_stores_outcome_tags_and_follow_up(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        closed = await alice.post(
            url(accepted.conversation_id, "close"),
            json={"outcome": "safety_plan", "tags": ["labour", "housing"], "follow_up": "2026-12-12"},
        )
        assert closed.status_code == 200
        body = closed.json()
        assert (body["status"], body["outcome"], body["tags"], body["follow_up"]) == (
            "closed",
            "safety_plan",
            ["labour", "housing"],
            "2026-12-12",
        )
        again = await alice.post(url(accepted.conversation_id, "close"), json={"outcome": "other"})
        assert again.status_code == 409

    async def test_tags_are_words_never_names_or_numbers(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        for bad in (["Marie Tremblay"], ["5145550199"], ["x" * 41]):
            response = await alice.put(url(accepted.conversation_id, "tags"), json={"tags": bad})
            assert response.status_code == 422, bad
            assert "Tremblay" not in response.text and "5145550199" not in response.text
        ok = await alice.put(url(accepted.conversation_id, "tags"), json={"tags": ["labour"]})
        assert ok.status_code == 200 and ok.json()["tags"] == ["labour"]

    async def test_a_closed_case_reopens_as_the_operators(self, staff: LogIn, database: Database) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour", address="caller-a")
        await alice.post(url(accepted.conversation_id, "close"), json={"outcome": "no_contact"})
        reopened = await bob.post(url(accepted.conversation_id, "reopen"), json={})
        assert reopened.status_code == 200
        assert (
            reopened.json()["status"],
            reopened.json()["assigned_operator"],
            reopened.json()["outcome"],
        ) == ("active", "bob@example.org", None)
        assert (await bob.post(url(accepted.conversation_id, "reopen"), json={})).status_code == 409

    async def test_reopening_while_the_caller_has_an_open_conversation_is_409(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        first = await receive(database, "Bonjour", address="caller-a")
        await alice.post(url(first.conversation_id, "close"), json={"outcome": "abandoned"})
        await receive(database, "Encore moi", address="caller-a")
        assert (await alice.post(url(first.conversation_id, "reopen"), json={})).status_code == 409


class TestHistory:
    async def test_a_returning_caller_shows_earlier_contacts_with_outcomes_and_notes(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        first = await receive(database, "au secours il va me tuer", address="caller-a")
        await alice.post(url(first.conversation_id, "notes"), json={"text": "Plan de sécurité fait."})
        await alice.post(
            url(first.conversation_id, "close"), json={"outcome": "safety_plan", "tags": ["violence"]}
        )
        await receive(database, "Bonjour, quelqu'un d'autre", address="caller-b")
        second = await receive(database, "Bonjour, c'est encore moi", address="caller-a")
        assert second.conversation_id != first.conversation_id
        earlier = (await alice.get(url(second.conversation_id, "history"))).json()
        assert [item["id"] for item in earlier] == [first.conversation_id]
        item = earlier[0]
        assert (item["urgency"], item["outcome"], item["tags"], item["linked"]) == (
            "emergency",
            "safety_plan",
            ["violence"],
            False,
        )
        assert [note["text"] for note in item["notes"]] == ["Plan de sécurité fait."]
        assert item["closed_at"] is not None and item["started_at"]

    async def test_earlier_referrals_show_with_partner_need_state_and_dates(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        service, _ = await make_service(database, name="Maison Marguerite")
        first = await receive(database, "J'ai besoin d'un endroit où dormir", address="caller-r")
        made = await refer(alice, first.conversation_id, service)
        assert made.status_code == 201, made.text
        await alice.post(url(first.conversation_id, "close"), json={"outcome": "referred"})
        other = await receive(database, "Bonjour", address="caller-s")
        second = await receive(database, "Re-bonjour", address="caller-r")
        earlier = (await alice.get(url(second.conversation_id, "history"))).json()
        assert [len(item["referrals"]) for item in earlier] == [1]
        referral = earlier[0]["referrals"][0]
        assert referral["id"] == made.json()["id"]
        assert (referral["service_name"], referral["organization_name"], referral["purpose"]) == (
            "Maison Marguerite",
            "Maison Marguerite (organisation)",
            "shelter tonight",
        )
        assert (referral["status"], referral["consent_state"]) == ("requested", "given")
        assert referral["created_at"] and referral["updated_at"] >= referral["created_at"]
        assert (await alice.get(url(other.conversation_id, "history"))).json() == []

    async def test_linking_with_the_callers_agreement_joins_the_histories(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        sms = await receive(database, "Bonjour", address="phone-a")
        await alice.post(url(sms.conversation_id, "close"), json={"outcome": "information_given"})
        chat = await receive(database, "C'est moi, de mon téléphone", address="chat-a")
        assert (await alice.get(url(chat.conversation_id, "history"))).json() == []
        refused = await alice.post(
            url(chat.conversation_id, "link"), json={"conversation_id": sms.conversation_id}
        )
        assert refused.status_code == 422  # no caller agreement, no link
        linked = await alice.post(
            url(chat.conversation_id, "link"),
            json={"conversation_id": sms.conversation_id, "caller_agreed": True},
        )
        assert linked.status_code == 200 and linked.json() == {"linked": True}
        again = await alice.post(
            url(sms.conversation_id, "link"),
            json={"conversation_id": chat.conversation_id, "caller_agreed": True},
        )
        assert again.json() == {"linked": False}
        earlier = (await alice.get(url(chat.conversation_id, "history"))).json()
        assert [(item["id"], item["linked"]) for item in earlier] == [(sms.conversation_id, True)]


class TestShowOriginal:
    async def test_a_supervisor_sees_the_original_with_a_reason_an_operator_does_not(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, boss = await staff("alice"), await staff("boss", Role.supervisor)
        accepted = await receive(database, "Appelez-moi au 514-555-0199")
        messages = (await alice.get(url(accepted.conversation_id, "messages"))).json()
        message_id = messages[0]["id"]
        assert "0199" not in messages[0]["text"]
        body = {"reason": "Numéro nécessaire pour le 911"}
        assert (await alice.post(f"/api/messages/{message_id}/reveal", json=body)).status_code == 403
        shown = await boss.post(f"/api/messages/{message_id}/reveal", json=body)
        assert shown.status_code == 200 and shown.json()["text"] == "Appelez-moi au 514-555-0199"
        assert (await boss.post(f"/api/messages/{message_id}/reveal", json={})).status_code == 422

    async def test_a_message_without_an_original_is_404(self, staff: LogIn, database: Database) -> None:
        boss = await staff("boss", Role.supervisor)
        accepted = await receive(database, "Bonjour")
        note = await boss.post(url(accepted.conversation_id, "notes"), json={"text": "note"})
        response = await boss.post(
            f"/api/messages/{note.json()['id']}/reveal", json={"reason": "vérification"}
        )
        assert response.status_code == 404


class TestCannedResponses:
    async def test_seeded_from_the_catalogue_in_three_languages_safety_first(self, staff: LogIn) -> None:
        alice = await staff("alice")
        everything = (await alice.get("/api/canned-responses")).json()
        assert {item["language"] for item in everything} >= {"fr", "en", "es"}
        french = (await alice.get("/api/canned-responses", params={"language": "fr"})).json()
        assert french[0]["safety"] is True and {item["language"] for item in french} == {"fr"}
        assert "safe_to_talk" in {item["key"] for item in french}

    async def test_a_supervisor_edits_one_language_an_operator_may_not(self, staff: LogIn) -> None:
        alice, boss = await staff("alice"), await staff("boss", Role.supervisor)
        english_before = (await alice.get("/api/canned-responses", params={"language": "en"})).json()
        items = [{"key": "welcome", "title": "Accueil", "text": "Bonjour!", "safety": False}]
        body = {"language": "fr", "responses": items}
        assert (await alice.put("/api/canned-responses", json=body)).status_code == 403
        saved = await boss.put("/api/canned-responses", json=body)
        assert saved.status_code == 200 and saved.json() == [{**items[0], "language": "fr"}]
        assert (await alice.get("/api/canned-responses", params={"language": "fr"})).json() == [
            {**items[0], "language": "fr"}
        ]
        assert (await alice.get("/api/canned-responses", params={"language": "en"})).json() == (
            english_before
        )
        twice = await boss.put("/api/canned-responses", json={"language": "fr", "responses": items + items})
        assert twice.status_code == 409
