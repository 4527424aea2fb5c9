"""Twilio's request signature: the form body as `RequestValidator` reads it, and the check
against the public URL Twilio was given (so it holds behind a proxy that rewrites host or
scheme)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl

from fastapi import Request
from twilio.request_validator import RequestValidator

from channels.base import ChannelNotConfigured, ForgedRequest, MalformedPayload, read_body
from channels.twilio.config import TwilioConfig

SIGNATURE_HEADER = "X-Twilio-Signature"

FormParams = dict[str, str | list[str]]
MAX_FIELDS = 200
"""Twilio's own requests carry a few dozen fields (an SMS with ten pictures about fifty). A forged
body of 9,000 fields, refused only after it was parsed and signed field by field, cost 45 to 78 ms
of CPU on the event loop; parse_qsl counts the separators before it parses anything."""


def read_form(body: bytes) -> FormParams:
    """An `application/x-www-form-urlencoded` body as RequestValidator expects it."""
    try:
        pairs = parse_qsl(
            body.decode("utf-8"), keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_FIELDS
        )
    except UnicodeDecodeError as exc:
        raise MalformedPayload("body is not UTF-8") from exc
    except ValueError as exc:  # parse_qsl: "Max number of fields exceeded"
        raise MalformedPayload(f"more than {MAX_FIELDS} fields") from exc
    params: FormParams = {}
    for name, value in pairs:
        current = params.get(name)
        if current is None:
            params[name] = value
        elif isinstance(current, list):
            current.append(value)
        else:
            params[name] = [current, value]
    return params


def webhook_url(public_url: str, path: str, query: str = "") -> str:
    """The URL Twilio signed: the public one, whatever the proxy in front rewrote."""
    url = public_url.rstrip("/") + path
    return f"{url}?{query}" if query else url


class _MultiForm(dict[str, Any]):
    """A form whose repeated fields RequestValidator reads as lists (its MultiDict path)."""

    def getall(self, name: str) -> list[str]:
        value = self[name]
        return list(value) if isinstance(value, list) else [value]


def verify_signature(auth_token: str, url: str, params: Mapping[str, Any], signature: str | None) -> None:
    """Raise `ForgedRequest` unless Twilio signed exactly this URL and these parameters."""
    if not signature or not RequestValidator(auth_token).validate(url, _MultiForm(params), signature):
        raise ForgedRequest("X-Twilio-Signature does not match")


async def verified_form(request: Request, config: TwilioConfig) -> FormParams:
    """The form of a request Twilio signed; `ForgedRequest` for anything else (checked
    before anything is read from it or stored)."""
    token = config.twilio_auth_token
    if token is None:
        raise ChannelNotConfigured("Twilio")
    body = await read_body(request)
    try:
        params = read_form(body)
    except MalformedPayload:
        raise ForgedRequest("unreadable body cannot carry a valid signature") from None
    url = webhook_url(config.public_url, request.url.path, request.url.query)
    verify_signature(token.get_secret_value(), url, params, request.headers.get(SIGNATURE_HEADER))
    return params
