"""Referrals sent and accepted in a period, from status codes and times only."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import httpx
import sqlalchemy as sa

from app.statistics.period import Period
from app.statistics.referrals import ReferralCounts, referral_counts
from app.storage.db import Database
from tests.factories import receive
from tests.referrals.helpers import make_service, refer

TODAY = Period(
    date.today() - timedelta(days=1), date.today() + timedelta(days=1), ZoneInfo("America/Toronto")
)


async def counts(database: Database, period: Period = TODAY) -> ReferralCounts | None:
    async with database.sessions() as session:
        return await referral_counts(session, period=period)


async def test_sent_and_accepted_referrals_are_counted(
    operator_client: httpx.AsyncClient, database: Database
) -> None:
    service, _ = await make_service(database)
    for number in range(3):
        accepted = await receive(
            database, "mon patron garde mon passeport", address=f"visitor-token-{number:040d}"
        )
        made = await refer(operator_client, accepted.conversation_id, service)
        assert made.status_code == 201, made.text
    assert await counts(database) == ReferralCounts(sent=3, accepted=0)
    async with database.transaction() as session:
        await session.execute(
            sa.text("UPDATE referrals SET status = 'accepted' WHERE id = (SELECT id FROM referrals LIMIT 1)")
        )
    assert await counts(database) == ReferralCounts(sent=3, accepted=1)
    last_year = Period(
        date.today() - timedelta(days=400), date.today() - timedelta(days=390), ZoneInfo("America/Toronto")
    )
    assert await counts(database, last_year) == ReferralCounts(sent=0, accepted=0)
