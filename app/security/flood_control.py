"""Flood control: message and conversation rates shared by every app process.

Why PostgreSQL and not the `limits` library: `limits` keeps its counters in memory (one
process only) or in Redis, Memcached, MongoDB or etcd, none of which this platform runs.
Several app processes share one PostgreSQL and nothing else (see ARCHITECTURE.md), so the
counters live there, like the login throttle's: a web chat flood spread over processes A
and B meets one limit, and no extra service has to run, be secured and be watched.

The counters are fixed windows (`rate_counters`: key, window start, hits), incremented
with one `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` (atomic under concurrency). A
hit over the limit is refused and still counted, so hammering does not get through
sooner. Keys are keyed hashes (HMAC-SHA256 with the server's pseudonym key) of what they
count: a web chat token is a credential and never reaches the table. Windows older than
`KEEP` are deleted whenever a counter starts a new window (an indexed, mostly empty delete).
"""

from __future__ import annotations

import hashlib
import hmac
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import RateCounter

KEEP = timedelta(hours=1)
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Rate:
    """At most `limit` hits per `window`."""

    limit: int
    window: timedelta

    def window_start(self, now: datetime) -> datetime:
        """The start of the fixed window `now` falls in."""
        size = self.window.total_seconds()
        elapsed = (now - _EPOCH).total_seconds()
        return _EPOCH + timedelta(seconds=math.floor(elapsed / size) * size)

    def retry_after(self, now: datetime) -> int:
        """Whole seconds until the next window opens (at least one)."""
        end = self.window_start(now) + self.window
        return max(1, math.ceil((end - now).total_seconds()))


def per_minute(limit: int) -> Rate:
    return Rate(limit=limit, window=timedelta(minutes=1))


def key(secret: bytes, kind: str, value: str) -> str:
    """The counter key of `value` for one kind of rate: a keyed hash, never the value."""
    return hmac.new(secret, f"flood\x1f{kind}\x1f{value}".encode(), hashlib.sha256).hexdigest()


async def hit(session: AsyncSession, *, key: str, rate: Rate, now: datetime) -> int | None:
    """Count one hit: None when it is within the rate, else the seconds to wait."""
    start = rate.window_start(now)
    table = sa.inspect(RateCounter).local_table
    statement = (
        insert(RateCounter)
        .values(key=key, window_start=start, hits=1)
        .on_conflict_do_update(index_elements=["key", "window_start"], set_={"hits": table.c.hits + 1})
        .returning(table.c.hits)
    )
    hits = int((await session.execute(statement)).scalar_one())
    if hits == 1:
        await forget_old(session, now=now)
    return None if hits <= rate.limit else rate.retry_after(now)


async def forget_old(session: AsyncSession, *, now: datetime) -> None:
    await session.execute(sa.delete(RateCounter).where(col(RateCounter.window_start) < now - KEEP))
