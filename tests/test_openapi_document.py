"""`/openapi.json` documents every JSON response, its errors, and the websockets' frames."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from app.live.schemas import CONSOLE_FRAME
from app.main import create_app
from app.settings import Settings

FREE_FORM_ALLOWED: tuple[str, ...] = ()


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    app = create_app(Settings(env="test"), database_url="postgresql+asyncpg://unused/unused")
    return app.openapi()


def api_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, operations in document["paths"].items()
        if path.startswith("/api/")
        for method, operation in operations.items()
    ]


def json_schema(response: dict[str, Any]) -> dict[str, Any] | None:
    schema: dict[str, Any] | None = response.get("content", {}).get("application/json", {}).get("schema")
    return schema


def is_described(schema: dict[str, Any]) -> bool:
    """A model (`$ref`), an object with properties, or a list of either: not just "JSON"."""
    if "$ref" in schema or schema.get("properties"):
        return True
    items = schema.get("items")
    return isinstance(items, dict) and is_described(items)


class TestResponses:
    def test_there_are_api_operations(self, document: dict[str, Any]) -> None:
        assert len(api_operations(document)) >= 10

    def test_every_api_operation_has_a_success_response_schema(self, document: dict[str, Any]) -> None:
        missing = []
        for path, method, operation in api_operations(document):
            success = {
                code: response for code, response in operation["responses"].items() if code.startswith("2")
            }
            assert success, (method, path)
            for code, response in success.items():
                schema = json_schema(response)
                if code == "204":
                    assert schema is None, (method, path)
                elif schema is None and "text/csv" in response.get("content", {}):
                    assert response["content"]["text/csv"]["schema"]["description"], (method, path)
                elif not schema or (not is_described(schema) and not path.startswith(FREE_FORM_ALLOWED)):
                    missing.append((method, path, code))
        assert missing == []

    def test_every_documented_error_is_the_error_shape(self, document: dict[str, Any]) -> None:
        for path, method, operation in api_operations(document):
            for code, response in operation["responses"].items():
                if code.startswith(("4", "5")):
                    expected = "ValidationErrorRead" if code == "422" else "ErrorRead"
                    assert json_schema(response) == {"$ref": f"#/components/schemas/{expected}"}, (
                        method,
                        path,
                        code,
                    )

    def test_authenticated_operations_document_their_401(self, document: dict[str, Any]) -> None:
        for path, method, operation in api_operations(document):
            if path.startswith(("/api/conversations", "/api/messages")) or path == "/api/auth/me":
                assert "401" in operation["responses"], (method, path)

    def test_framework_validation_errors_are_not_documented(self, document: dict[str, Any]) -> None:
        assert "HTTPValidationError" not in document["components"]["schemas"]
        assert document["components"]["schemas"]["ValidationErrorRead"]["required"] == ["error", "details"]


class TestConsoleFrames:
    def test_the_frame_union_and_its_models_are_components(self, document: dict[str, Any]) -> None:
        schemas = document["components"]["schemas"]
        frame = schemas["ConsoleFrame"]
        refs = {option.get("$ref") for option in frame["anyOf"]}
        assert {
            "#/components/schemas/HelloFrame",
            "#/components/schemas/PingFrame",
            "#/components/schemas/ResyncFrame",
        } <= refs
        events = next(option for option in frame["anyOf"] if "discriminator" in option)
        assert events["discriminator"]["propertyName"] == "kind"
        assert set(events["discriminator"]["mapping"]) == {
            "conversation.created",
            "conversation.updated",
            "message.created",
            "message.updated",
            "queue.held",
            "referral.updated",
            "whisper.created",
            "staff.updated",
        }

    def test_event_frames_carry_the_models_the_api_returns(self, document: dict[str, Any]) -> None:
        schemas = document["components"]["schemas"]
        created = schemas["MessageCreatedFrame"]["properties"]["message"]
        conversation = schemas["ConversationUpdatedFrame"]["properties"]["conversation"]
        assert created == {"$ref": "#/components/schemas/MessageRead"}
        assert conversation == {"$ref": "#/components/schemas/ConversationRead"}
        reply = document["paths"]["/api/conversations/{conversation_id}/messages"]["post"]
        assert json_schema(reply["responses"]["201"]) == created

    def test_a_frame_of_an_unknown_kind_is_not_a_console_frame(self) -> None:
        with pytest.raises(ValidationError):
            CONSOLE_FRAME.validate_python(
                {"type": "event", "id": 1, "kind": "conversation.deleted", "conversation_id": None}
            )


async def test_the_document_is_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/openapi.json")
    assert response.status_code == 200
    assert "ConsoleFrame" in response.json()["components"]["schemas"]


def test_the_public_chat_frames_are_components(document: dict[str, Any]) -> None:
    components = document["components"]["schemas"]
    server = components["ChatServerFrame"]
    kinds = {ref["$ref"].rsplit("/", 1)[1] for ref in server["oneOf"]}
    assert {"SessionFrame", "HistoryFrame", "AckFrame", "ErrorFrame", "MessageFrame"} <= kinds
    assert all(kind in components for kind in kinds)
    assert "ChatVisitorFrame" in components and "HelloFrame" in components


def test_the_partner_chat_frames_are_components(document: dict[str, Any]) -> None:
    components = document["components"]["schemas"]
    frame = components["PartnerChatFrame"]
    kinds = {ref["$ref"].rsplit("/", 1)[1] for ref in frame["oneOf"]}
    assert kinds == {"PartnerHelloFrame", "PartnerLineFrame", "PartnerPingFrame", "PartnerClosedFrame"}
    assert all(kind in components for kind in kinds)
    reasons = components["ShareEnded"]["enum"]
    assert set(reasons) == {"left", "conversation_closed", "consent_ended", "referral_ended"}
    # The console's frames of the same short names are still the console's.
    assert components["HelloFrame"]["properties"]["type"]["const"] == "hello"
    assert "last_event_id" in components["HelloFrame"]["properties"]
