"""Partner notices in the partner organisation's language (`hsds_organization.notice_language`),
set by a supervisor through the API; the hotline's default language when it has none. E-mail
through a local SMTP server, webhooks through a local receiver that checks the signature."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from pydantic import SecretStr

from app.delivery.outbox_worker import RetryPolicy
from app.main import create_app
from app.models import Role
from app.referrals.notice_delivery import NoticeSender
from app.referrals.worker import ReferralWorker
from app.settings import Settings
from app.storage.db import Database
from directory.tables import TABLES
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user, receive
from tests.fakes.webhook_receiver import WebhookReceiver
from tests.referrals.conftest import Inbox
from tests.referrals.helpers import make_service, refer

SECRET = "partner-webhook-secret-for-tests-0123456789"
SUPERVISOR = "supervisor@example.org"
ENGLISH_NEW = "The hotline has a referral for you. Please acknowledge it before"
FRENCH_NEW = "La ligne d'assistance vous adresse une orientation. Merci d'en accuser réception avant"
SPANISH_NEW = "La línea de ayuda tiene una derivación para ustedes."


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    server = WebhookReceiver(SECRET)
    yield server
    server.stop()


def _settings(database_url: str, tmp_path: Path, smtp_port: int, default_language: str) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path,
        env="test",
        referral_worker=False,
        smtp_host="127.0.0.1",
        smtp_port=smtp_port,
        smtp_from="hotline@example.org",
        partner_webhook_secret=SecretStr(SECRET),
        public_url="https://hotline.example",
        partner_webhook_private_hosts=["127.0.0.1"],
        default_language=default_language,
    )


@pytest.fixture(params=["fr", "en"])
def hotline_settings(
    request: pytest.FixtureRequest, database_url: str, tmp_path: Path, smtp: tuple[Inbox, int]
) -> Settings:
    """The hotline's default language is French, then English."""
    return _settings(database_url, tmp_path, smtp[1], request.param)


async def _logged_in(application: FastAPI, email: str) -> httpx.AsyncClient:
    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=application), base_url="https://hotline.example"
    )
    response = await http.post("/api/auth/login", json={"email": email, "password": OPERATOR_PASSWORD})
    assert response.status_code == 200, response.text
    return http


@pytest.fixture
async def clients(
    hotline_settings: Settings, database_url: str, database: Database, operator: str
) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    """(operator, supervisor) clients of one app."""
    await make_user(database, email=SUPERVISOR, password=OPERATOR_PASSWORD, role=Role.supervisor)
    application = create_app(hotline_settings, database_url=database_url)
    async with application.router.lifespan_context(application):
        operator_http = await _logged_in(application, operator)
        supervisor_http = await _logged_in(application, SUPERVISOR)
        try:
            yield operator_http, supervisor_http
        finally:
            await operator_http.aclose()
            await supervisor_http.aclose()


async def _send_notices(database: Database, settings: Settings) -> None:
    async with httpx.AsyncClient() as http:
        worker = ReferralWorker(
            database=database,
            settings=settings,
            policy=RetryPolicy(base_seconds=0.01, max_seconds=0.01, max_attempts=3),
            sender=NoticeSender(settings, senders={}, http=http, timeout=5),
        )
        await worker.run_once()


async def _mail_to(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
    database: Database,
    settings: Settings,
    inbox: Inbox,
    language: str | None,
) -> Message:
    """The e-mail notice of a new referral to a partner whose notice language a supervisor set
    to `language` (None: never set)."""
    operator_http, supervisor_http = clients
    service, organization = await make_service(database, method="email", target="intake@partner.example")
    if language is not None:
        answer = await supervisor_http.put(
            f"/api/partner-organizations/{organization}/notice-language", json={"notice_language": language}
        )
        assert answer.status_code == 200, answer.text
        assert answer.json() == {
            "organization_id": organization,
            "notice_language": language,
            "language": language,
        }
    accepted = await receive(database, "je cherche un hébergement")
    assert (await refer(operator_http, accepted.conversation_id, service)).status_code == 201
    await _send_notices(database, settings)
    await asyncio.sleep(0)
    assert len(inbox.messages) == 1
    return message_from_bytes(inbox.messages[0][1])


def _body(mail: Message) -> str:
    return mail.get_payload(decode=True).decode()  # type: ignore[union-attr]


async def test_a_partner_set_to_the_other_language_gets_its_notice_in_that_language(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
    database: Database,
    hotline_settings: Settings,
    smtp: tuple[Inbox, int],
) -> None:
    """Hotline in French, partner in English; and hotline in English, partner in French."""
    other = "en" if hotline_settings.default_language == "fr" else "fr"
    mail = await _mail_to(clients, database, hotline_settings, smtp[0], other)
    if other == "en":
        assert _body(mail).startswith(ENGLISH_NEW) and mail["Subject"] == "Hotline referral"
        assert FRENCH_NEW not in _body(mail)
    else:
        assert _body(mail).startswith(FRENCH_NEW)
        assert mail["Subject"] == "Orientation de la ligne d'assistance"
    assert mail["Content-Language"] == other
    assert "https://hotline.example/partner/r/" in _body(mail)


async def test_a_partner_with_no_language_gets_the_hotlines_default(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
    database: Database,
    hotline_settings: Settings,
    smtp: tuple[Inbox, int],
) -> None:
    mail = await _mail_to(clients, database, hotline_settings, smtp[0], None)
    expected = FRENCH_NEW if hotline_settings.default_language == "fr" else ENGLISH_NEW
    assert _body(mail).startswith(expected)
    assert mail["Content-Language"] == hotline_settings.default_language


async def test_a_language_without_notice_texts_gets_the_default_never_the_message_ids(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
    database: Database,
    hotline_settings: Settings,
    smtp: tuple[Inbox, int],
) -> None:
    """A language set by an import (`de`: the hotline has no notice texts in it)."""
    _, supervisor_http = clients
    refused = await supervisor_http.put(
        "/api/partner-organizations/anything/notice-language", json={"notice_language": "de"}
    )
    assert refused.status_code == 422  # not offered: the API refuses it
    operator_http, _ = clients
    service, organization = await make_service(database, method="email", target="intake@partner.example")
    async with database.transaction() as session:
        await session.execute(
            sa.update(TABLES["organization"])
            .where(TABLES["organization"].c.id == organization)
            .values(notice_language="de")
        )
    accepted = await receive(database, "Bonjour")
    await refer(operator_http, accepted.conversation_id, service)
    await _send_notices(database, hotline_settings)
    mail = message_from_bytes(smtp[0].messages[0][1])
    expected = FRENCH_NEW if hotline_settings.default_language == "fr" else ENGLISH_NEW
    assert _body(mail).startswith(expected) and mail["Content-Language"] == hotline_settings.default_language


async def test_the_webhook_payload_says_its_language_and_carries_the_words(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient],
    database: Database,
    hotline_settings: Settings,
    receiver: WebhookReceiver,
) -> None:
    operator_http, supervisor_http = clients
    service, organization = await make_service(database, method="webhook", target=receiver.url)
    answer = await supervisor_http.put(
        f"/api/partner-organizations/{organization}/notice-language", json={"notice_language": "es"}
    )
    assert answer.status_code == 200
    accepted = await receive(database, "Bonjour")
    made = (await refer(operator_http, accepted.conversation_id, service)).json()
    await _send_notices(database, hotline_settings)
    [received] = receiver.received
    assert received.verified  # the words are inside the signed body
    assert received.body["language"] == "es" and received.body["referral_id"] == made["id"]
    assert received.body["text"].startswith(SPANISH_NEW)
    assert received.body["link"] in received.body["text"]
    assert "Amina" not in received.body["text"] and "needs a bed" not in received.body["text"]


async def test_only_supervisors_set_it_and_staff_read_it(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient], database: Database, hotline_settings: Settings
) -> None:
    operator_http, supervisor_http = clients
    _, organization = await make_service(database)
    path = f"/api/partner-organizations/{organization}/notice-language"
    assert (await operator_http.put(path, json={"notice_language": "en"})).status_code == 403
    read = await operator_http.get(path)
    assert read.json() == {
        "organization_id": organization,
        "notice_language": None,
        "language": hotline_settings.default_language,
    }
    assert (await supervisor_http.put(path, json={"notice_language": "en"})).status_code == 200
    assert (await operator_http.get(path)).json()["notice_language"] == "en"
    back = await supervisor_http.put(path, json={"notice_language": None})
    assert back.json()["notice_language"] is None
    assert back.json()["language"] == hotline_settings.default_language
    missing = "/api/partner-organizations/no-such-organisation/notice-language"
    assert (await supervisor_http.put(missing, json={"notice_language": "en"})).status_code == 404
    assert (await operator_http.get(missing)).status_code == 404
    assert (await supervisor_http.put(path, json={"notice_language": "english"})).status_code == 422
