"""`POST /channels/twilio/sms` and `POST /channels/twilio/status`: the app side of
`channels.twilio_sms` (signature and parsing there, storage here).

The signature is checked against `HOTLINE_PUBLIC_URL` + path (+ query), the URL Twilio
was given, so it holds behind a reverse proxy that rewrites host or scheme. A request
that does not verify is answered 403 before anything is read into storage.

Twilio waits up to 15 s. Intake (triage, pseudonym, vault, events) takes milliseconds
and is committed before answering, so a 200 means the message is stored; replies and
the safety message go through the outbox, off the request path. If the database is
down the answer is 503 and Twilio retries (or calls the fallback URL): an acknowledged
message is never lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import col, select

from app import channel_inbound, outbox
from app.context import AppContext
from app.models import Message
from channels.base import ForgedRequest, MalformedPayload
from channels.twilio_sms import (
    SIGNATURE_HEADER,
    SMS_PATH,
    STATUS_PATH,
    FormParams,
    parse_inbound,
    parse_status,
    read_form,
    verify_signature,
    webhook_url,
)

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
MAX_BODY = 64 * 1024
STORAGE_ERRORS = (OSError, OperationalError, DBAPIError, ConnectionError)
_Parsed = TypeVar("_Parsed")


def _context(request: Request) -> AppContext:
    context: AppContext = request.app.state.context
    return context


class _Refused(Exception):
    def __init__(self, response: Response) -> None:
        self.response = response


async def _verified_form(request: Request, context: AppContext) -> FormParams:
    token = context.settings.twilio_auth_token
    if token is None:
        raise _Refused(PlainTextResponse("Twilio is not configured", status_code=503))
    body = await request.body()
    if len(body) > MAX_BODY:
        raise _Refused(PlainTextResponse("request too large", status_code=413))
    try:
        params = read_form(body)
        url = webhook_url(context.settings.public_url, request.url.path, request.url.query)
        verify_signature(token.get_secret_value(), url, params, request.headers.get(SIGNATURE_HEADER))
    except (ForgedRequest, MalformedPayload):
        raise _Refused(PlainTextResponse("signature does not match", status_code=403)) from None
    return params


async def _signed(request: Request, parse: Callable[[FormParams], _Parsed]) -> _Parsed:
    """The request's form, verified then parsed; refused with 403, 400 (or 413/503) otherwise."""
    params = await _verified_form(request, _context(request))
    try:
        return parse(params)
    except MalformedPayload as exc:
        raise _Refused(PlainTextResponse(exc.reason, status_code=400)) from None


def _storage_unavailable(what: str, exc: Exception) -> Response:
    log.warning("twilio %s not stored, answered 503 [%s]", what, type(exc).__name__)
    return PlainTextResponse("storage unavailable, retry later", status_code=503)


@router.post(SMS_PATH)
async def inbound_sms(request: Request) -> Response:
    try:
        inbound = await _signed(request, parse_inbound)
    except _Refused as refused:
        return refused.response
    try:
        accepted = await channel_inbound.receive(_context(request), inbound)
    except STORAGE_ERRORS as exc:
        return _storage_unavailable("message", exc)
    log.info("twilio message %s stored%s", accepted.message_id, " (duplicate)" if accepted.duplicate else "")
    return Response(EMPTY_TWIML, media_type="text/xml")


@router.post(STATUS_PATH)
async def delivery_status(request: Request) -> Response:
    try:
        report = await _signed(request, parse_status)
    except _Refused as refused:
        return refused.response
    context = _context(request)
    key = request.query_params.get("k")
    try:
        async with context.database.transaction() as session:
            message = None
            if key:
                entry = await outbox.entry_by_key(session, key)
                message = await session.get(Message, entry.message_id) if entry else None
            if message is None:
                message = (await session.exec(
                    select(Message).where(col(Message.provider_id) == report.provider_id,
                                          col(Message.direction) == "out")
                )).first()
            if message is not None and await outbox.mark_provider_status(
                session, message=message, status=report.status, error_code=report.error_code
            ):
                await outbox.announce(session, [message])
    except STORAGE_ERRORS as exc:
        return _storage_unavailable("status", exc)
    return Response(status_code=204)
