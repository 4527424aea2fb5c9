"""Reading Twilio's voice webhook forms: call ids, the caller, keys, speech, statuses."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from channels.base import MalformedPayload

# Twilio's final statuses of a call (its status callback).
FINAL_STATUSES = frozenset({"completed", "busy", "failed", "no-answer", "canceled"})
# What a number Twilio cannot show looks like ("Anonymous", "+266696687", "restricted"...).
WITHHELD = frozenset(
    {"", "anonymous", "restricted", "unknown", "private", "+266696687", "+7378742833", "+2562533", "+8656696"}
)
MAX_SPEECH = 200
OPERATOR_IDENTITY = "operator-"

Form = Mapping[str, str | list[str]]


def single(params: Form, name: str) -> str:
    value = params.get(name, "")
    if isinstance(value, list):
        raise MalformedPayload(f"{name} given more than once")
    return value


def sid(params: Form, name: str = "CallSid") -> str:
    """A call id: CA and 32 hex digits."""
    return checked_sid(single(params, name), name)


def checked_sid(value: str, name: str) -> str:
    if len(value) != 34 or not value.startswith("CA") or not value[2:].isalnum() or not value.isascii():
        raise MalformedPayload(f"{name} is missing or malformed")
    return value


def caller(params: Form, call_sid: str) -> str:
    """The caller's number; a withheld one becomes a one-call address (a new contact each time)."""
    number = single(params, "From").strip()
    if not number.isprintable():
        raise MalformedPayload("From holds control characters")
    if number.lower() in WITHHELD:
        return f"withheld:{call_sid}"
    return number


def operator_identity(params: Form) -> int:
    """The operator a browser phone belongs to: `client:operator-<id>` (the identity the
    server put in its access token)."""
    identity = single(params, "From").removeprefix("client:")
    number = identity.removeprefix(OPERATOR_IDENTITY)
    if not identity.startswith(OPERATOR_IDENTITY) or not _digits(number, at_most=12):
        raise MalformedPayload("From is not an operator's browser phone")
    return int(number)


def conversation(params: Form) -> str:
    """The conversation a browser phone answers (a custom parameter of its call)."""
    value = single(params, "conversation")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise MalformedPayload("conversation is missing or malformed") from None


def digits(params: Form) -> str:
    value = single(params, "Digits").strip()
    return value if value.isascii() and all(ch in "0123456789*#" for ch in value) else ""


def speech(params: Form) -> str:
    return single(params, "SpeechResult")[:MAX_SPEECH]


def number(params: Form, name: str) -> int | None:
    value = single(params, name)
    return int(value) if _digits(value, at_most=9) else None


def _digits(value: str, *, at_most: int) -> bool:
    """ASCII digits only: `str.isdigit` also takes "²" (which `int` refuses) and "٣" (which it
    reads), and `int` refuses more than 4,300 digits."""
    return 0 < len(value) <= at_most and value.isascii() and value.isdigit()


def status(params: Form) -> str:
    return single(params, "CallStatus").lower()[:20]
