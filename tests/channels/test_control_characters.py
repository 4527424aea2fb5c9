"""NUL, other control characters and malformed payloads on every channel: removed or
refused with a clear 4xx, never a 5xx that makes a provider retry forever."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import httpx
import pytest

import triage
from app.conversations.intake import clean_text
from app.storage.db import Database
from tests.channels.conftest import (
    PUBLIC_URL,
    TELEGRAM_SECRET,
    post_signed,
    post_update,
    sign,
    telegram_update,
    twilio_sms_example,
)
from tests.channels.db_queries import count, rows

SMS = "/channels/twilio/sms"
TELEGRAM = "/channels/telegram/webhook"
CONTROLS = "".join(chr(code) for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x85))


def has_control(text: str) -> bool:
    return any((ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F for ch in text)


class TestCleanText:
    def test_control_characters_are_removed_newlines_and_tabs_kept(self) -> None:
        assert clean_text(f"a{CONTROLS}b\tc\r\nd\re") == "ab\tc\nd\ne"

    def test_lone_surrogates_are_removed(self) -> None:
        assert clean_text("a\ud800b\udfffc") == "abc"

    def test_bidirectional_controls_are_removed(self) -> None:
        # An override reverses what the operator reads (and, unclosed, the console's text
        # after it); marks and isolates between digits hide a number from redaction.
        controls = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        assert clean_text(f"a{controls}b") == "ab"
        assert clean_text("مرحبا\u200d 😀\u200c") == "مرحبا\u200d 😀\u200c"  # joiners are letters' business

    @pytest.mark.parametrize(
        "text",
        [
            "appelle 514-555-\u202e4321",
            "appelle 514\u200e555\u200e1234",
            "appelle \u2066514\u2069 555 \u20681234\u2069",
        ],
    )
    def test_a_number_hidden_by_bidirectional_controls_is_redacted(self, text: str) -> None:
        redacted = triage.analyze(clean_text(text)).redacted
        assert "[PHONE]" in redacted and not any(digit in redacted for digit in "0123456789"), redacted


class TestTwilio:
    async def test_a_signed_sms_with_nul_is_stored_without_it(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        response = await post_signed(client, SMS, twilio_sms_example(Body=f"aide\x00 moi{CONTROLS}"))
        assert response.status_code == 200
        stored = await rows(database, "SELECT body_redacted FROM messages WHERE direction = 'in'")
        assert len(stored) == 1
        assert not has_control(stored[0]["body_redacted"])
        assert "aide moi" in stored[0]["body_redacted"]

    async def test_a_sid_with_nul_is_400(self, client: httpx.AsyncClient, database: Database) -> None:
        response = await post_signed(client, SMS, twilio_sms_example(MessageSid="SM12\x0034"))
        assert response.status_code == 400
        assert await count(database, "messages") == 0

    @pytest.mark.parametrize("signature", ["", "bm90IGEgc2lnbmF0dXJl", "valid"])
    async def test_a_repeated_field_is_403_or_400_whatever_the_signature(
        self, client: httpx.AsyncClient, database: Database, signature: str
    ) -> None:
        body = urlencode([*twilio_sms_example().items(), ("x", "1"), ("x", "2")])
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if signature == "valid":
            validator_params = {**twilio_sms_example(), "x": "1"}
            headers["X-Twilio-Signature"] = sign(PUBLIC_URL + SMS, validator_params)
        elif signature:
            headers["X-Twilio-Signature"] = signature
        response = await client.post(SMS, content=body, headers=headers)
        assert response.status_code in (400, 403)
        assert await count(database, "messages") == 0


class TestTelegram:
    async def test_an_update_with_nul_is_stored_without_it(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        response = await post_update(client, telegram_update(7001, "je suis\x00 enfermée\x07"))
        assert response.status_code == 200
        stored = await rows(database, "SELECT body_redacted FROM messages WHERE direction = 'in'")
        assert len(stored) == 1 and not has_control(stored[0]["body_redacted"])

    async def test_a_language_code_with_nul_is_ignored(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        response = await post_update(client, telegram_update(7002, "/start", language="\x00x"))
        assert response.status_code == 200

    @pytest.mark.parametrize(
        "body",
        [
            b'{"update_id": 1, "message": {"text": "\xff\xfe"}}',
            b'{"update_id": 1, "message": {"text": "\xed\xa0\x80"}}',
        ],
    )
    async def test_invalid_utf8_is_400(self, client: httpx.AsyncClient, body: bytes) -> None:
        response = await client.post(
            TELEGRAM,
            content=body,
            headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET, "Content-Type": "application/json"},
        )
        assert response.status_code == 400

    async def test_a_lone_surrogate_is_400(self, client: httpx.AsyncClient, database: Database) -> None:
        body = json.dumps(telegram_update(7003, "x")).replace('"x"', '"\\ud800"')
        response = await client.post(
            TELEGRAM,
            content=body.encode(),
            headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET, "Content-Type": "application/json"},
        )
        assert response.status_code == 400
        assert await count(database, "messages") == 0

    @pytest.mark.parametrize("change", ["text_object", "no_chat", "chat_id_string", "caption_list"])
    async def test_malformed_messages_are_400(
        self, client: httpx.AsyncClient, database: Database, change: str
    ) -> None:
        update = telegram_update(7004, "bonjour")
        message = update["message"]
        if change == "text_object":
            message["text"] = {"a": 1}
        elif change == "no_chat":
            del message["chat"]
        elif change == "chat_id_string":
            message["chat"]["id"] = "1111"
        else:
            message["caption"] = ["x"]
        response = await post_update(client, update)
        assert response.status_code == 400
        assert await count(database, "messages") == 0
