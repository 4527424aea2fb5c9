"""A partner notice by SMS goes through the real Twilio client to a local fake Twilio API, carries
the portal link only, in the partner organisation's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from pydantic import SecretStr

from app import channel_registry
from app.referrals.notice_delivery import NoticeSender
from app.referrals.worker import ReferralWorker
from app.settings import Settings
from app.storage.db import Database
from directory.tables import TABLES
from tests.factories import receive
from tests.fakes.twilio_api import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.referrals.helpers import make_service, refer

PARTNER_PHONE = "+15145550142"


@pytest.fixture
def fake_twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio().start()
    yield fake
    fake.stop()


async def test_an_sms_notice_carries_only_the_link(
    operator_client: httpx.AsyncClient,
    database: Database,
    database_url: str,
    tmp_path: Path,
    fake_twilio: FakeTwilio,
) -> None:
    settings = Settings(
        database_url=database_url,
        data_dir=tmp_path,
        env="test",
        referral_worker=False,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=SecretStr(AUTH_TOKEN),
        twilio_from="+15145550100",
        twilio_api_base=fake_twilio.url,
        public_url="https://hotline.example",
    )
    service, organization = await make_service(database, method="sms", target=PARTNER_PHONE)
    async with database.transaction() as session:  # an English-speaking partner of a French hotline
        await session.execute(
            sa.update(TABLES["organization"])
            .where(TABLES["organization"].c.id == organization)
            .values(notice_language="en")
        )
    accepted = await receive(database, "je cherche un hébergement")
    made = (await refer(operator_client, accepted.conversation_id, service, first_name="Amina")).json()
    senders = channel_registry.build_senders(channel_registry.build_adapters(settings))
    try:
        async with httpx.AsyncClient() as http:
            worker = ReferralWorker(
                database=database,
                settings=settings,
                sender=NoticeSender(settings, senders=senders, http=http),
            )
            _, handled = await worker.run_once()
    finally:
        await channel_registry.close_senders(senders)
    assert handled == 1
    [sms] = fake_twilio.sent
    assert sms["To"] == PARTNER_PHONE and "https://hotline.example/partner/r/" in sms["Body"]
    assert sms["Body"].startswith("The hotline has a referral for you. Please acknowledge it before ")
    assert "Amina" not in sms["Body"] and "hébergement" not in sms["Body"] and made["id"] not in sms["Body"]
