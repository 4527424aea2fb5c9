"""`POST /channels/telegram/webhook`: python-telegram-bot in webhook mode, no polling.

Telegram posts each update with the secret token it was given at `setWebhook`; it is
compared in constant time before the body is read. The update is stored (idempotent on
`update_id`) before answering 200; if the database is down the answer is 503 and
Telegram delivers the update again later.
"""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from app.domain import Core
from channels.base import (
    ChannelNotConfigured,
    ForgedRequest,
    MalformedPayload,
    PayloadTooLarge,
    StorageUnavailable,
    read_body,
    refusal,
)
from channels.telegram.config import TelegramConfig
from channels.telegram.updates import SECRET_HEADER, WEBHOOK_PATH, parse_update, verify_secret

log = logging.getLogger(__name__)


def _decode(body: bytes) -> object:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedPayload("body is not UTF-8") from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # an integer of 5,000 digits is a ValueError too
        raise MalformedPayload("body is not JSON") from None
    if _has_lone_surrogate(data):
        raise MalformedPayload("body holds a lone surrogate")
    return data


def _has_lone_surrogate(value: object) -> bool:
    """JSON's \\ud800 escapes decode to code points no UTF-8 text can hold."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def build_router(config: TelegramConfig, core: Core) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.post(WEBHOOK_PATH)
    async def telegram_update(request: Request) -> Response:
        try:
            secret = config.telegram_secret_token
            if secret is None or config.telegram_bot_token is None:
                raise ChannelNotConfigured("Telegram")
            verify_secret(secret.get_secret_value(), request.headers.get(SECRET_HEADER))
            inbound = parse_update(_decode(await read_body(request)))
            if inbound is None:
                return JSONResponse({"ok": True, "ignored": True})
            accepted = await core.receive(inbound)
        except (ForgedRequest, MalformedPayload, PayloadTooLarge, ChannelNotConfigured) as exc:
            return refusal(exc)
        except StorageUnavailable as exc:
            log.warning("telegram update not stored, answered 503")
            return refusal(exc)
        duplicate = " (duplicate)" if accepted.duplicate else ""
        log.info("telegram message %s stored%s", accepted.message_id, duplicate)
        return JSONResponse({"ok": True})

    return router
