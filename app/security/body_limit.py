"""Request bodies limited while they are read, before anything parses them.

Provider webhooks (`/channels/...`) may send 64 KB, everything else 256 KB. A declared
`Content-Length` over the limit is answered 413 before a byte is read; a chunked body is
counted as it arrives and answered 413 as soon as it passes the limit. The connection is
then closed, so the rest of the upload is never buffered. Websocket frames are limited by
the server (`ws_max_size`) and by the chat itself.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

WEBHOOK_MAX_BODY = 64 * 1024
DEFAULT_MAX_BODY = 256 * 1024
WEBSOCKET_MAX_FRAME = 16 * 1024  # the server's ceiling; the chat refuses text frames over 8 KB


def limit_for(path: str) -> int:
    return WEBHOOK_MAX_BODY if path.startswith("/channels/") else DEFAULT_MAX_BODY


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


class BodyLimit:
    """Pure ASGI: counts body bytes on their way to the app."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope.get("path", ""))
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await _refuse(scope, send, limit)
            return
        received = 0
        started = False
        refused = False

        async def counting_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    refused = True
                    if not started:
                        await _refuse(scope, send, limit)
                    return {"type": "http.disconnect"}  # the app sees a client that went away
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 is the answer; whatever the app says after it is dropped
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        await self.app(scope, counting_receive, tracking_send)


async def _refuse(scope: Scope, send: Send, limit: int) -> None:
    path: str = scope.get("path", "")
    if path.startswith("/api/"):
        body = json.dumps({"error": f"request body over {limit // 1024} KB"}).encode()
        media = b"application/json"
    else:
        body, media = b"request too large", b"text/plain; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", media),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
