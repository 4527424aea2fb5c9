"""Two-factor login for partner workers, where it is required (as in production): enrolment with
a QR code drawn on the server, then a login whose second step asks for the code or a recovery
code; the half-logged-in cookie opens no other portal page; wrong codes are throttled as wrong
passwords are; a supervisor's reset is audited and ends the worker's sessions.

A partner worker reads a caller's shared facts: before, a password alone opened the portal."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pyotp
import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from sqlmodel import col, select

from app.models import AuditEntry, Role
from app.referrals.partner_accounts import PARTNER_COOKIE
from app.settings import Settings
from app.storage.db import Database
from tests.conftest import LOOPS_OFF, OPERATOR_PASSWORD
from tests.factories import make_user
from tests.referrals.helpers import make_service
from tests.security.partner_setup import PARTNER_EMAIL, PARTNER_PASSWORD, form_token, log_in


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Two-factor login required, as in production."""
    return Settings(database_url=database_url, data_dir=tmp_path, env="test", require_totp=True, **LOOPS_OFF)


def _client(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def _enrol_staff(client: httpx.AsyncClient, email: str) -> None:
    """A full staff login where two-factor login is required: password, then enrolment."""
    assert (
        await client.post("/api/auth/login", json={"email": email, "password": OPERATOR_PASSWORD})
    ).json()["enrol"]
    uri = (await client.post("/api/auth/totp/setup", json={})).json()["otpauth_uri"]
    code = pyotp.parse_uri(uri).now()
    assert (await client.post("/api/auth/totp/confirm", json={"code": code})).status_code == 200


@pytest.fixture
async def supervisor(app: FastAPI, database: Database) -> AsyncIterator[httpx.AsyncClient]:
    """A supervisor's client, with a partner worker invited who has chosen a password."""
    await make_user(database, email="sup@example.org", password=OPERATOR_PASSWORD, role=Role.supervisor)
    _, organization = await make_service(database)
    async with _client(app) as staff, _client(app) as worker:
        await _enrol_staff(staff, "sup@example.org")
        invited = await staff.post(
            "/api/partner-users",
            json={"organization_id": organization, "email": PARTNER_EMAIL, "display_name": "Marie"},
        )
        invitation = "/partner/" + invited.json()["invitation_url"].split("/partner/", 1)[1]
        await worker.post(
            invitation,
            data={"password": PARTNER_PASSWORD, "csrf_token": await form_token(worker, invitation)},
        )
        yield staff


async def _enrol(client: httpx.AsyncClient) -> tuple[pyotp.TOTP, str, list[str]]:
    """Log in, follow the way to enrolment and set up an authenticator: (its TOTP, the code that
    confirmed it, the recovery codes)."""
    login = await log_in(client)
    assert login.status_code == 303 and login.headers["location"] == "/partner/two-factor"
    half_cookie = client.cookies[PARTNER_COOKIE]
    assert (await client.get("/partner/")).headers["location"].startswith("/partner/login")
    assert (await client.get("/partner/password")).status_code == 303  # nothing else opens
    page = await client.get("/partner/two-factor")
    assert "<svg" in page.text
    totp = pyotp.TOTP(page.text.split('id="totp-secret">')[1].split("<")[0])
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    wrong = await client.post("/partner/two-factor", data={"code": "12345x", "csrf_token": token})
    assert wrong.status_code == 422 and "<svg" in wrong.text
    totp = pyotp.TOTP(wrong.text.split('id="totp-secret">')[1].split("<")[0])  # the same secret (shown again)
    code = totp.now()
    done = await client.post("/partner/two-factor", data={"code": code, "csrf_token": token})
    assert done.status_code == 200 and 'id="recovery-codes"' in done.text
    assert client.cookies[PARTNER_COOKIE] != half_cookie, "a new session id with the privilege"
    codes = [part.split("<")[0] for part in done.text.split("<code>")[1:]]
    assert len(codes) == 10
    assert (await client.get("/partner/")).status_code == 200
    return totp, code, codes


async def _code_step(client: httpx.AsyncClient, code: str) -> httpx.Response:
    token = await form_token(client, "/partner/login/code")
    return await client.post(
        "/partner/login/code", data={"code": code, "csrf_token": token, "next": "/partner/"}
    )


async def test_a_worker_enrols_then_logs_in_with_a_code_or_a_recovery_code(
    app: FastAPI, database: Database, supervisor: httpx.AsyncClient
) -> None:
    async with _client(app) as first, _client(app) as second:
        totp, confirming, codes = await _enrol(first)
        asked = await log_in(second)
        assert asked.status_code == 303 and asked.headers["location"].startswith("/partner/login/code")
        assert (await second.get("/partner/")).status_code == 303  # the half-logged-in cookie
        assert (await second.get("/partner/two-factor")).status_code == 303  # cannot enrol anew
        assert (await _code_step(second, confirming)).status_code == 401  # each code works once
        recovered = await _code_step(second, codes[0].lower())
        assert recovered.status_code == 303 and recovered.headers["location"] == "/partner/"
        assert (await second.get("/partner/")).status_code == 200
        second.cookies.clear()
        await log_in(second)
        assert (await _code_step(second, codes[0])).status_code == 401  # a recovery code works once
    async with database.transaction() as session:
        stored = str(
            (
                await session.execute(
                    sa.text(
                        "SELECT code_hash FROM partner_recovery_codes UNION ALL "
                        "SELECT encode(totp_sealed, 'escape') FROM partner_users"
                    )
                )
            ).all()
        )
    assert not any(code.replace("-", "") in stored.replace("-", "") for code in codes)
    assert totp.secret not in stored


async def test_wrong_codes_are_throttled_as_wrong_passwords_are(
    app: FastAPI, supervisor: httpx.AsyncClient
) -> None:
    async with _client(app) as worker:
        totp, _, _ = await _enrol(worker)
        worker.cookies.clear()
        await log_in(worker)
        statuses = [(await _code_step(worker, "000000")).status_code for _ in range(6)]
        assert statuses[:3] == [401, 401, 401] and 429 in statuses
        refused = await _code_step(worker, totp.now())
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1


async def test_after_the_enrolment_window_the_password_alone_opens_nothing(
    app: FastAPI, database: Database, supervisor: httpx.AsyncClient
) -> None:
    async with database.transaction() as session:
        await session.execute(
            sa.text("UPDATE partner_users SET totp_enrol_until = now() - interval '1 second'")
        )
    async with _client(app) as worker:
        late = await log_in(worker)
        assert late.status_code == 403 and "configurée à temps" in late.text  # French by default
        assert PARTNER_COOKIE not in worker.cookies


async def test_a_supervisor_resets_a_workers_second_factor(
    app: FastAPI, database: Database, supervisor: httpx.AsyncClient
) -> None:
    async with _client(app) as worker:
        await _enrol(worker)
        listing = await supervisor.get("/console/partner-users")
        worker_id = int(listing.text.split('id="reset-two-factor-')[1].split('"')[0])
        token = listing.text.split('name="csrf_token" value="')[1].split('"')[0]
        reset = await supervisor.post(
            f"/console/partner-users/{worker_id}/two-factor/reset", data={"csrf_token": token}
        )
        assert reset.status_code == 303
        assert (await worker.get("/partner/")).status_code == 303  # the worker's session ended
        # Before: an id past PostgreSQL's integer was a 500 and a traceback in the log.
        for unknown in (2**31, 10**20):
            missing = await supervisor.post(
                f"/console/partner-users/{unknown}/two-factor/reset", data={"csrf_token": token}
            )
            assert missing.status_code == 404
        assert (await log_in(worker)).headers["location"] == "/partner/two-factor"  # enrols anew
    async with database.sessions() as session:
        entry = (
            await session.exec(
                select(AuditEntry).where(col(AuditEntry.action) == "partner_user.two_factor_reset")
            )
        ).one()
    assert entry.subject_id == str(worker_id) and entry.actor_id is not None
    await make_user(database, email="op@example.org", password=OPERATOR_PASSWORD)
    async with _client(app) as operator:
        await _enrol_staff(operator, "op@example.org")
        refused = await operator.post(f"/api/partner-users/{worker_id}/two-factor/reset", json={})
        assert refused.status_code == 403
        assert (await operator.get("/console/partner-users")).status_code == 403


async def test_two_submissions_of_one_code_form_open_one_session(
    app: FastAPI, supervisor: httpx.AsyncClient
) -> None:
    """Two valid codes (the app's, a recovery code) sent at once with one half-logged-in session
    (a copied cookie): the worker's row is locked, and the second finds the session promoted: one
    session is opened, whichever request comes first."""
    async with _client(app) as worker, _client(app) as copy:
        totp, _, codes = await _enrol(worker)
        worker.cookies.clear()
        await log_in(worker)
        copy.cookies.set(PARTNER_COOKIE, worker.cookies[PARTNER_COOKIE], path="/partner")
        token = await form_token(worker, "/partner/login/code")
        sent = await asyncio.gather(
            *(
                client.post(
                    "/partner/login/code", data={"code": code, "csrf_token": token, "next": "/partner/"}
                )
                for client, code in ((worker, totp.at(time.time() + 30)), (copy, codes[0]))
            )
        )
        # The other is refused: a 401 if it took the lock while the session was half logged in,
        # a 303 back to the login if it arrived once the session was already promoted.
        opened = [r for r in sent if r.status_code == 303 and r.headers["location"] == "/partner/"]
        assert len(opened) == 1
        (other,) = (r for r in sent if r is not opened[0])
        assert other.status_code == 401 or other.headers["location"] == "/partner/login"


async def test_logins_refusals_and_logouts_are_audited_with_ids_only(
    app: FastAPI, database: Database, supervisor: httpx.AsyncClient
) -> None:
    """Each step of a worker's login leaves an audit entry, as staff logins do: before, a
    stolen password tried against the portal left no trace an administrator could read."""
    async with _client(app) as worker:
        assert (await log_in(worker, password="not the password")).status_code == 401
        totp, _, _ = await _enrol(worker)  # the password step, stage `enrol`
        worker.cookies.clear()
        await log_in(worker)  # stage `code`
        assert (await _code_step(worker, "000000" if totp.now() != "000000" else "111111")).status_code == 401
        assert (await _code_step(worker, totp.at(time.time() + 30))).status_code == 303
        token = await form_token(worker, "/partner/")
        assert (await worker.post("/partner/logout", data={"csrf_token": token})).status_code == 303
    async with database.sessions() as session:
        entries = (
            await session.exec(
                select(AuditEntry)
                .where(col(AuditEntry.action).like("partner_user.log%"))
                .order_by(col(AuditEntry.id))
            )
        ).all()
    read = [
        (e.action, e.detail.get("step"), e.detail.get("stage") or e.detail.get("outcome")) for e in entries
    ]
    assert read == [
        ("partner_user.login.failed", "password", "invalid"),
        ("partner_user.login", "password", "enrol"),
        ("partner_user.login", "password", "code"),
        ("partner_user.login.failed", "code", "invalid"),
        ("partner_user.login", "code", "full"),
        ("partner_user.logout", None, None),
    ]
    assert len({e.subject_id for e in entries}) == 1 and entries[0].subject_id is not None
    assert entries[-1].detail["sessions_ended"] == 2  # the enrolment's session too: every one ends
    assert not any(PARTNER_EMAIL in str(e.detail) or PARTNER_PASSWORD in str(e.detail) for e in entries)


async def test_a_half_logged_in_worker_can_log_out(app: FastAPI, supervisor: httpx.AsyncClient) -> None:
    """The code page and the enrolment page offer "Log out", which ends the half session at once:
    before, on a shared computer, the next person had the enrolment page for 30 minutes (time to
    set up their own authenticator on the worker's account)."""
    async with _client(app) as worker:
        await log_in(worker)  # no authenticator yet: the enrolment page
        for path in ("/partner/two-factor", "/partner/login/code"):
            page = await worker.get(path)
            assert page.status_code == 200, path
            assert 'action="/partner/logout"' in page.text
            token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
            left = await worker.post("/partner/logout", data={"csrf_token": token})
            assert left.status_code == 303 and left.headers["location"] == "/partner/login"
            assert (await worker.get(path)).status_code == 303, "the half session still opens " + path
            if path == "/partner/two-factor":
                worker.cookies.clear()
                await _enrol(worker)
                worker.cookies.clear()
                await log_in(worker)  # the code step this time
