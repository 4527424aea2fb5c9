"""Intake throughput against the floor the database sets, measured in one run.

Prints inbound messages per second through `intake.receive` (pseudonym, vault, triage,
conversation, message, events, NOTIFY) next to the bare transaction ARCHITECTURE.md
uses as a ceiling (insert message + insert event + pg_notify), and their ratio.

    .venv/bin/python bench/intake_throughput.py [--messages 2000] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import tempfile
import time
from pathlib import Path

import asyncpg

from app.conversations.intake import IntakeKeys, receive
from app.domain import ChannelKind, InboundMessage
from app.settings import Settings
from app.storage import migrations
from app.storage.db import Database
from app.storage.embedded_postgres import EmbeddedPostgres

TEXT = "Bonjour, mon patron garde mon passeport, je travaille 16 heures par jour à Laval."


async def through_intake(url: str, messages: int, concurrency: int) -> float:
    database = Database.connect(url, pool_size=concurrency)
    keys = IntakeKeys.from_settings(Settings(env="test"))
    callers = [secrets.token_urlsafe(32) for _ in range(messages // 4 or 1)]
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(messages):
        queue.put_nowait(n)

    async def worker() -> None:
        while not queue.empty():
            n = queue.get_nowait()
            inbound = InboundMessage(
                channel=ChannelKind.sms, address=callers[n % len(callers)], text=TEXT, provider_id=f"SM{n}"
            )
            for _ in range(5):
                try:
                    async with database.transaction() as session:
                        await receive(session, keys=keys, inbound=inbound)
                    break
                except Exception:  # a lock race on one caller's conversation: retry
                    await asyncio.sleep(0)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    await database.dispose()
    return messages / elapsed


async def bare_transactions(url: str, messages: int, concurrency: int) -> float:
    pool = await asyncpg.create_pool(url, min_size=concurrency, max_size=concurrency)
    await pool.execute("CREATE TABLE IF NOT EXISTS bench_m (id bigserial primary key, body text)")
    await pool.execute("CREATE TABLE IF NOT EXISTS bench_e (id bigserial primary key, m bigint)")
    counter = iter(range(messages))

    async def worker() -> None:
        for _ in counter:
            async with pool.acquire() as connection, connection.transaction():
                mid = await connection.fetchval("INSERT INTO bench_m (body) VALUES ($1) RETURNING id", TEXT)
                eid = await connection.fetchval("INSERT INTO bench_e (m) VALUES ($1) RETURNING id", mid)
                await connection.execute("SELECT pg_notify('bench', $1)", str(eid))

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    await pool.close()
    return messages / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = EmbeddedPostgres(Path(tmp)).start()
        migrations.upgrade(url)
        bare = asyncio.run(bare_transactions(url, args.messages, args.concurrency))
        full = asyncio.run(through_intake(url, args.messages, args.concurrency))
    print(f"bare insert+event+notify transactions/s: {bare:8.0f}")
    print(f"intake.receive messages/s:               {full:8.0f}")
    print(f"ratio intake / bare:                     {full / bare:8.2f}")


if __name__ == "__main__":
    main()
