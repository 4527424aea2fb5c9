"""Logins sent together: they meet the throttle one after the other, and none holds a database
connection while its password waits for argon2.

Found by sending 60 console logins at once to a running `hotline serve`: all 60 had their
password tried although the account locks after 10 failures (each had passed the throttle's
check before the first failure was written), and a chat message sent meanwhile waited 29.7 s
for its acknowledgement while 28 of the logins failed with 500: each login held a pooled
connection while argon2 (one thread) worked through the queue, and a throttled one held one
and waited for a second, until the pool's 30 s timeout.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import event
from sqlalchemy.ext.asyncio import create_async_engine

from app.context import LOGINS_AT_ONCE
from app.main import create_app
from app.security import login_throttle, passwords
from app.settings import Settings
from app.storage.database_url import to_libpq, to_sqlalchemy
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """No background worker: the connections counted are the logins' own."""
    return Settings(
        database_url=database_url,
        data_dir=tmp_path,
        env="test",
        outbox_worker=False,
        retention_worker=False,
        referral_worker=False,
    )


async def _api_login(client: httpx.AsyncClient, email: str, password: str) -> int:
    response = await client.post("/api/auth/login", json={"email": email, "password": password})
    return response.status_code


async def _partner_login(client: httpx.AsyncClient, email: str, password: str, token: str) -> int:
    response = await client.post(
        "/partner/login",
        data={"email": email, "password": password, "csrf_token": token, "next": "/partner/"},
    )
    return response.status_code


async def _partner_token(client: httpx.AsyncClient) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', (await client.get("/partner/login")).text)
    assert found is not None
    return found.group(1)


@pytest.fixture
def minute_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of a minute, not a second, after the third failure: on a loaded machine the
    one-second block ran out while the later passwords were still being hashed (a fourth 401)."""
    slow = dataclasses.replace(login_throttle.ACCOUNT, base_delay=60.0, max_delay=600.0)
    monkeypatch.setattr(login_throttle, "ACCOUNT", slow)


@pytest.mark.usefixtures("minute_blocks")
class TestTogether:
    async def test_staff_logins_sent_together_meet_the_account_throttle(
        self, client: httpx.AsyncClient, operator: str
    ) -> None:
        statuses = await asyncio.gather(*(_api_login(client, operator, f"wrong {n}") for n in range(20)))
        assert statuses.count(401) == 3 and statuses.count(429) == 17, statuses
        assert await _api_login(client, operator, OPERATOR_PASSWORD) == 429

    async def test_partner_logins_sent_together_meet_the_account_throttle(
        self, client: httpx.AsyncClient
    ) -> None:
        token = await _partner_token(client)
        statuses = await asyncio.gather(
            *(_partner_login(client, "marie@maison.example", f"wrong {n}", token) for n in range(20))
        )
        assert statuses.count(401) == 3 and statuses.count(429) == 17, statuses

    async def test_a_flood_of_logins_leaves_the_pool_to_the_chats(
        self, app: FastAPI, client: httpx.AsyncClient
    ) -> None:
        pool = app.state.context.database.engine.sync_engine.pool
        out = most = 0

        def checkout(*_: object) -> None:
            nonlocal out, most
            out += 1
            most = max(most, out)

        def checkin(*_: object) -> None:
            nonlocal out
            out -= 1

        await _quiet(app)
        event.listen(pool, "checkout", checkout)
        event.listen(pool, "checkin", checkin)
        token = await _partner_token(client)
        await asyncio.gather(
            *(_api_login(client, f"nobody{n}@example.org", "wrong") for n in range(20)),
            *(_partner_login(client, f"nobody{n}@example.org", "wrong", token) for n in range(20)),
        )
        assert 1 <= most <= LOGINS_AT_ONCE


async def _quiet(app: FastAPI) -> None:
    """Once listening, the event hub reads the events it missed: wait until it has."""
    context = app.state.context
    await asyncio.wait_for(context.hub.listening.wait(), 10)
    await asyncio.sleep(0.2)
    pool = context.database.engine.pool
    for _ in range(100):
        if pool.checkedout() == 0:
            break
        await asyncio.sleep(0.05)


async def _watch_connections(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pooled connections checked out at each password check (read in argon2's thread),
    from a moment none is."""
    await _quiet(app)
    seen: list[int] = []
    real: Callable[[str | None, str], bool] = passwords.verify_password
    lock = threading.Lock()

    def watched(password_hash: str | None, password: str) -> bool:
        with lock:
            seen.append(app.state.context.database.engine.pool.checkedout())
        return real(password_hash, password)

    monkeypatch.setattr(passwords, "verify_password", watched)
    return seen


class TestNoConnectionHeld:
    async def test_while_a_staff_password_is_checked(
        self, app: FastAPI, client: httpx.AsyncClient, operator: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        seen = await _watch_connections(app, monkeypatch)
        assert await _api_login(client, operator, "wrong") == 401
        assert await _api_login(client, "nobody@example.org", "wrong") == 401
        assert await _api_login(client, operator, OPERATOR_PASSWORD) == 200
        assert seen == [0, 0, 0]

    async def test_while_a_partner_password_is_checked(
        self, app: FastAPI, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        seen = await _watch_connections(app, monkeypatch)
        assert (
            await _partner_login(client, "marie@maison.example", "wrong", await _partner_token(client)) == 401
        )
        assert seen == [0]

    async def test_while_a_password_change_checks_the_old_one_and_hashes_the_new(
        self, app: FastAPI, client: httpx.AsyncClient, operator: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        assert await _api_login(client, operator, OPERATOR_PASSWORD) == 200
        seen = await _watch_connections(app, monkeypatch)
        real_hash: Callable[[str], str] = passwords.hash_password

        def watched_hash(password: str) -> str:
            seen.append(app.state.context.database.engine.pool.checkedout())
            return real_hash(password)

        monkeypatch.setattr(passwords, "hash_password", watched_hash)
        wrong = await client.post(
            "/api/auth/password", json={"current_password": "wrong", "new_password": "x"}
        )
        assert wrong.status_code == 401
        changed = await client.post(
            "/api/auth/password",
            json={"current_password": OPERATOR_PASSWORD, "new_password": "lanterne fjord cactus 19 quai"},
        )
        assert changed.status_code == 204
        assert seen == [0, 0, 0]


@pytest.fixture
async def one_connection_client(
    settings: Settings, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[httpx.AsyncClient]:
    """The app on a pool of one connection that waits 3 s for it: a request that needs two at
    once fails instead of answering."""

    def small(cls: type[Database], url: str, *, pool_size: int = 10) -> Database:
        engine = create_async_engine(to_sqlalchemy(url), pool_size=1, max_overflow=0, pool_timeout=3)
        return cls(url=to_libpq(url), engine=engine)

    monkeypatch.setattr(Database, "connect", classmethod(small))
    quiet = settings.model_copy(
        update={"outbox_worker": False, "retention_worker": False, "referral_worker": False}
    )
    application = create_app(quiet, database_url=database_url)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http


class TestOneConnectionAtATime:
    @pytest.mark.usefixtures("minute_blocks")
    async def test_every_login_outcome_answers_on_one_connection(
        self, one_connection_client: httpx.AsyncClient, operator: str
    ) -> None:
        client = one_connection_client
        statuses = [await _api_login(client, operator, f"wrong {n}") for n in range(4)]
        assert statuses == [401, 401, 401, 429]
        token = await _partner_token(client)
        partner = [
            await _partner_login(client, "marie@maison.example", f"wrong {n}", token) for n in range(4)
        ]
        assert partner == [401, 401, 401, 429]
