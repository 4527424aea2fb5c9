"""Login throttling per account and per client, shared by every app process.

The counters live in PostgreSQL (table `login_throttle`), the one store every process
already shares: no extra service to run, and a lock set by one process holds in all.
Keys are keyed hashes (HMAC-SHA256 with the server secret) of the e-mail or the client
address, so the table holds neither. Every attempt while blocked counts as a failure, so
hammering only lengthens the wait; after `lock_after` failures the key is locked for
`lock`, and even the right password is refused (429 with Retry-After) until it expires.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import LoginThrottle

FORGET_AFTER = timedelta(hours=1)  # failures older than this no longer count


@dataclass(frozen=True, slots=True)
class Policy:
    free: int  # failures allowed before any delay
    base_delay: float  # seconds; doubles with each further failure
    max_delay: float
    lock_after: int
    lock: timedelta

    def block(self, failures: int) -> timedelta | None:
        if failures >= self.lock_after:
            return self.lock
        if failures < self.free:
            return None
        return timedelta(seconds=min(self.base_delay * 2 ** (failures - self.free), self.max_delay))


ACCOUNT = Policy(free=3, base_delay=1.0, max_delay=60.0, lock_after=10, lock=timedelta(minutes=15))
CLIENT = Policy(free=10, base_delay=1.0, max_delay=60.0, lock_after=50, lock=timedelta(minutes=15))


def key(secret: bytes, kind: str, value: str) -> str:
    return hmac.new(secret, f"{kind}\x1f{value}".encode(), hashlib.sha256).hexdigest()


async def retry_after(session: AsyncSession, *, keys: list[str], now: datetime) -> int | None:
    """Seconds until the longest block among `keys` ends; None when none is blocked."""
    rows = await session.exec(
        select(LoginThrottle.blocked_until).where(
            col(LoginThrottle.key).in_(keys), col(LoginThrottle.blocked_until) > now
        )
    )
    ends = [end for end in rows.all() if end is not None]
    if not ends:
        return None
    return max(1, math.ceil((max(ends) - now).total_seconds()))


async def record_failure(session: AsyncSession, *, key: str, policy: Policy, now: datetime) -> None:
    table = sa.inspect(LoginThrottle).local_table
    upsert = insert(LoginThrottle).values(key=key, failures=1, last_failure_at=now)
    statement = upsert.on_conflict_do_update(
        index_elements=["key"],
        set_={
            "failures": sa.case(
                (table.c.last_failure_at < now - FORGET_AFTER, 1), else_=table.c.failures + 1
            ),
            "last_failure_at": now,
        },
    ).returning(table.c.failures, table.c.blocked_until)
    failures, blocked_until = (await session.execute(statement)).one()
    block = policy.block(int(failures))
    if block is not None:
        until = now + block
        if blocked_until is None or until > blocked_until:
            await session.execute(
                sa.update(LoginThrottle).where(col(LoginThrottle.key) == key).values(blocked_until=until)
            )


async def clear(session: AsyncSession, *, key: str) -> None:
    await session.execute(sa.delete(LoginThrottle).where(col(LoginThrottle.key) == key))
