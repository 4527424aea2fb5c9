"""Text fields of JSON request bodies: refused with a reason rather than failing in the database.

PostgreSQL's `text` cannot hold a NUL character, so a body carrying one would reach the
database and fail there (a 500); it is a 422 naming the field instead, and the pattern in
`/openapi.json` says so.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field


def refuse_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


StoredText = Annotated[
    str, AfterValidator(refuse_nul), Field(json_schema_extra={"pattern": "^[^\\x00]*$"})
]
