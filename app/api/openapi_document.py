"""`/openapi.json`: FastAPI's document, plus the websockets' frames.

OpenAPI describes HTTP operations only, so the frames of `WS /console/ws` and of the
public chat's `WS /channels/webchat/ws` (`channels.webchat.frames`) are added too; those of `WS /console/ws`
(`app.live.schemas.ConsoleFrame`) are added as schemas under `components.schemas`:
`ConsoleFrame` (a union on `type`, and for `event` frames on `kind`) and each frame
model, sharing `ConversationRead` and `MessageRead` with the HTTP responses. The partner
portal's `WS /partner/referrals/{id}/live` sends `PartnerChatFrame` (`app.live.partner_frames`).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.errors import ValidationErrorRead
from app.live import partner_frames
from app.live.schemas import console_frame_json_schema
from channels.webchat import frames as chat_frames

DESCRIPTION = (
    'JSON API of the hotline console. Errors are `{"error": str}` (422 adds `details`). '
    "The console's live stream, `WS /console/ws?after=<event id>`, sends one JSON object per "
    "text frame: see `components.schemas.ConsoleFrame`. The public chat's socket, "
    "`WS /channels/webchat/ws`, sends `ChatServerFrame` and receives `ChatVisitorFrame`. The "
    "partner portal's live view of a referred conversation, "
    "`WS /partner/referrals/{id}/live?after=<line id>`, sends `PartnerChatFrame`."
)


def install(app: FastAPI) -> None:
    """Make `app.openapi()` (and so `/openapi.json`) include the console frames."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document(app)
        return app.openapi_schema

    app.openapi = build  # type: ignore[method-assign]


def document(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(title=app.title, version=app.version, description=DESCRIPTION, routes=app.routes)
    frames = console_frame_json_schema("#/components/schemas/{model}")
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name, definition in frames.pop("$defs", {}).items():
        components.setdefault(name, definition)
    components["ConsoleFrame"] = frames
    for name, chat_schema in chat_frames.json_schemas("#/components/schemas/{model}").items():
        for model, definition in chat_schema.pop("$defs", {}).items():
            components.setdefault(model, definition)
        components[name] = chat_schema
    partner = partner_frames.json_schema("#/components/schemas/{model}")
    for model, definition in partner.pop("$defs", {}).items():
        components.setdefault(model, definition)
    components["PartnerChatFrame"] = partner
    _validation_errors_as_rendered(schema)
    return schema


def _validation_errors_as_rendered(schema: dict[str, Any]) -> None:
    """Every 422 is rendered by `app.main`'s handler as `ValidationErrorRead`, whichever
    router the route is in: FastAPI's default `HTTPValidationError` is never sent."""
    components = schema["components"]["schemas"]
    if "ValidationErrorRead" not in components:
        components["ValidationErrorRead"] = ValidationErrorRead.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            response = operation.get("responses", {}).get("422")
            if response is not None:
                response["content"] = {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ValidationErrorRead"}}
                }
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
