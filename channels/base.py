"""What every channel adapter shares."""

from __future__ import annotations


class ForgedRequest(Exception):
    """The request is not from the provider it claims to be from (answered 403)."""


class MalformedPayload(Exception):
    """The payload cannot be read (answered 400 with the reason)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
