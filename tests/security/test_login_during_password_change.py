"""A login that checked the old password while the owner changed it opens nothing.

A login checks the password with argon2 outside any transaction (a fraction of a second), then
opened the session in a later one. A stranger who knew an operator's or a partner worker's
password and logged in again and again had one login whose check began before the owner's
change: the change ended every session, then that login opened a new one, with the old password,
which lived out its 12 hours. The check is now done again under the account's lock, where the
session is opened.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx
import pytest
from fastapi import FastAPI

from app.referrals import partner_accounts
from app.security import login
from app.storage.db import Database
from tests.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD
from tests.security.partner_setup import PARTNER_PASSWORD, accepted_referral, form_token, log_in

NEW_PASSWORD = "plum orchard lantern 42"


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


def _then(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, meanwhile: Callable[[], Awaitable[None]]
) -> None:
    """Run `meanwhile` once, right after the next successful password check through `owner.name`."""
    checked = getattr(owner, name)
    pending = [meanwhile]

    async def check_then_change(*args: object, **kwargs: object) -> object:
        result = await checked(*args, **kwargs)
        if result and pending:
            await pending.pop()()
        return result

    monkeypatch.setattr(owner, name, check_then_change)


async def test_a_staff_login_racing_a_password_change_opens_nothing(
    app: FastAPI, operator_client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def owner_changes_it() -> None:
        changed = await operator_client.post(
            "/api/auth/password", json={"current_password": OPERATOR_PASSWORD, "new_password": NEW_PASSWORD}
        )
        assert changed.status_code == 204, changed.text

    _then(monkeypatch, login, "verify_password_async", owner_changes_it)
    async with _client(app) as stranger:
        late = await stranger.post(
            "/api/auth/login", json={"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD}
        )
        # Before: 200, and the session it opened after the change was still good.
        assert late.status_code == 401, late.text
        assert (await stranger.get("/api/auth/me")).status_code == 401
        fresh = await stranger.post(
            "/api/auth/login", json={"email": OPERATOR_EMAIL, "password": NEW_PASSWORD}
        )
        assert fresh.status_code == 200, "the new password opens"


async def test_a_partner_login_racing_a_password_change_opens_nothing(
    app: FastAPI, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with accepted_referral(app, database) as portal:

        async def worker_changes_it() -> None:
            changed = await portal.partner.post(
                "/partner/password",
                data={
                    "current_password": PARTNER_PASSWORD,
                    "new_password": NEW_PASSWORD,
                    "new_password_again": NEW_PASSWORD,
                    "csrf_token": await form_token(portal.partner, "/partner/password"),
                },
            )
            assert changed.status_code == 303, changed.text

        _then(monkeypatch, partner_accounts, "check_password", worker_changes_it)
        async with _client(app) as stranger:
            late = await log_in(stranger)
            # Before: 303 to the portal, whose pages then opened with the old password's session.
            assert late.status_code == 401, late.headers
            assert (await stranger.get("/partner/")).status_code == 303
            assert (await log_in(stranger, NEW_PASSWORD)).status_code == 303
