"""`POST /channels/telegram/webhook`: the app side of `channels.telegram`.

The secret token is compared in constant time before the body is read. The update is
stored (idempotent on `update_id`) before answering 200; if the database is down the
answer is 503 and Telegram delivers the update again later.
"""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from app import channel_inbound
from app.context import AppContext
from app.twilio_webhook import MAX_BODY, STORAGE_ERRORS
from channels.base import ForgedRequest, MalformedPayload
from channels.telegram import SECRET_HEADER, WEBHOOK_PATH, parse_update, verify_secret

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)


@router.post(WEBHOOK_PATH)
async def telegram_update(request: Request) -> Response:
    context: AppContext = request.app.state.context
    secret = context.settings.telegram_secret_token
    if secret is None or context.settings.telegram_bot_token is None:
        return PlainTextResponse("Telegram is not configured", status_code=503)
    try:
        verify_secret(secret.get_secret_value(), request.headers.get(SECRET_HEADER))
    except ForgedRequest:
        return PlainTextResponse("secret token does not match", status_code=403)
    body = await request.body()
    if len(body) > MAX_BODY:
        return PlainTextResponse("request too large", status_code=413)
    try:
        parsed = parse_update(json.loads(body))
    except json.JSONDecodeError:
        return PlainTextResponse("body is not JSON", status_code=400)
    except MalformedPayload as exc:
        return PlainTextResponse(exc.reason, status_code=400)
    if parsed is None:
        return JSONResponse({"ok": True, "ignored": True})
    try:
        accepted = await channel_inbound.receive(
            context, parsed.message, command=parsed.command, language=parsed.language
        )
    except STORAGE_ERRORS as exc:
        log.warning("telegram update not stored, answered 503 [%s]", type(exc).__name__)
        return PlainTextResponse("storage unavailable, retry later", status_code=503)
    duplicate = " (duplicate)" if accepted.duplicate else ""
    log.info("telegram message %s stored%s", accepted.message_id, duplicate)
    return JSONResponse({"ok": True})
