"""Text fields of JSON request bodies: refused with a reason rather than failing in the database.

PostgreSQL's `text` cannot hold a NUL character, so a body carrying one would reach the
database and fail there (a 500); it is a 422 naming the field instead, and the pattern in
`/openapi.json` says so.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field


def refuse_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


StoredText = Annotated[
    str, AfterValidator(refuse_nul), Field(json_schema_extra={"pattern": "^[^\\x00]*$"})
]


# Text that must say something: at least one character that is not white space (and no NUL),
# refused by the pattern itself so `/openapi.json` tells a client exactly what is accepted.
NON_BLANK_PATTERN = "^[^\\x00]*[^\\s\\x00][^\\x00]*$"


def refuse_nul_first(value: object) -> object:
    """The NUL reason before the pattern's (which refuses a NUL too, less clearly)."""
    return refuse_nul(value) if isinstance(value, str) else value


# `json_schema_extra` as well: with a field-level `Field(min_length=..., max_length=...)` on top,
# Pydantic drops the pattern from the JSON schema (not from validation), and a fuzzer then
# sends a NUL that the schema seemed to allow.
NonBlankText = Annotated[
    str, BeforeValidator(refuse_nul_first),
    Field(pattern=NON_BLANK_PATTERN, json_schema_extra={"pattern": NON_BLANK_PATTERN}),
]
