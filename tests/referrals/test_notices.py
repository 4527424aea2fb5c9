"""Partner notices by e-mail (a local SMTP server, aiosmtpd) and by signed webhook (a local
receiver that checks the signature), retried through the partner outbox; each carries only a
signed, expiring portal link, never the caller's data."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from email import message_from_bytes
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlmodel import select

from app.delivery.outbox_worker import RetryPolicy
from app.main import create_app
from app.models import PartnerNotice
from app.referrals import links
from app.referrals.notice_delivery import NoticeSender
from app.referrals.worker import ReferralWorker
from app.settings import Settings
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import receive
from tests.fakes.webhook_receiver import WebhookReceiver
from tests.referrals.conftest import Inbox
from tests.referrals.helpers import clock_at_now, make_service, refer

SECRET = "partner-webhook-secret-for-tests-0123456789"


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    server = WebhookReceiver(SECRET)
    yield server
    server.stop()


@pytest.fixture
def notice_settings(database_url: str, tmp_path: Path, smtp: tuple[Inbox, int]) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path,
        env="test",
        referral_worker=False,
        smtp_host="127.0.0.1",
        smtp_port=smtp[1],
        smtp_from="hotline@example.org",
        partner_webhook_secret=SecretStr(SECRET),
        public_url="https://hotline.example",
        partner_webhook_private_hosts=["127.0.0.1"],
    )


@pytest.fixture
async def notice_client(
    notice_settings: Settings, database_url: str, operator: str
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    application = create_app(notice_settings, database_url=database_url)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        # The public URL is https: the browser (and so this client) reaches it over https.
        async with httpx.AsyncClient(transport=transport, base_url="https://hotline.example") as http:
            login = await http.post(
                "/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD}
            )
            assert login.status_code == 200
            yield application, http


def _worker(database: Database, settings: Settings, http: httpx.AsyncClient) -> ReferralWorker:
    policy = RetryPolicy(base_seconds=0.01, max_seconds=0.01, max_attempts=3)
    return ReferralWorker(
        database=database,
        settings=settings,
        policy=policy,
        sender=NoticeSender(settings, senders={}, http=http, timeout=5),
    )


async def test_an_email_notice_carries_only_a_signed_link(
    notice_client: tuple[FastAPI, httpx.AsyncClient],
    database: Database,
    notice_settings: Settings,
    smtp: tuple[Inbox, int],
) -> None:
    _, client = notice_client
    service, organization = await make_service(database, method="email", target="intake@partner.example")
    accepted = await receive(database, "je cherche un hébergement")
    made = (await refer(client, accepted.conversation_id, service, first_name="Amina")).json()
    async with httpx.AsyncClient() as http:
        _, handled = await _worker(database, notice_settings, http).run_once()
    assert handled == 1
    inbox = smtp[0]
    await asyncio.sleep(0)
    assert [to for to, _ in inbox.messages] == [["intake@partner.example"]]
    mail = message_from_bytes(inbox.messages[0][1])
    body = mail.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert "Amina" not in body and "hébergement" not in body and "needs a bed" not in body
    token = body.split("https://hotline.example/partner/r/")[1].split()[0]
    target = links.verify(notice_settings.secret_key.get_secret_value(), token)
    assert target is not None and str(target.referral_id) == made["id"]
    assert target.organization_id == organization


async def test_an_email_address_with_a_line_break_fails_the_notice_and_adds_no_header(
    notice_client: tuple[FastAPI, httpx.AsyncClient],
    database: Database,
    notice_settings: Settings,
    smtp: tuple[Inbox, int],
) -> None:
    """An address imported with a line break (a stray newline in a file, or a `Bcc:` header
    slipped in): the worker raised ValueError from the e-mail header, every round, and the notices
    claimed after it in the batch were never sent."""
    _, client = notice_client
    service, _ = await make_service(
        database, method="email", target="intake@partner.example\r\nBcc: spy@elsewhere.example"
    )
    accepted = await receive(database, "je cherche un hébergement")
    await refer(client, accepted.conversation_id, service)
    async with httpx.AsyncClient() as http:
        await _worker(database, notice_settings, http).run_once()
    assert smtp[0].messages == []
    async with database.sessions() as session:
        notice = (await session.exec(select(PartnerNotice))).one()
    assert notice.status == "failed" and notice.last_error == "email_address_invalid"


async def test_a_webhook_is_signed_and_retried_through_the_outbox(
    notice_client: tuple[FastAPI, httpx.AsyncClient],
    database: Database,
    notice_settings: Settings,
    receiver: WebhookReceiver,
) -> None:
    _, client = notice_client
    service, _ = await make_service(database, method="webhook", target=receiver.url)
    accepted = await receive(database, "Bonjour")
    made = (await refer(client, accepted.conversation_id, service)).json()
    receiver.statuses = [503]  # the partner is down once
    clock = clock_at_now()
    async with httpx.AsyncClient() as http:
        worker = ReferralWorker(
            database=database,
            settings=notice_settings,
            clock=clock,
            policy=RetryPolicy(base_seconds=1, max_seconds=1, max_attempts=3),
            sender=NoticeSender(notice_settings, senders={}, http=http, timeout=5),
        )
        await worker.run_once()
        async with database.sessions() as session:
            notice = (await session.exec(select(PartnerNotice))).one()
        assert notice.status == "pending" and notice.last_error == "webhook_http_503"
        clock.advance(timedelta(seconds=2))
        await worker.run_once()
    assert len(receiver.received) == 2 and all(item.verified for item in receiver.received)
    first, second = receiver.received
    assert first.body["idempotency_key"] == second.body["idempotency_key"]  # the partner can drop repeats
    assert second.body["event"] == "referral.new" and second.body["referral_id"] == made["id"]
    assert set(second.body) == {
        "event",
        "referral_id",
        "link",
        "acknowledge_by",
        "idempotency_key",
        "language",
        "text",
    }
    assert second.body["language"] == "fr" and second.body["link"] in second.body["text"]
    async with database.sessions() as session:
        assert (await session.exec(select(PartnerNotice))).one().status == "sent"


async def test_a_forged_signature_fails_at_the_receiver(receiver: WebhookReceiver) -> None:
    async with httpx.AsyncClient() as http:
        response = await http.post(
            receiver.url, content=b'{"event":"referral.new"}', headers={"X-Hotline-Signature": "t=1,v1=00"}
        )
    assert response.status_code == 401 and not receiver.received[0].verified


async def test_a_revocation_tells_the_partner(
    notice_client: tuple[FastAPI, httpx.AsyncClient],
    database: Database,
    notice_settings: Settings,
    receiver: WebhookReceiver,
) -> None:
    _, client = notice_client
    service, _ = await make_service(database, method="webhook", target=receiver.url)
    accepted = await receive(database, "Bonjour")
    made = (await refer(client, accepted.conversation_id, service)).json()
    await client.post(f"/api/referrals/{made['id']}/revoke", json={})
    async with httpx.AsyncClient() as http:
        await _worker(database, notice_settings, http).run_once()
    assert [item.body["event"] for item in receiver.received] == ["referral.new", "referral.revoked"]


async def test_a_webhook_to_an_internal_address_is_refused_before_any_request(
    notice_client: tuple[FastAPI, httpx.AsyncClient],
    database: Database,
    notice_settings: Settings,
    receiver: WebhookReceiver,
) -> None:
    """A directory entry pointing at the hotline's own network is never called (SSRF)."""
    _, client = notice_client
    untrusting = notice_settings.model_copy(update={"partner_webhook_private_hosts": []})
    service, _ = await make_service(database, method="webhook", target=receiver.url)
    accepted = await receive(database, "Bonjour")
    await refer(client, accepted.conversation_id, service)
    async with httpx.AsyncClient() as http:
        await _worker(database, untrusting, http).run_once()
    assert receiver.received == []
    async with database.sessions() as session:
        notice = (await session.exec(select(PartnerNotice))).one()
    assert notice.status == "failed" and notice.last_error == "webhook_url_not_https"
