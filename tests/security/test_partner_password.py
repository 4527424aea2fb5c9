"""A partner worker changes their own password in the portal (`/partner/password`).

After an invitation's first password, only an administrator could change a worker's password: one
who suspected it was known (a shared computer, a colleague who left) could do nothing. The page
takes the staff rules: the current password, counted against the worker's login counter when
wrong; a strong new one (zxcvbn); argon2 with no pooled connection held; every other portal
session ended and this browser kept under a new session id; an audit entry with ids only.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json

import httpx
import pytest
from fastapi import FastAPI
from sqlmodel import col, select

from app.models import AuditEntry
from app.referrals.partner_accounts import PARTNER_COOKIE
from app.security import login_throttle, passwords
from app.storage.db import Database
from tests.security.partner_setup import PARTNER_PASSWORD, accepted_referral, form_token, log_in

NEW_PASSWORD = "plum orchard lantern 42"


async def _change(
    client: httpx.AsyncClient, current: str, new: str = NEW_PASSWORD, *, again: str | None = None
) -> httpx.Response:
    return await client.post(
        "/partner/password",
        data={
            "csrf_token": await form_token(client, "/partner/password"),
            "current_password": current,
            "new_password": new,
            "new_password_again": new if again is None else again,
        },
    )


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def _audited(database: Database) -> list[AuditEntry]:
    async with database.sessions() as session:
        found = await session.exec(
            select(AuditEntry).where(col(AuditEntry.action) == "partner_user.password_changed")
        )
        return list(found.all())


async def _logged_out(client: httpx.AsyncClient) -> bool:
    home = await client.get("/partner/")
    return home.status_code == 303 and home.headers["location"].startswith("/partner/login")


async def test_the_page_asks_for_a_login(app: FastAPI) -> None:
    async with _client(app) as stranger:
        asked = await stranger.get("/partner/password")
    assert asked.status_code == 303 and asked.headers["location"] == "/partner/login?next=/partner/password"


async def test_a_worker_changes_their_password_and_their_other_sessions_end(
    app: FastAPI, database: Database
) -> None:
    async with accepted_referral(app, database) as portal, _client(app) as other, _client(app) as stale:
        assert (await log_in(other)).status_code == 303
        old_cookie = portal.partner.cookies[PARTNER_COOKIE]
        stale.cookies.set(PARTNER_COOKIE, old_cookie)
        assert not await _logged_out(stale), "the copied cookie opens the portal before the change"
        page = await portal.partner.get("/partner/")
        assert 'href="/partner/password"' in page.text  # the header's link, on every portal page
        changed = await _change(portal.partner, PARTNER_PASSWORD)
        assert changed.status_code == 303 and changed.headers["location"] == "/partner/password?changed=1"
        assert portal.partner.cookies[PARTNER_COOKIE] != old_cookie, "a new session id"
        shown = await portal.partner.get("/partner/password?changed=1", headers={"Accept-Language": "fr-CA"})
        assert "Votre mot de passe a été changé." in shown.text
        assert not await _logged_out(portal.partner), "this browser stays logged in"
        assert await _logged_out(other), "the worker's other session ended"
        assert await _logged_out(stale), "the old session id opens nothing"
        assert (await log_in(stale)).status_code == 401, "the old password is refused"
        assert (await log_in(stale, NEW_PASSWORD)).status_code == 303
        (entry,) = await _audited(database)
        assert (entry.actor_id, entry.subject_type, entry.detail) == (
            None,
            "partner_user",
            {"other_sessions_ended": 1},
        )
        text = json.dumps(entry.model_dump(mode="json"))
        assert "@" not in text and "Marie" not in text and NEW_PASSWORD not in text


async def test_wrong_current_passwords_are_throttled_like_logins(
    app: FastAPI, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoever holds a worker's portal cookie cannot guess the password without limit, then set
    their own: wrong guesses count as failed logins of the account."""
    patient = dataclasses.replace(login_throttle.ACCOUNT, base_delay=60.0)
    monkeypatch.setattr(login_throttle, "ACCOUNT", patient)
    async with accepted_referral(app, database) as portal:
        for guess in ("guess number one", "guess number two", "guess number three"):
            wrong = await _change(portal.partner, guess)
            assert wrong.status_code == 401 and 'id="password-error"' in wrong.text
        right = await _change(portal.partner, PARTNER_PASSWORD)
        assert right.status_code == 429 and int(right.headers["Retry-After"]) >= 1
        async with _client(app) as other:
            assert (await log_in(other)).status_code == 429, "the login counter is the same"
        assert await _audited(database) == []


async def test_weak_mismatched_or_unsigned_changes_change_nothing(app: FastAPI, database: Database) -> None:
    async with accepted_referral(app, database) as portal:
        weak = await _change(portal.partner, PARTNER_PASSWORD, "password12")
        assert weak.status_code == 422
        different = await _change(portal.partner, PARTNER_PASSWORD, again="plum orchard lantern 43")
        assert different.status_code == 422
        unsigned = await portal.partner.post(
            "/partner/password",
            data={
                "csrf_token": "forged",
                "current_password": PARTNER_PASSWORD,
                "new_password": NEW_PASSWORD,
                "new_password_again": NEW_PASSWORD,
            },
        )
        assert unsigned.status_code == 403
        assert not await _logged_out(portal.partner)
        async with _client(app) as other:
            assert (await log_in(other)).status_code == 303, "the password is unchanged"
        assert await _audited(database) == []


async def test_passwords_are_checked_and_hashed_with_no_connection_held(
    app: FastAPI, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with accepted_referral(app, database) as portal:
        token = await form_token(portal.partner, "/partner/password")
        pool = app.state.context.database.engine.pool
        seen: list[int] = []
        real_hash, real_verify = passwords.hash_password, passwords.verify_password

        def hashed(password: str) -> str:
            seen.append(pool.checkedout())
            return real_hash(password)

        def verified(password_hash: str | None, password: str) -> bool:
            seen.append(pool.checkedout())
            return real_verify(password_hash, password)

        monkeypatch.setattr(passwords, "hash_password", hashed)
        monkeypatch.setattr(passwords, "verify_password", verified)
        for _ in range(100):  # the event hub's first reads give their connection back
            if pool.checkedout() == 0:
                break
            await asyncio.sleep(0.05)
        changed = await portal.partner.post(
            "/partner/password",
            data={
                "csrf_token": token,
                "current_password": PARTNER_PASSWORD,
                "new_password": NEW_PASSWORD,
                "new_password_again": NEW_PASSWORD,
            },
        )
    assert changed.status_code == 303
    assert seen == [0, 0]
