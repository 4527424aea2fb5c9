"""Login throttling per account and per client, shared by every app process.

The counters live in PostgreSQL (table `login_throttle`), the one store every process
already shares: no extra service to run, and a lock set by one process holds in all.
Keys are keyed hashes (HMAC-SHA256 with the server secret) of the e-mail or the client
address, so the table holds neither. Every attempt while blocked counts as a failure, so
hammering only lengthens the wait; after `lock_after` failures the key is locked for
`lock`, and even the right password is refused (429 with Retry-After) until it expires.

An attempt is counted when it starts (`claim`), before its password is checked, and given
back (`release`) when it turns out not to be a failure: the counter is one row updated under
its lock, so attempts sent together meet the limit one after the other. Checked first and
counted after, 60 attempts sent at once had all passed the check before the first failure
was written, and all had their password tried.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math
from collections.abc import Sequence
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


IPV6_CUSTOMER_PREFIX = 64
"""A provider gives each customer at least a /64, whose 2^64 addresses its devices choose freely."""


def client_network(address: str | None) -> str:
    """What the per-client counter counts: an IPv4 address, an IPv6 address's /64 (counted per
    address, one customer had a fresh counter for every attempt), an IPv4-mapped IPv6 address
    as its IPv4 address; anything else (a test client's name) as it is."""
    if not address:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, IPV6_CUSTOMER_PREFIX), strict=False))
    return str(parsed)


def client_key(secret: bytes, address: str | None) -> str:
    """The per-client counter's key (shared by the console, API and partner logins)."""
    return key(secret, "client", client_network(address))


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


async def claim(session: AsyncSession, *, keys: Sequence[tuple[str, Policy]], now: datetime) -> int | None:
    """Count one attempt against each key before it is checked: None when none of them was
    blocked (the attempt goes on), else the seconds until the longest block ends (the attempt
    stays counted). `release` gives the count back to an attempt that was no failure."""
    ends = [await record_failure(session, key=key, policy=policy, now=now) for key, policy in keys]
    blocked = [end for end in ends if end is not None and end > now]
    if not blocked:
        return None
    return max(1, math.ceil((max(blocked) - now).total_seconds()))


async def release(session: AsyncSession, *, key: str) -> None:
    """Give back the count of an attempt that was no failure (its block, if any, runs out)."""
    await session.execute(
        sa.update(LoginThrottle)
        .where(col(LoginThrottle.key) == key)
        .values(failures=sa.func.greatest(col(LoginThrottle.failures) - 1, 0))
    )


async def record_failure(
    session: AsyncSession, *, key: str, policy: Policy, now: datetime
) -> datetime | None:
    """Count one failure; the key's block as it was before (None when it had none)."""
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
    previous: datetime | None = blocked_until
    block = policy.block(int(failures))
    if block is not None:
        until = now + block
        if blocked_until is None or until > blocked_until:
            await session.execute(
                sa.update(LoginThrottle).where(col(LoginThrottle.key) == key).values(blocked_until=until)
            )
    return previous


async def clear(session: AsyncSession, *, key: str) -> None:
    await session.execute(sa.delete(LoginThrottle).where(col(LoginThrottle.key) == key))


async def forget_old(session: AsyncSession, *, now: datetime) -> int:
    """Delete the counters that no longer count: last failure over `FORGET_AFTER` ago and no
    block still running (a stranger trying a new e-mail each time added a row per attempt, kept
    for good). How many were deleted."""
    deleted = await session.execute(
        sa.delete(LoginThrottle).where(
            col(LoginThrottle.last_failure_at) < now - FORGET_AFTER,
            sa.or_(col(LoginThrottle.blocked_until).is_(None), col(LoginThrottle.blocked_until) <= now),
        )
    )
    return int(deleted.rowcount)  # type: ignore[attr-defined]
