"""A password hashed with other argon2 parameters is hashed again at the next login.

Hashes made before the profile was raised (or by an older argon2-cffi default) kept their old,
cheaper parameters for ever: the password is known only at login, and the login never rehashed.
Now the right password, staff's or a partner worker's, stores a hash of the current profile; a
wrong one changes nothing. The old parameters here are as cheap as the test profile (argon2's
`CHEAPEST`, `passwords.hasher_for("test")`) but differ from it, so the suite stays fast.
"""

from __future__ import annotations

import httpx
import sqlalchemy as sa
from argon2 import PasswordHasher, extract_parameters
from fastapi import FastAPI

from app.security import passwords
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.security.partner_setup import PARTNER_EMAIL, PARTNER_PASSWORD, accepted_referral, log_in

# Two passes where the current test profile makes one: "older parameters" at test cost.
_OLD = PasswordHasher(time_cost=2, memory_cost=8, parallelism=1, hash_len=4, salt_len=8)


async def _stored(database: Database, table: str, email: str) -> str:
    async with database.transaction() as session:
        found = await session.execute(
            sa.text(f"SELECT password_hash FROM {table} WHERE email = :email"), {"email": email}
        )
        return str(found.scalar_one())


async def _store_old_hash(database: Database, table: str, email: str, password: str) -> str:
    old = _OLD.hash(password)
    async with database.transaction() as session:
        await session.execute(
            sa.text(f"UPDATE {table} SET password_hash = :hash WHERE email = :email"),
            {"hash": old, "email": email},
        )
    return old


def test_only_a_hash_of_other_parameters_is_made_again() -> None:
    current = passwords.hash_password("correct horse battery")
    assert passwords.upgraded_hash(current, "correct horse battery") is None
    assert passwords.upgraded_hash(None, "correct horse battery") is None
    assert passwords.upgraded_hash("not a hash", "correct horse battery") is None
    again = passwords.upgraded_hash(_OLD.hash("correct horse battery"), "correct horse battery")
    assert again is not None and passwords.verify_password(again, "correct horse battery")
    assert extract_parameters(again) == extract_parameters(current)


async def test_a_staff_login_stores_the_current_parameters(
    client: httpx.AsyncClient, operator: str, database: Database
) -> None:
    old = await _store_old_hash(database, "users", operator, OPERATOR_PASSWORD)
    wrong = await client.post("/api/auth/login", json={"email": operator, "password": "not the password"})
    assert wrong.status_code == 401
    assert await _stored(database, "users", operator) == old  # a wrong password changes nothing
    right = await client.post("/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD})
    assert right.status_code == 200, right.text
    renewed = await _stored(database, "users", operator)
    assert renewed != old
    assert extract_parameters(renewed) == extract_parameters(passwords.hash_password("x"))
    await client.post("/api/auth/logout")
    again = await client.post("/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD})
    assert again.status_code == 200, again.text
    assert await _stored(database, "users", operator) == renewed  # current already: left alone


async def test_a_partner_workers_login_too(app: FastAPI, database: Database) -> None:
    async with accepted_referral(app, database):
        old = await _store_old_hash(database, "partner_users", PARTNER_EMAIL, PARTNER_PASSWORD)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as worker:
            assert (await log_in(worker, "not the password")).status_code == 401
            assert await _stored(database, "partner_users", PARTNER_EMAIL) == old
            assert (await log_in(worker)).status_code == 303
        renewed = await _stored(database, "partner_users", PARTNER_EMAIL)
        assert renewed != old
        assert extract_parameters(renewed) == extract_parameters(passwords.hash_password("x"))
