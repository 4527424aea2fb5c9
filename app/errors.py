"""Errors with an HTTP status. Messages carry ids and codes, never text or addresses."""

from __future__ import annotations


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
