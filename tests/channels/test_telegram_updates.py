"""Telegram updates, commands and the webhook's refusals, against a fake core: no database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

import channels.telegram
from app.domain import ChannelKind
from channels.base import ForgedRequest, MalformedPayload
from channels.telegram.updates import parse_update, verify_secret
from tests.channels.conftest import TELEGRAM_SECRET, post_update, telegram_update
from tests.fakes.core import FakeCore
from tests.fakes.telegram_api import BOT_TOKEN

pytestmark = pytest.mark.pure


class TestCommands:
    @pytest.mark.parametrize(
        ("text", "command", "language"),
        [
            ("/start", "start", "fr"),  # the app's language
            ("/start es", "start", "es"),
            ("/start ES", "start", "es"),
            ("/start de", "start", "fr"),
            ("/es", "language", "es"),
            ("/EN", "language", "en"),
            ("/fr@hotline_test_bot", "language", "fr"),
            ("/lang en", "language", "en"),
            ("/language es", "language", "es"),
            ("/lang de", None, "fr"),
            ("/help", None, "fr"),
            ("hello /es", None, "fr"),
            ("start", None, "fr"),
        ],
    )
    def test_commands_and_the_language_they_choose(
        self, text: str, command: str | None, language: str
    ) -> None:
        inbound = parse_update(telegram_update(1, text, language="fr-CA"))
        assert inbound is not None
        assert (inbound.command, inbound.language_hint) == (command, language)
        assert inbound.text == text  # the command is kept as the message

    def test_without_a_user_language_only_a_chosen_one_is_given(self) -> None:
        plain = parse_update(telegram_update(1, "hello", language=None))
        chosen = parse_update(telegram_update(2, "/es", language=None))
        assert plain is not None and plain.language_hint is None
        assert chosen is not None and chosen.language_hint == "es"


class TestUpdates:
    def test_a_private_message_becomes_an_inbound_message(self) -> None:
        inbound = parse_update(telegram_update(777, "I need help", chat_id=42, language="en"))
        assert inbound is not None
        assert inbound.channel is ChannelKind.telegram and inbound.address == "42"
        assert inbound.provider_id == "777" and inbound.text == "I need help"
        assert inbound.received_at is not None and inbound.received_at.year == 2015

    @pytest.mark.parametrize("chat_type", ["group", "supergroup", "channel"])
    def test_anything_but_a_private_chat_is_ignored(self, chat_type: str) -> None:
        assert parse_update(telegram_update(1, "hi", chat_type=chat_type, chat_id=-5)) is None

    def test_edits_bots_and_updates_without_a_message_are_ignored(self) -> None:
        update = telegram_update(1, "hi")
        assert parse_update({"update_id": 1, "edited_message": update["message"]}) is None
        update["message"]["from"]["is_bot"] = True
        assert parse_update(update) is None
        assert parse_update({"update_id": 2}) is None

    def test_media_is_noted_and_an_empty_message_marked(self) -> None:
        update = telegram_update(1, "")
        del update["message"]["text"]
        assert parse_update(update).text == "[no text]"  # type: ignore[union-attr]
        update["message"]["caption"] = "my passport"
        update["message"]["photo"] = [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]
        assert parse_update(update).text == "my passport\n[media: photo]"  # type: ignore[union-attr]

    def test_a_long_text_is_cut(self) -> None:
        assert len(parse_update(telegram_update(1, "a" * 5000)).text) == 4000  # type: ignore[union-attr]

    @pytest.mark.parametrize(
        "data",
        [
            [],
            "update",
            {"message": {"text": "no update id"}},
            {"update_id": "1"},
            {"update_id": 1, "message": {"text": "no chat, no date"}},
            # A date past the platform's time_t: an OverflowError, a 500, before it was caught.
            {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": 10**20,
                    "text": "hi",
                    "chat": {"id": 5, "type": "private"},
                },
            },
        ],
    )
    def test_what_is_not_an_update_is_malformed(self, data: Any) -> None:
        with pytest.raises(MalformedPayload):
            parse_update(data)


@pytest.mark.parametrize("received", [None, "", "wrong", TELEGRAM_SECRET + "x", TELEGRAM_SECRET[:-1]])
def test_only_the_exact_secret_token_verifies(received: str | None) -> None:
    with pytest.raises(ForgedRequest):
        verify_secret(TELEGRAM_SECRET, received)
    verify_secret(TELEGRAM_SECRET, TELEGRAM_SECRET)


def webhook_app(core: FakeCore, **settings: Any) -> FastAPI:
    values = {
        "public_url": "https://hotline.example.org",
        "telegram_bot_token": BOT_TOKEN,
        "telegram_secret_token": TELEGRAM_SECRET,
        **settings,
    }
    application = FastAPI()
    application.include_router(channels.telegram.adapter(values).build_router(core))
    return application


@pytest.fixture
def core() -> FakeCore:
    return FakeCore()


@pytest.fixture
async def client(core: FakeCore) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=webhook_app(core))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


class TestWebhook:
    async def test_an_update_is_handed_to_the_core_once_per_update_id(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        update = telegram_update(20000, "I am not allowed to leave the house")
        for _ in range(3):
            response = await post_update(client, update)
            assert response.status_code == 200 and response.json() == {"ok": True}
        assert [m.provider_id for m in core.received] == ["20000"]

    @pytest.mark.parametrize("secret", [None, "wrong", TELEGRAM_SECRET + "x"])
    async def test_a_wrong_or_missing_secret_is_refused_before_the_core(
        self, client: httpx.AsyncClient, core: FakeCore, secret: str | None
    ) -> None:
        response = await post_update(client, telegram_update(1, "hello"), secret=secret)
        assert response.status_code == 403 and core.received == []

    async def test_group_messages_are_acknowledged_and_ignored(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        response = await post_update(client, telegram_update(4, "hi all", chat_type="group", chat_id=-5))
        assert response.status_code == 200 and response.json()["ignored"] is True
        assert core.received == []

    async def test_a_malformed_update_is_a_clear_400(self, client: httpx.AsyncClient, core: FakeCore) -> None:
        response = await post_update(client, {"message": {"text": "no update id"}})
        assert response.status_code == 400 and "update_id" in response.text
        headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
        bad = await client.post("/channels/telegram/webhook", content=b"{not json", headers=headers)
        assert bad.status_code == 400 and "JSON" in bad.text
        assert core.received == []

    async def test_an_integer_too_long_to_read_is_a_400_not_a_500(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        """Python refuses integers of over 4,300 digits (ValueError, no JSONDecodeError): the
        webhook answered 500, which Telegram retries."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
        body = b'{"update_id": ' + b"1" * 5000 + b"}"
        response = await client.post("/channels/telegram/webhook", content=body, headers=headers)
        assert response.status_code == 400 and "JSON" in response.text
        assert core.received == []

    async def test_a_body_over_the_limit_is_refused(self, client: httpx.AsyncClient, core: FakeCore) -> None:
        update = telegram_update(5, "x" * 70_000)
        assert (await post_update(client, update)).status_code == 413
        assert core.received == []

    async def test_storage_down_answers_503_so_telegram_delivers_again(
        self, client: httpx.AsyncClient, core: FakeCore
    ) -> None:
        core.unavailable = True
        assert (await post_update(client, telegram_update(6, "help"))).status_code == 503
        core.unavailable = False
        assert (await post_update(client, telegram_update(6, "help"))).status_code == 200
        assert len(core.received) == 1

    @pytest.mark.parametrize("missing", ["telegram_bot_token", "telegram_secret_token"])
    async def test_not_configured_answers_503(self, core: FakeCore, missing: str) -> None:
        transport = httpx.ASGITransport(app=webhook_app(core, **{missing: None}))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            response = await post_update(http, telegram_update(7, "hello"))
        assert response.status_code == 503 and core.received == []
