"""`POST /channels/twilio/sms` and `POST /channels/twilio/status`.

The signature is checked against `HOTLINE_PUBLIC_URL` + path (+ query), the URL Twilio
was given. A request that does not verify is answered 403 before anything is stored.

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
from fastapi.responses import Response

from app.domain import Core
from channels.base import (
    ChannelNotConfigured,
    ForgedRequest,
    MalformedPayload,
    PayloadTooLarge,
    StorageUnavailable,
    refusal,
)
from channels.twilio.config import TwilioConfig
from channels.twilio.messaging import SMS_PATH, STATUS_PATH, parse_inbound, parse_status
from channels.twilio.signature import FormParams, verified_form

log = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
_Parsed = TypeVar("_Parsed")


def build_router(config: TwilioConfig, core: Core) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    async def signed(request: Request, parse: Callable[[FormParams], _Parsed]) -> _Parsed:
        return parse(await verified_form(request, config))

    @router.post(SMS_PATH)
    async def inbound_sms(request: Request) -> Response:
        try:
            inbound = await signed(request, parse_inbound)
            accepted = await core.receive(inbound)
        except (ForgedRequest, MalformedPayload, PayloadTooLarge, ChannelNotConfigured) as exc:
            return refusal(exc)
        except StorageUnavailable as exc:
            log.warning("twilio message not stored, answered 503")
            return refusal(exc)
        duplicate = " (duplicate)" if accepted.duplicate else ""
        log.info("twilio message %s stored%s", accepted.message_id, duplicate)
        return Response(EMPTY_TWIML, media_type="text/xml")

    @router.post(STATUS_PATH)
    async def delivery_status(request: Request) -> Response:
        key = request.query_params.get("k") or None
        try:
            report = await signed(request, lambda params: parse_status(params, key=key))
            await core.record_delivery(report)
        except (ForgedRequest, MalformedPayload, PayloadTooLarge, ChannelNotConfigured) as exc:
            return refusal(exc)
        except StorageUnavailable as exc:
            log.warning("twilio status not stored, answered 503")
            return refusal(exc)
        return Response(status_code=204)

    return router
