"""Channel tests: the app wired to a fake Twilio REST API and a fake Telegram Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from fastapi import FastAPI
from twilio.request_validator import RequestValidator

from app.delivery.outbox_worker import OutboxWorker
from app.settings import Settings
from tests.conftest import LOOPS_OFF
from tests.fakes.telegram_api import BOT_TOKEN, FakeTelegram
from tests.fakes.twilio_api import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.staff_fixtures import other_operator, staff  # noqa: F401 (fixtures for the channel tests)

# Behind a reverse proxy: the app is reached as http://testserver, Twilio signs this URL.
PUBLIC_URL = "https://hotline.example.org"
TWILIO_NUMBER = "+15017122661"
TELEGRAM_SECRET = "telegram-secret-token-for-tests-0123"
CALLER = "+15558675310"


@pytest.fixture
def fake_twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio().start()
    yield fake
    fake.stop()


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram().start()
    yield fake
    fake.stop()


def channel_env(fake_twilio: FakeTwilio, fake_telegram: FakeTelegram) -> dict[str, str]:
    return {
        "HOTLINE_TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "HOTLINE_TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "HOTLINE_TWILIO_FROM": TWILIO_NUMBER,
        "HOTLINE_TWILIO_API_BASE": fake_twilio.url,
        "HOTLINE_TELEGRAM_BOT_TOKEN": BOT_TOKEN,
        "HOTLINE_TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "HOTLINE_TELEGRAM_API_BASE": fake_telegram.url,
        "HOTLINE_OUTBOX_BACKOFF_SECONDS": "0.01",
        "HOTLINE_OUTBOX_BACKOFF_MAX_SECONDS": "0.05",
        "HOTLINE_OUTBOX_SEND_TIMEOUT_SECONDS": "1",
        "HOTLINE_OUTBOX_MAX_ATTEMPTS": "4",
    }


@pytest.fixture
def settings(
    database_url: str,
    tmp_path: Path,
    fake_twilio: FakeTwilio,
    fake_telegram: FakeTelegram,
    monkeypatch: pytest.MonkeyPatch,
) -> Settings:
    """Overrides the root fixture: the app the `app`/`client` fixtures build uses the fakes.
    The loops are off (as in the root fixture); tests drain the outbox themselves, deterministically."""
    for name, value in channel_env(fake_twilio, fake_telegram).items():
        monkeypatch.setenv(name, value)
    return Settings(
        database_url=database_url, data_dir=tmp_path, env="test", public_url=PUBLIC_URL, **LOOPS_OFF
    )


def worker(app: FastAPI) -> OutboxWorker:
    found: OutboxWorker = app.state.outbox_worker
    return found


async def drain_until(app: FastAPI, done: Any, timeout: float = 10.0) -> None:
    """Drain the outbox (backoffs included) until `done()` holds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not done():
        await worker(app).drain()
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("outbox did not reach the expected state in time")
        await asyncio.sleep(0.02)


def twilio_sms_example(**overrides: str) -> dict[str, str]:
    """Twilio's documented example of an incoming SMS webhook."""
    params = {
        "ToCountry": "US",
        "ToState": "CA",
        "SmsMessageSid": "SM1f0e8ae6ade43cb3c0ce4525424e404f",
        "NumMedia": "0",
        "ToCity": "",
        "FromZip": "",
        "SmsSid": "SM1f0e8ae6ade43cb3c0ce4525424e404f",
        "FromState": "CA",
        "SmsStatus": "received",
        "FromCity": "",
        "Body": "Hello",
        "FromCountry": "US",
        "To": TWILIO_NUMBER,
        "MessagingServiceSid": "",
        "ToZip": "",
        "NumSegments": "1",
        "ReferralNumMedia": "0",
        "MessageSid": "SM1f0e8ae6ade43cb3c0ce4525424e404f",
        "AccountSid": ACCOUNT_SID,
        "From": CALLER,
        "ApiVersion": "2010-04-01",
    }
    params.update(overrides)
    if "MessageSid" in overrides:
        params["SmsMessageSid"] = params["SmsSid"] = overrides["MessageSid"]
    return params


def sign(url: str, params: dict[str, str], token: str = AUTH_TOKEN) -> str:
    return str(RequestValidator(token).compute_signature(url, params))


async def post_signed(
    client: httpx.AsyncClient,
    path: str,
    params: dict[str, str],
    *,
    signed_url: str | None = None,
    signed_params: dict[str, str] | None = None,
    signature: str | None = None,
) -> httpx.Response:
    url = signed_url or PUBLIC_URL + path
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    signature = signature if signature is not None else sign(url, signed_params or params)
    if signature:
        headers["X-Twilio-Signature"] = signature
    return await client.post(path, content=urlencode(params), headers=headers)


def telegram_update(
    update_id: int,
    text: str,
    *,
    chat_id: int = 1111111,
    language: str | None = "fr",
    chat_type: str = "private",
) -> dict[str, Any]:
    """A Bot API `Update` as documented (core.telegram.org/bots/api#update)."""
    user: dict[str, Any] = {
        "id": chat_id,
        "is_bot": False,
        "first_name": "Test Firstname",
        "last_name": "Test Lastname",
        "username": "Testusername",
    }
    if language:
        user["language_code"] = language
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1365 + update_id,
            "date": 1441645532,
            "from": user,
            "text": text,
            "chat": {
                "id": chat_id,
                "type": chat_type,
                "first_name": "Test Firstname",
                "last_name": "Test Lastname",
                "username": "Testusername",
            },
        },
    }


async def post_update(
    client: httpx.AsyncClient, update: dict[str, Any], secret: str | None = TELEGRAM_SECRET
) -> httpx.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    return await client.post("/channels/telegram/webhook", json=update, headers=headers)
