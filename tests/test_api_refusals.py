"""Inputs that once reached the database and failed there (a 500) are refused with a reason."""

from __future__ import annotations

import uuid

import httpx
from sqlmodel import col, select

from app.main import create_app
from app.models import Message
from app.settings import Settings
from app.storage.db import Database
from tests.factories import receive


class TestNulCharacters:
    async def test_a_reply_with_a_nul_character_is_422_and_nothing_is_stored(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        accepted = await receive(database, "Bonjour")
        response = await operator_client.post(
            f"/api/conversations/{accepted.conversation_id}/messages", json={"text": "a\x00b"}
        )
        assert response.status_code == 422
        assert response.json()["details"] == [
            {"field": "body.text", "reason": "Value error, must not contain a NUL character"}
        ]
        async with database.sessions() as session:
            stored = (
                await session.exec(
                    select(Message).where(col(Message.conversation_id) == uuid.UUID(accepted.conversation_id))
                )
            ).all()
        assert [message.direction for message in stored] == ["in"]

    async def test_a_login_email_with_a_nul_character_is_422(
        self, client: httpx.AsyncClient, operator: str
    ) -> None:
        response = await client.post("/api/auth/login", json={"email": operator + "\x00", "password": "x"})
        assert response.status_code == 422
        assert response.json()["details"][0]["field"] == "body.email"


class TestTheSchemaSaysNulIsRefused:
    def test_every_stored_request_text_carries_the_pattern(self) -> None:
        """A refusal the schema does not announce is a "valid request rejected" for a client."""
        schema = create_app(Settings(env="test"), database_url="postgresql+asyncpg://unused/unused").openapi()
        components = schema["components"]["schemas"]
        for model, field in [("ReplyCreate", "text"), ("NoteCreate", "text"), ("WhisperCreate", "text")]:
            assert "\\x00" in components[model]["properties"][field].get("pattern", ""), (model, field)


class TestOutOfRangeIds:
    async def test_a_message_id_beyond_a_bigint_is_422(self, operator_client: httpx.AsyncClient) -> None:
        response = await operator_client.post(f"/api/messages/{2**63}/retry", json={})
        assert response.status_code == 422
        assert response.json()["details"][0]["field"] == "path.message_id"

    async def test_the_largest_bigint_is_an_unknown_message(self, operator_client: httpx.AsyncClient) -> None:
        response = await operator_client.post(f"/api/messages/{2**63 - 1}/retry", json={})
        assert response.status_code == 404
        assert response.json() == {"error": "no delivery for this message"}


class TestFrameworkRefusalsInTheErrorShape:
    async def test_a_body_that_is_not_json_is_400_with_an_error(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        accepted = await receive(database, "Bonjour")
        response = await operator_client.post(
            f"/api/conversations/{accepted.conversation_id}/messages",
            content=b"\xff\xfe{",
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code in (400, 422)
        assert isinstance(response.json()["error"], str)

    async def test_a_body_of_white_space_is_no_json_object_even_where_no_field_is_read(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        """Found by the OpenAPI fuzz test: `' '` on a route without fields was a 204."""
        accepted = await receive(database, "Bonjour")
        url = f"/api/conversations/{accepted.conversation_id}/typing"
        refused = await operator_client.post(url, content=b" ", headers={"Content-Type": "application/json"})
        assert refused.status_code == 422 and refused.json()["details"][0]["field"] == "body"
        empty = await operator_client.post(url, content=b"", headers={"Content-Type": "application/json"})
        assert empty.status_code == 204

    async def test_a_wrong_method_lists_every_method_of_the_path(
        self, operator_client: httpx.AsyncClient
    ) -> None:
        response = await operator_client.request("OPTIONS", f"/api/conversations/{uuid.uuid4()}")
        assert response.status_code == 405
        assert response.headers["allow"] == "GET, PATCH"
        assert response.json() == {"error": "Method Not Allowed"}

    async def test_an_unknown_page_is_a_page_of_our_own(self, client: httpx.AsyncClient) -> None:
        """Was the framework's `{"detail":"Not Found"}`; tests/security/test_error_pages.py."""
        response = await client.get("/no-such-page")
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html") and "detail" not in response.text
