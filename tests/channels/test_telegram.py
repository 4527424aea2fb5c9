"""`POST /channels/telegram/webhook` with Bot API updates; replies through python-telegram-bot."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
from fastapi import FastAPI

from app.storage.db import Database
from tests.channels.conftest import PUBLIC_URL, TELEGRAM_SECRET, drain_until, post_update, telegram_update
from tests.channels.db_queries import count, rows
from tests.fakes.telegram_api import BOT_TOKEN, FakeTelegram
from tests.hotline_command import run_hotline


class TestWebhook:
    async def test_wrong_or_missing_secret_is_refused_and_nothing_stored(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        update = telegram_update(1, "hello")
        assert (await post_update(client, update, secret=None)).status_code == 403
        assert (await post_update(client, update, secret="wrong")).status_code == 403
        assert (await post_update(client, update, secret=TELEGRAM_SECRET + "x")).status_code == 403
        assert await count(database, "messages") == 0

    async def test_start_stores_and_sends_the_safety_message_in_the_users_language(
        self, client: httpx.AsyncClient, database: Database, app: FastAPI, fake_telegram: FakeTelegram
    ) -> None:
        response = await post_update(client, telegram_update(10000, "/start", language="en"))
        assert response.status_code == 200 and response.json() == {"ok": True}
        assert await rows(database, "SELECT channel, language FROM contacts") == [
            {"channel": "telegram", "language": "en"}
        ]
        await drain_until(app, lambda: len(fake_telegram.sent) == 1)
        sent = fake_telegram.sent[0]
        assert int(sent["chat_id"]) == 1111111
        assert "confidential" in sent["text"] and "Telegram can see" in sent["text"]
        assert "/es" in sent["text"]  # the language choice
        assert "getMe" in fake_telegram.calls

    async def test_duplicate_update_is_one_message(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        update = telegram_update(20000, "I am not allowed to leave the house")
        for _ in range(3):
            assert (await post_update(client, update)).status_code == 200
        assert await count(database, "messages WHERE direction = 'in'") == 1
        assert await count(database, "outbox") == 1

    async def test_language_command_resends_the_safety_message_in_that_language(
        self, client: httpx.AsyncClient, database: Database, app: FastAPI, fake_telegram: FakeTelegram
    ) -> None:
        await post_update(client, telegram_update(30000, "/start", language="fr"))
        await post_update(client, telegram_update(30001, "/es", language="fr"))
        await drain_until(app, lambda: len(fake_telegram.sent) == 2)
        assert "Telegram peut voir" in fake_telegram.sent[0]["text"]
        assert "Telegram puede ver" in fake_telegram.sent[1]["text"]
        assert await rows(database, "SELECT language FROM contacts") == [{"language": "es"}]


class TestSending:
    async def test_outage_then_delivered_once_and_blocked_bot_fails(
        self,
        operator_client: httpx.AsyncClient,
        database: Database,
        app: FastAPI,
        fake_telegram: FakeTelegram,
    ) -> None:
        fake_telegram.fail_next(2, status=502)
        await post_update(operator_client, telegram_update(50000, "help", language="en"))
        await drain_until(app, lambda: len(fake_telegram.sent) == 1)
        assert len(fake_telegram.refused) == 2
        conversation_id = (await operator_client.get("/api/conversations")).json()[0]["id"]
        await operator_client.patch(f"/api/conversations/{conversation_id}", json={"safe_to_reply": True})
        fake_telegram.fail_next(1, status=403)
        sent = await operator_client.post(
            f"/api/conversations/{conversation_id}/messages", json={"text": "We are here"}
        )
        await app.state.outbox_worker.drain()
        state = await rows(
            database, "SELECT status, last_error FROM outbox WHERE message_id = :id", id=sent.json()["id"]
        )
        assert state == [{"status": "failed", "last_error": "telegram_forbidden_bot_blocked"}]
        assert len(fake_telegram.sent) == 1


def test_set_webhook_command(fake_telegram: FakeTelegram, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "HOTLINE_ENV": "test",
        "HOTLINE_PUBLIC_URL": PUBLIC_URL,
        "HOTLINE_TELEGRAM_BOT_TOKEN": BOT_TOKEN,
        "HOTLINE_TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "HOTLINE_TELEGRAM_API_BASE": fake_telegram.url,
        "HOTLINE_DATA_DIR": str(tmp_path),
    }
    done = run_hotline(["telegram", "set-webhook"], env=env)
    assert done.returncode == 0, done.stderr
    assert fake_telegram.webhooks == [
        {
            "url": PUBLIC_URL + "/channels/telegram/webhook",
            "secret_token": TELEGRAM_SECRET,
            "allowed_updates": '["message"]',
        }
    ]
    assert BOT_TOKEN not in done.stdout + done.stderr
    missing = run_hotline(
        ["telegram", "set-webhook"], env={k: v for k, v in env.items() if k != "HOTLINE_TELEGRAM_BOT_TOKEN"}
    )
    assert missing.returncode == 2 and "HOTLINE_TELEGRAM_BOT_TOKEN" in missing.stderr
