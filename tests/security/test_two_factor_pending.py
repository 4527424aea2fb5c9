"""A pending two-factor secret belongs to the login session that asked for it.

In the enrolment window a password alone opens an enrolment session. The owner asked for a
secret and scanned it; anyone else holding the password (a temporary one read over a shoulder,
sent by e-mail) could then ask for another: it replaced the owner's, the owner's first code
failed, and the other person's confirmed, taking the enrolment over. Now, while the session that
asked lives, another session's request is a 409, and only the asking session confirms.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pyotp
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from app.errors import Conflict
from app.referrals import partner_accounts
from app.security import two_factor
from app.settings import Settings
from app.storage.db import Database
from tests.conftest import LOOPS_OFF, OPERATOR_PASSWORD
from tests.referrals.helpers import make_service

KEY = b"k" * 32


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Two-factor login required, as in production: a password alone opens enrolment only."""
    return Settings(database_url=database_url, data_dir=tmp_path, env="test", require_totp=True, **LOOPS_OFF)


@asynccontextmanager
async def _enrolling(app: FastAPI, email: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client holding an enrolment session of `email` (its own cookie)."""
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        answer = await client.post("/api/auth/login", json={"email": email, "password": OPERATOR_PASSWORD})
        assert answer.status_code == 403 and answer.json()["enrol"], answer.text
        yield client


def _code(setup: httpx.Response) -> str:
    return pyotp.TOTP(setup.json()["otpauth_uri"].split("secret=")[1].split("&")[0]).now()


async def test_another_session_cannot_replace_nor_confirm_the_pending_secret(
    app: FastAPI, operator: str
) -> None:
    async with _enrolling(app, operator) as owner, _enrolling(app, operator) as other:
        scanned = await owner.post("/api/auth/totp/setup", json={})
        assert scanned.status_code == 200
        replaced = await other.post("/api/auth/totp/setup", json={})
        assert replaced.status_code == 409
        taken = await other.post("/api/auth/totp/confirm", json={"code": _code(scanned)})
        assert taken.status_code == 409
        confirmed = await owner.post("/api/auth/totp/confirm", json={"code": _code(scanned)})
        assert confirmed.status_code == 200 and len(confirmed.json()["recovery_codes"]) == 10


async def test_once_the_asking_session_ends_another_may_ask(
    app: FastAPI, operator: str, database: Database
) -> None:
    async with _enrolling(app, operator) as first:
        assert (await first.post("/api/auth/totp/setup", json={})).status_code == 200
        assert (await first.post("/api/auth/totp/setup", json={})).status_code == 200  # its own: the same one
    async with database.transaction() as session:  # the first session runs out
        await session.execute(sa.text("UPDATE staff_sessions SET expires_at = now() - interval '1 second'"))
    async with _enrolling(app, operator) as second:
        fresh = await second.post("/api/auth/totp/setup", json={})
        assert fresh.status_code == 200
        confirmed = await second.post("/api/auth/totp/confirm", json={"code": _code(fresh)})
        assert confirmed.status_code == 200


async def test_a_partner_workers_pending_secret_too(database: Database) -> None:
    """The portal's enrolment (`/partner/two-factor`) keeps the same rule, with portal sessions."""
    _, organization = await make_service(database)
    async with database.transaction() as session:
        worker, _ = await partner_accounts.invite(
            session,
            secret="s" * 32,
            organization_id=organization,
            email="worker@partner.example",
            display_name="Worker",
            invited_by=None,
        )
        assert worker.id is not None
        owner, other = [
            hashlib.sha256(
                (
                    await partner_accounts.start_session(session, user_id=worker.id, max_age_seconds=600)
                ).encode()
            ).hexdigest()
            for _ in range(2)
        ]
        scanned = await two_factor.begin(session, user=worker, key=KEY, holder=owner)
        with pytest.raises(Conflict):
            await two_factor.begin(session, user=worker, key=KEY, holder=other)
        with pytest.raises(Conflict):
            await two_factor.confirm(session, user=worker, key=KEY, code="000000", holder=other)
        code = pyotp.TOTP(scanned.secret).now()
        assert await two_factor.confirm(session, user=worker, key=KEY, code=code, holder=owner)
