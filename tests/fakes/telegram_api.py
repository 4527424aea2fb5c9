"""A fake Telegram Bot API: `/bot<token>/getMe`, `sendMessage`, `setWebhook`."""

from __future__ import annotations

import itertools
import threading
import time
from typing import Any

from tests.fakes.http_fake import Behaviour, FakeHttpServer, Reply, Request

BOT_TOKEN = "123456:fake-telegram-bot-token"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Hotline",
    "username": "hotline_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


class FakeTelegram:
    def __init__(self, token: str = BOT_TOKEN) -> None:
        self.token = token
        self.sent: list[dict[str, Any]] = []
        self.refused: list[dict[str, Any]] = []
        self.webhooks: list[dict[str, Any]] = []
        self.calls: list[str] = []
        self.behaviour = Behaviour()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.server = FakeHttpServer(self._handle)
        self.url = self.server.url

    def start(self) -> FakeTelegram:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def fail_next(self, count: int, status: int = 500) -> None:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": "fake outage"}
        if status == 429:
            body = {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 1",
                "parameters": {"retry_after": 1},
            }
        if status == 403:
            body = {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
        self.behaviour.forced += [Reply(status, body)] * count

    def _handle(self, request: Request) -> Reply:
        prefix = f"/bot{self.token}/"
        if not request.path.startswith(prefix):
            return Reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        method = request.path[len(prefix) :]
        with self._lock:
            self.calls.append(method)
        if method == "getMe":
            return Reply(200, {"ok": True, "result": BOT_USER})
        if method == "setWebhook":
            with self._lock:
                self.webhooks.append(dict(request.form))
            return Reply(200, {"ok": True, "result": True, "description": "Webhook was set"})
        if method != "sendMessage":
            return Reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        forced = self.behaviour.next_forced()
        if isinstance(forced, Reply):
            with self._lock:
                self.refused.append(dict(request.form))
            return forced
        chat_id = int(request.form["chat_id"])
        with self._lock:
            message_id = next(self._ids)
            self.sent.append({**request.form, "message_id": message_id})
        return Reply(
            200,
            {
                "ok": True,
                "result": {
                    "message_id": message_id,
                    "date": int(time.time()),
                    "from": BOT_USER,
                    "chat": {"id": chat_id, "type": "private", "first_name": "Caller"},
                    "text": request.form.get("text", ""),
                },
            },
        )
