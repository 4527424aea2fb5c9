"""Text fields of JSON request bodies: refused with a reason rather than failing in the database.

PostgreSQL's `text` cannot hold a NUL character, so a body carrying one would reach the
database and fail there (a 500); it is a 422 naming the field instead, and the pattern in
`/openapi.json` says so.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from app.security.visible_text import cap_marks


def refuse_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


StoredText = Annotated[str, AfterValidator(refuse_nul), Field(json_schema_extra={"pattern": "^[^\\x00]*$"})]


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
    str,
    BeforeValidator(refuse_nul_first),
    Field(pattern=NON_BLANK_PATTERN, json_schema_extra={"pattern": NON_BLANK_PATTERN}),
]


# Characters a shown name may not hold: controls, the soft hyphen, and the format characters
# that hide or reorder text (bidirectional marks, embeddings, overrides and isolates reverse
# what follows; zero-width characters make two names look alike), and the fillers that show
# nothing (the combining grapheme joiner, the Hangul and Khmer fillers): a name of U+3164 alone
# looked blank to the caller it was shown to. BMP only: the pattern is published in the schema.
_INVISIBLE = (
    "\\x00-\\x1f\\x7f-\\x9f\\xad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f"
    "\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0\\ufff0-\\ufffb"
)
SHOWN_NAME_PATTERN = f"^[^{_INVISIBLE}]*[^{_INVISIBLE}\\s][^{_INVISIBLE}]*$"
_SHOWN_NAME = re.compile(SHOWN_NAME_PATTERN)


def refuse_invisible(value: str) -> str:
    """A name shown to callers and operators: something visible, nothing hidden, and no pile of
    combining marks drawn over the lines around it (`visible_text.cap_marks`)."""
    if _SHOWN_NAME.fullmatch(value) is None:
        raise ValueError("must be visible text without control, bidirectional or zero-width characters")
    return cap_marks(value.strip())


# A person's name as others see it: the pattern in `/openapi.json` is the one that is checked.
ShownName = Annotated[
    str, AfterValidator(refuse_invisible), Field(json_schema_extra={"pattern": SHOWN_NAME_PATTERN})
]
