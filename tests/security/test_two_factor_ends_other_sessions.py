"""Turning two-factor login on ends every other session of the account.

Where two-factor login is not required, an operator or a partner worker may turn it on, often
because they fear their password is known. A stranger who had logged in with that password
kept their session (and an operator's console websocket) for its 12 hours: only the session
that confirmed the code was renewed. Every session of the account now ends; the one that
confirmed goes on under a new id, with its form token.
"""

from __future__ import annotations

import httpx
import pyotp
from fastapi import FastAPI

from app.storage.db import Database
from tests.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD
from tests.security.partner_setup import accepted_referral, log_in


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def test_an_operator_turning_two_factor_on_ends_the_strangers_session(
    app: FastAPI, operator_client: httpx.AsyncClient
) -> None:
    async with _client(app) as stranger:
        opened = await stranger.post(
            "/api/auth/login", json={"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD}
        )
        assert opened.status_code == 200
        uri = (await operator_client.post("/api/auth/totp/setup", json={})).json()["otpauth_uri"]
        confirmed = await operator_client.post(
            "/api/auth/totp/confirm", json={"code": pyotp.parse_uri(uri).now()}
        )
        assert confirmed.status_code == 200
        # Before: 200, the stranger's password-only session went on.
        assert (await stranger.get("/api/auth/me")).status_code == 401
        assert (await operator_client.get("/api/auth/me")).status_code == 200


async def test_a_partner_worker_turning_two_factor_on_ends_the_strangers_session(
    app: FastAPI, database: Database
) -> None:
    async with accepted_referral(app, database) as portal, _client(app) as stranger:
        assert (await log_in(stranger)).headers["location"] == "/partner/"
        page = await portal.partner.get("/partner/two-factor")
        totp = pyotp.TOTP(page.text.split('id="totp-secret">')[1].split("<")[0])
        token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        done = await portal.partner.post(
            "/partner/two-factor", data={"code": totp.now(), "csrf_token": token}
        )
        assert done.status_code == 200 and 'id="recovery-codes"' in done.text
        # Before: 200, the stranger's portal session went on.
        assert (await stranger.get("/partner/")).status_code == 303
        assert (await portal.partner.get("/partner/")).status_code == 200
        logout = await portal.partner.post("/partner/logout", data={"csrf_token": token})
        assert logout.status_code == 303 and (await portal.partner.get("/partner/")).status_code == 303
