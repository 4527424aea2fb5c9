"""The error responses a JSON route documents in `/openapi.json` (see `app.errors`)."""

from __future__ import annotations

from typing import Any

from app.errors import ErrorRead, ValidationErrorRead

_DESCRIPTIONS = {
    400: "Bad request",
    401: "Not logged in, or the session ended",
    403: "Not allowed for this role",
    404: "Not found",
    409: "Refused in the current state (the reason says why)",
    415: "The body must be JSON (Content-Type: application/json)",
    502: "The telephony provider refused or could not be reached (the reason says why)",
    422: "Invalid request (the fields and reasons, never the values)",
    503: "Unavailable",
}


# For a write that takes no fields: the body must still be JSON (`app.dependencies.JsonOnly`,
# which a cross-site form cannot send), so the document asks for a JSON object (ignored), e.g. `{}`.
EMPTY_JSON_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


def documented(*status_codes: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: `{"error": ...}` bodies, and the 422 shape with `details`."""
    return {
        code: {"model": ValidationErrorRead if code == 422 else ErrorRead, "description": _DESCRIPTIONS[code]}
        for code in status_codes
    }
