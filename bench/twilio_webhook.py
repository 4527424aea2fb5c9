"""Twilio webhook and outbox throughput, measured in one run.

Prints signed Twilio SMS webhooks per second through the whole app (signature check with
twilio's RequestValidator, parsing, intake, first-contact safety message into the outbox,
commit) next to `intake.receive` alone on the same database, their ratio, the slowest
webhook answer against Twilio's 15 s limit, and outbox sends per second to a local fake
Twilio API through twilio's `Client`.

    .venv/bin/python -m bench.twilio_webhook [--messages 1000] [--concurrency 8]

(as a module, from the repository root: the fake Twilio API comes from `tests.fakes`)
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
from twilio.request_validator import RequestValidator

from app.conversations.intake import IntakeKeys, receive
from app.domain import ChannelKind, InboundMessage
from app.main import create_app
from app.settings import Settings
from app.storage import migrations
from app.storage.db import Database
from app.storage.embedded_postgres import EmbeddedPostgres
from tests.fakes.twilio_api import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio

TEXT = "Bonjour, mon patron garde mon passeport, je travaille 16 heures par jour à Laval."
PUBLIC = "https://hotline.example.org"


async def through_intake(url: str, messages: int, concurrency: int) -> float:
    database = Database.connect(url, pool_size=concurrency)
    keys = IntakeKeys.from_settings(Settings(env="test"))
    counter = iter(range(messages))

    async def worker() -> None:
        for n in counter:
            inbound = InboundMessage(
                channel=ChannelKind.sms, address=f"+1514555{n:06d}", text=TEXT, provider_id=f"SMi{n}"
            )
            async with database.transaction() as session:
                await receive(session, keys=keys, inbound=inbound)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    await database.dispose()
    return messages / elapsed


async def through_webhook(
    url: str, fake: FakeTwilio, messages: int, concurrency: int
) -> tuple[float, float, float]:
    settings = Settings(
        database_url=url,
        env="test",
        public_url=PUBLIC,
        outbox_worker=False,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        twilio_from="+15017122661",
        twilio_api_base=fake.url,
    )
    app = create_app(settings, database_url=url)
    validator = RequestValidator(AUTH_TOKEN)
    slowest = 0.0
    counter = iter(range(messages))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://internal") as client:

            async def worker() -> None:
                nonlocal slowest
                for n in counter:
                    params = {
                        "MessageSid": f"SM{secrets.token_hex(16)}",
                        "AccountSid": ACCOUNT_SID,
                        "From": f"+1438555{n:06d}",
                        "To": "+15017122661",
                        "Body": TEXT,
                        "NumMedia": "0",
                    }
                    signature = validator.compute_signature(PUBLIC + "/channels/twilio/sms", params)
                    began = time.perf_counter()
                    response = await client.post(
                        "/channels/twilio/sms",
                        content=urlencode(params),
                        headers={
                            "Content-Type": "application/x-www-form-urlencoded",
                            "X-Twilio-Signature": signature,
                        },
                    )
                    slowest = max(slowest, time.perf_counter() - began)
                    assert response.status_code == 200, response.text

            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            webhook_rate = messages / (time.perf_counter() - started)

        started = time.perf_counter()
        sent = await app.state.outbox_worker.drain()
        send_rate = sent / (time.perf_counter() - started)
        assert len(fake.sent) == messages, len(fake.sent)
    return webhook_rate, slowest, send_rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    fake = FakeTwilio().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            url = EmbeddedPostgres(Path(tmp)).start()
            migrations.upgrade(url)
            intake_rate = asyncio.run(through_intake(url, args.messages, args.concurrency))
            webhook_rate, slowest, send_rate = asyncio.run(
                through_webhook(url, fake, args.messages, args.concurrency)
            )
    finally:
        fake.stop()
    print(f"intake.receive messages/s:                 {intake_rate:8.0f}")
    print(f"signed Twilio webhooks/s (whole app):      {webhook_rate:8.0f}")
    print(f"ratio webhook / intake:                    {webhook_rate / intake_rate:8.2f}")
    print(f"slowest webhook answer (s), Twilio allows 15: {slowest:6.3f}")
    print(f"outbox sends/s to a local fake Twilio:     {send_rate:8.0f}")


if __name__ == "__main__":
    main()
