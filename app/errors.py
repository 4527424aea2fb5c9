"""Errors with an HTTP status. Messages carry ids and codes, never text or addresses."""

from __future__ import annotations

from pydantic import BaseModel, Field


class HotlineError(Exception):
    status_code = 400

    def __init__(self, message: str, status_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status_code is not None:
            self.status_code = status_code


class NotFound(HotlineError):
    status_code = 404


class Conflict(HotlineError):
    status_code = 409


class Unauthorized(HotlineError):
    status_code = 401


class Forbidden(HotlineError):
    status_code = 403


class Unavailable(HotlineError):
    status_code = 503


class FieldRefused(HotlineError):
    """A 422 about one field that its type alone could not refuse (answered in the 422 shape)."""

    status_code = 422

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class ErrorRead(BaseModel):
    """The body of every JSON error under `/api` and `/channels`."""

    error: str = Field(description="What went wrong: ids and codes, never a text or an address.")


class InvalidField(BaseModel):
    field: str = Field(description="Where, e.g. `body.text` or `path.conversation_id`.")
    reason: str


class ValidationErrorRead(ErrorRead):
    """A 422: which fields were refused and why (the submitted values are never echoed)."""

    details: list[InvalidField]
