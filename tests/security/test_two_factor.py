"""Two-factor (TOTP) login: enrolment with a QR code shown once, recovery codes hashed at
rest, codes and recovery codes each used once."""

from __future__ import annotations

from pathlib import Path

import httpx
import pyotp
import pytest
import sqlalchemy as sa

from app.security.auth import SESSION_COOKIE
from app.settings import Settings
from app.storage.db import Database
from tests.conftest import LOOPS_OFF, OPERATOR_PASSWORD


async def _post_login(client: httpx.AsyncClient, email: str, password: str, **extra: str) -> httpx.Response:
    return await client.post("/api/auth/login", json={"email": email, "password": password, **extra})


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Two-factor login required, as in production."""
    return Settings(database_url=database_url, data_dir=tmp_path, env="test", require_totp=True, **LOOPS_OFF)


class TestTwoFactor:
    async def test_enrol_with_a_qr_code_then_log_in_with_a_code_or_a_recovery_code(
        self, client: httpx.AsyncClient, operator: str
    ) -> None:
        first = await _post_login(client, operator, OPERATOR_PASSWORD)
        assert first.status_code == 403 and first.json()["enrol"]
        assert (await client.get("/api/conversations")).status_code == 401  # enrolment only
        setup = (await client.post("/api/auth/totp/setup", json={})).json()
        assert setup["qr_svg"].startswith("<svg") and "otpauth://totp/" in setup["otpauth_uri"]
        secret = setup["otpauth_uri"].split("secret=")[1].split("&")[0]
        totp = pyotp.TOTP(secret)
        wrong = await client.post(
            "/api/auth/totp/confirm", json={"code": "000000" if totp.now() != "000000" else "111111"}
        )
        assert wrong.status_code == 422
        first_code = totp.now()
        confirmed = await client.post("/api/auth/totp/confirm", json={"code": first_code})
        codes = confirmed.json()["recovery_codes"]
        assert len(codes) == 10 and len(set(codes)) == 10
        assert (await client.get("/api/conversations")).status_code == 200
        assert (await client.post("/api/auth/totp/setup", json={})).status_code == 409  # shown once

        client.cookies.clear()
        assert (await _post_login(client, operator, OPERATOR_PASSWORD)).json()["totp_required"]
        reused = await _post_login(client, operator, OPERATOR_PASSWORD, totp=first_code)
        assert reused.status_code == 401  # the code that confirmed enrolment is spent
        recovered = await _post_login(client, operator, OPERATOR_PASSWORD, totp=codes[0].lower())
        assert recovered.status_code == 200
        client.cookies.clear()
        again = await _post_login(client, operator, OPERATOR_PASSWORD, totp=codes[0])
        assert again.status_code == 401  # a recovery code works once

    async def test_recovery_codes_are_hashed_at_rest(
        self, client: httpx.AsyncClient, operator: str, database: Database
    ) -> None:
        await _post_login(client, operator, OPERATOR_PASSWORD)
        setup = (await client.post("/api/auth/totp/setup", json={})).json()
        secret = setup["otpauth_uri"].split("secret=")[1].split("&")[0]
        codes = (await client.post("/api/auth/totp/confirm", json={"code": pyotp.TOTP(secret).now()})).json()[
            "recovery_codes"
        ]
        async with database.transaction() as session:
            stored = str(
                (
                    await session.execute(
                        sa.text(
                            "SELECT code_hash FROM recovery_codes UNION ALL "
                            "SELECT encode(totp_sealed, 'escape') FROM users"
                        )
                    )
                ).all()
            )
        assert not any(code in stored or code.replace("-", "") in stored for code in codes)
        assert secret not in stored


def _csrf(html: str) -> str:
    return html.split('name="csrf_token" value="')[1].split('"')[0]


class TestConsolePages:
    async def test_enrol_in_the_console_then_log_in_with_the_code_field(
        self, client: httpx.AsyncClient, operator: str
    ) -> None:
        form = await client.get("/console/login")
        assert 'name="totp"' in form.text
        login = await client.post(
            "/console/login",
            data={"email": operator, "password": OPERATOR_PASSWORD, "csrf_token": _csrf(form.text)},
        )
        assert login.status_code == 303 and login.headers["location"] == "/console/two-factor"
        assert (await client.get("/console")).status_code == 303  # not before enrolment
        enrol = await client.get("/console/two-factor")
        assert "<svg" in enrol.text
        secret = enrol.text.split('id="totp-secret">')[1].split("<")[0]
        done = await client.post(
            "/console/two-factor", data={"code": pyotp.TOTP(secret).now(), "csrf_token": _csrf(enrol.text)}
        )
        assert done.status_code == 200 and 'id="recovery-codes"' in done.text
        assert (await client.get("/console")).status_code == 200
        again = await client.get("/console/two-factor")
        assert "<svg" not in again.text and secret not in again.text  # shown once

        client.cookies.clear()
        form = await client.get("/console/login")
        no_code = await client.post(
            "/console/login",
            data={"email": operator, "password": OPERATOR_PASSWORD, "csrf_token": _csrf(form.text)},
        )
        assert no_code.status_code == 401
        recovery = done.text.split('id="recovery-codes"')[1].split("<code>")[1].split("<")[0]
        with_code = await client.post(
            "/console/login",
            data={
                "email": operator,
                "password": OPERATOR_PASSWORD,
                "totp": recovery,
                "csrf_token": _csrf(no_code.text),
            },
        )
        assert with_code.status_code == 303 and with_code.headers["location"] == "/console"


class TestCodes:
    async def test_a_code_of_a_later_step_works_once(
        self, client: httpx.AsyncClient, operator: str, database: Database, settings: Settings
    ) -> None:
        import time

        from app.models import User
        from app.security import two_factor
        from app.security.auth import find_user

        await _post_login(client, operator, OPERATOR_PASSWORD)
        setup = (await client.post("/api/auth/totp/setup", json={})).json()
        totp = pyotp.TOTP(setup["otpauth_uri"].split("secret=")[1].split("&")[0])
        assert (await client.post("/api/auth/totp/confirm", json={"code": totp.now()})).status_code == 200
        key = settings.vault_key_bytes()
        later = time.time() + 90
        async with database.transaction() as session:
            user = await find_user(session, email=operator)
            assert isinstance(user, User)
            assert await two_factor.verify(session, user=user, key=key, code=totp.at(later), at=later)
            assert not await two_factor.verify(session, user=user, key=key, code=totp.at(later), at=later)
            assert not await two_factor.verify(session, user=user, key=key, code="123456", at=later + 300)


async def test_a_code_with_non_ascii_digits_is_refused_not_a_500(
    client: httpx.AsyncClient, operator: str
) -> None:
    await _post_login(client, operator, OPERATOR_PASSWORD)
    await client.post("/api/auth/totp/setup", json={})
    response = await client.post("/api/auth/totp/confirm", json={"code": "00000\u00b9"})
    assert response.status_code == 422


async def test_after_the_enrolment_window_a_password_alone_opens_nothing_until_an_admin_reset(
    client: httpx.AsyncClient, operator: str, database: Database
) -> None:
    """Someone who learns a password later cannot enrol their own authenticator."""
    from sqlmodel import col, select

    from app.models import User
    from app.security import two_factor

    async with database.transaction() as session:
        await session.execute(sa.text("UPDATE users SET totp_enrol_until = now() - interval '1 second'"))
    late = await _post_login(client, operator, OPERATOR_PASSWORD)
    assert late.status_code == 403 and "enrol" not in late.json()
    assert (await client.post("/api/auth/totp/setup", json={})).status_code == 401  # no session at all
    page = await client.get("/console/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    form = await client.post(
        "/console/login", data={"email": operator, "password": OPERATOR_PASSWORD, "csrf_token": token}
    )
    assert form.status_code == 403 and "configurée à temps" in form.text  # French by default
    wrong = await _post_login(client, operator, "not the password at all")
    assert wrong.status_code == 401  # a wrong password still says only that
    async with database.transaction() as session:
        user = (await session.exec(select(User).where(col(User.email) == operator))).one()
        await two_factor.reset(session, user=user)
    reset = await _post_login(client, operator, OPERATOR_PASSWORD)
    assert reset.status_code == 403 and reset.json()["enrol"]


class TestSessionIdChangesWithThePrivilege:
    """Confirming the second factor turns an enrolment login into a full one: the session id
    changes then (as at login), so an enrolment cookie copied or planted before is never a full
    login."""

    async def test_in_the_api(self, client: httpx.AsyncClient, operator: str) -> None:
        await _post_login(client, operator, OPERATOR_PASSWORD)
        enrolment_cookie = client.cookies[SESSION_COOKIE]
        setup = (await client.post("/api/auth/totp/setup", json={})).json()
        secret = setup["otpauth_uri"].split("secret=")[1].split("&")[0]
        confirmed = await client.post("/api/auth/totp/confirm", json={"code": pyotp.TOTP(secret).now()})
        assert confirmed.status_code == 200
        assert client.cookies[SESSION_COOKIE] != enrolment_cookie
        assert (await client.get("/api/conversations")).status_code == 200
        client.cookies.clear()
        client.cookies.set(SESSION_COOKIE, enrolment_cookie)
        assert (await client.get("/api/conversations")).status_code == 401

    async def test_in_the_console(self, client: httpx.AsyncClient, operator: str) -> None:
        form = await client.get("/console/login")
        await client.post(
            "/console/login",
            data={"email": operator, "password": OPERATOR_PASSWORD, "csrf_token": _csrf(form.text)},
        )
        enrolment_cookie = client.cookies[SESSION_COOKIE]
        enrol = await client.get("/console/two-factor")
        secret = enrol.text.split('id="totp-secret">')[1].split("<")[0]
        done = await client.post(
            "/console/two-factor", data={"code": pyotp.TOTP(secret).now(), "csrf_token": _csrf(enrol.text)}
        )
        assert done.status_code == 200 and client.cookies[SESSION_COOKIE] != enrolment_cookie
        assert (await client.get("/console")).status_code == 200
        client.cookies.clear()
        client.cookies.set(SESSION_COOKIE, enrolment_cookie)
        assert (await client.get("/console")).status_code == 303
