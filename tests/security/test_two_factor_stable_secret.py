"""A session's pending two-factor secret stays the same until it is confirmed or expires.

Each GET of the set-up page (and each mistyped first code) made a new secret: a reload showed
another QR code, and the authenticator that had scanned the first one gave codes that never
matched. Now the page, the portal's page and the API show the same secret to the session that
asked for it, until a code confirms it or `two_factor.PENDING_SECONDS` pass.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pyotp
import pytest
from fastapi import FastAPI

from app.security import two_factor
from app.settings import Settings
from app.storage.db import Database
from tests.conftest import LOOPS_OFF, OPERATOR_PASSWORD
from tests.security.partner_setup import accepted_referral


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Two-factor login required, as in production: a password alone opens enrolment only."""
    return Settings(database_url=database_url, data_dir=tmp_path, env="test", require_totp=True, **LOOPS_OFF)


def _shown_secret(html: str) -> str:
    return html.split('id="totp-secret">')[1].split("<")[0]


def _csrf(html: str) -> str:
    return html.split('name="csrf_token" value="')[1].split('"')[0]


async def _console_enrolment(client: httpx.AsyncClient, email: str) -> None:
    form = await client.get("/console/login")
    login = await client.post(
        "/console/login", data={"email": email, "password": OPERATOR_PASSWORD, "csrf_token": _csrf(form.text)}
    )
    assert login.status_code == 303 and login.headers["location"] == "/console/two-factor"


async def test_a_reload_and_a_mistyped_code_show_the_same_qr_code(
    client: httpx.AsyncClient, operator: str
) -> None:
    await _console_enrolment(client, operator)
    first = await client.get("/console/two-factor")
    reloaded = await client.get("/console/two-factor")
    secret = _shown_secret(first.text)
    assert _shown_secret(reloaded.text) == secret
    assert first.text.split("<svg")[1].split("</svg>")[0] == reloaded.text.split("<svg")[1].split("</svg>")[0]
    wrong_code = f"{(int(pyotp.TOTP(secret).now()) + 1) % 1_000_000:06d}"
    mistyped = await client.post(
        "/console/two-factor", data={"code": wrong_code, "csrf_token": _csrf(first.text)}
    )
    assert mistyped.status_code == 422 and _shown_secret(mistyped.text) == secret
    done = await client.post(
        "/console/two-factor", data={"code": pyotp.TOTP(secret).now(), "csrf_token": _csrf(first.text)}
    )
    assert done.status_code == 200 and 'id="recovery-codes"' in done.text


async def test_the_api_gives_the_same_secret_until_it_expires(
    client: httpx.AsyncClient, operator: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = await client.post("/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD})
    assert login.status_code == 403 and login.json()["enrol"]
    first = (await client.post("/api/auth/totp/setup", json={})).json()["otpauth_uri"]
    assert (await client.post("/api/auth/totp/setup", json={})).json()["otpauth_uri"] == first
    later = time.time() + two_factor.PENDING_SECONDS + 1
    monkeypatch.setattr(two_factor, "_now", lambda: later)  # the first one has expired
    renewed = (await client.post("/api/auth/totp/setup", json={})).json()["otpauth_uri"]
    assert renewed != first
    assert (await client.post("/api/auth/totp/setup", json={})).json()["otpauth_uri"] == renewed
    monkeypatch.setattr(two_factor, "_now", lambda: later + two_factor.PENDING_SECONDS)
    refused = await client.post("/api/auth/totp/confirm", json={"code": "123456"})
    assert refused.status_code == 409  # nothing pending once it expired


async def test_a_code_sent_after_the_secret_expired_gets_a_new_qr_code_and_says_so(
    client: httpx.AsyncClient, operator: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _console_enrolment(client, operator)
    first = await client.get("/console/two-factor?lang=en")
    secret = _shown_secret(first.text)
    later = time.time() + two_factor.PENDING_SECONDS + 1
    monkeypatch.setattr(two_factor, "_now", lambda: later)
    late = await client.post(
        "/console/two-factor", data={"code": pyotp.TOTP(secret).now(), "csrf_token": _csrf(first.text)}
    )
    assert late.status_code == 422 and "has expired" in late.text  # was a bare 409 page
    assert _shown_secret(late.text) != secret


class TestPartnerPortal:
    @pytest.fixture
    def settings(self, database_url: str, tmp_path: Path) -> Settings:
        """Two-factor login optional: the worker sets it up from a full portal session (the
        staff of `accepted_referral` log in with a password alone)."""
        return Settings(database_url=database_url, data_dir=tmp_path, env="test", **LOOPS_OFF)

    async def test_the_partner_portal_too(self, app: FastAPI, database: Database) -> None:
        async with accepted_referral(app, database) as portal:
            first = await portal.partner.get("/partner/two-factor")
            secret = _shown_secret(first.text)
            assert _shown_secret((await portal.partner.get("/partner/two-factor")).text) == secret
            done = await portal.partner.post(
                "/partner/two-factor",
                data={"code": pyotp.TOTP(secret).now(), "csrf_token": _csrf(first.text)},
            )
            assert done.status_code == 200 and 'id="recovery-codes"' in done.text
