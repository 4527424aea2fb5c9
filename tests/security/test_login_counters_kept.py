"""Login counters that no longer count are deleted by the retention purge.

Every login attempt wrote a row for its e-mail's counter, kept forever: a failure older than an
hour no longer counts, yet its row stayed, so a stranger trying a new e-mail each time (counted
even while their address was blocked) added one row per attempt, for good.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import sqlalchemy as sa

from app.models import LoginThrottle
from app.models.base import utcnow
from app.security import login_throttle, retention
from app.storage.db import Database

POLICY = retention.RetentionPolicy(vault_after_close=timedelta(hours=72))


async def _rows(database: Database) -> int:
    async with database.sessions() as session:
        return int(
            (await session.execute(sa.select(sa.func.count()).select_from(LoginThrottle))).scalar_one()
        )


async def test_counters_past_their_hour_are_purged(client: httpx.AsyncClient, database: Database) -> None:
    for n in range(15):
        await client.post("/api/auth/login", json={"email": f"nobody{n}@example.org", "password": "x"})
    assert await _rows(database) == 16  # one per e-mail, one for the client (blocked for now)
    await retention.purge(database, now=utcnow() + timedelta(minutes=30), policy=POLICY)
    assert await _rows(database) == 16  # still counting
    later = utcnow() + login_throttle.FORGET_AFTER + timedelta(minutes=1)
    await retention.purge(database, now=later, policy=POLICY)
    assert await _rows(database) == 0


async def test_a_counter_still_blocking_is_kept(database: Database) -> None:
    now = utcnow()
    async with database.transaction() as session:
        for _ in range(login_throttle.ACCOUNT.lock_after):
            await login_throttle.record_failure(session, key="a" * 64, policy=login_throttle.ACCOUNT, now=now)
    # The lock (15 minutes) outlasts the hour only when set late: moved past the hour here.
    async with database.transaction() as session:
        await session.execute(sa.update(LoginThrottle).values(blocked_until=now + timedelta(hours=2)))
    await retention.purge(database, now=now + timedelta(minutes=90), policy=POLICY)
    assert await _rows(database) == 1
    await retention.purge(database, now=now + timedelta(hours=2, minutes=1), policy=POLICY)
    assert await _rows(database) == 0
