from __future__ import annotations

import httpx

from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import receive


class TestLogin:
    async def test_wrong_password_is_401(self, client: httpx.AsyncClient, operator: str) -> None:
        response = await client.post(
            "/api/auth/login", json={"email": operator, "password": "wrong password"}
        )
        assert response.status_code == 401
        assert "hotline_session" not in response.cookies

    async def test_unknown_user_is_401(self, client: httpx.AsyncClient) -> None:
        response = await client.post("/api/auth/login", json={"email": "nobody@example.org", "password": "x"})
        assert response.status_code == 401

    async def test_login_sets_a_strict_httponly_cookie(
        self, client: httpx.AsyncClient, operator: str
    ) -> None:
        response = await client.post(
            "/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD}
        )
        assert response.status_code == 200
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert (await client.get("/api/auth/me")).json()["email"] == operator

    async def test_malformed_login_is_422_without_echoing_values(self, client: httpx.AsyncClient) -> None:
        response = await client.post("/api/auth/login", json={"email": "a@b.ca"})
        assert response.status_code == 422
        assert "a@b.ca" not in response.text


class TestConversationsApi:
    async def test_requires_login(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/api/conversations")).status_code == 401

    async def test_queue_is_ordered_by_urgency_then_waiting_time(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        low = await receive(database, "test")
        standard = await receive(database, "Bonjour, je voudrais parler à quelqu'un")
        emergency = await receive(database, "au secours il va me tuer")
        standard_later = await receive(database, "I need advice about my work visa")
        queue = (await operator_client.get("/api/conversations")).json()
        assert [item["id"] for item in queue] == [
            emergency.conversation_id,
            standard.conversation_id,
            standard_later.conversation_id,
            low.conversation_id,
        ]
        assert set(queue[0]) >= {"id", "channel", "status", "urgency", "language", "waiting_since"}
        assert queue[0]["channel"] == "webchat" and queue[0]["urgency"] == "emergency"

    async def test_reply_is_listed_after_the_inbound_message(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        accepted = await receive(database, "Bonjour")
        url = f"/api/conversations/{accepted.conversation_id}/messages"
        sent = await operator_client.post(url, json={"text": "Bonjour, je vous écoute."})
        assert sent.status_code == 201
        messages = (await operator_client.get(url)).json()
        assert [(m["direction"], m["text"]) for m in messages] == [
            ("in", "Bonjour"),
            ("out", "Bonjour, je vous écoute."),
        ]
        conversation = (await operator_client.get(f"/api/conversations/{accepted.conversation_id}")).json()
        assert conversation["status"] == "active"

    async def test_reply_must_be_json(self, operator_client: httpx.AsyncClient, database: Database) -> None:
        accepted = await receive(database, "Bonjour")
        response = await operator_client.post(
            f"/api/conversations/{accepted.conversation_id}/messages", data={"text": "hi"}
        )
        assert response.status_code == 415

    async def test_blank_reply_and_unknown_conversation_are_refused(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        accepted = await receive(database, "Bonjour")
        blank = await operator_client.post(
            f"/api/conversations/{accepted.conversation_id}/messages", json={"text": "   "}
        )
        assert blank.status_code == 422
        missing = await operator_client.post(
            "/api/conversations/00000000-0000-0000-0000-000000000000/messages", json={"text": "hi"}
        )
        assert missing.status_code == 404

    async def test_closed_conversation_leaves_the_queue(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        accepted = await receive(database, "Bonjour")
        closed = await operator_client.post(
            f"/api/conversations/{accepted.conversation_id}/close", json={"outcome": "information_given"}
        )
        assert closed.status_code == 200 and closed.json()["outcome"] == "information_given"
        assert (await operator_client.get("/api/conversations")).json() == []


class TestHealth:
    async def test_healthz_and_readyz(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/healthz")).json() == {"status": "ok"}
        ready = await client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "ready"
