"""`HEAD` is answered wherever `GET` is (RFC 9110 9.3.2): the same status and headers, no body.

FastAPI's routes list only the methods they are declared with, so a `HEAD` of a page, the
chat or a health check was a 405; link checkers, monitors and proxies that ask with `HEAD`
took the hotline for broken. The request goes on as a `GET`; its body is not sent.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGet:
    """Pure ASGI: a `HEAD` runs the `GET` route and sends its start (headers kept) without a body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # a streamed body's parts are dropped; its last message ends the answer
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)
