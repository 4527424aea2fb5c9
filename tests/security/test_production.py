"""Production: no API docs, every cookie Secure, and `hotline check-config`."""

from __future__ import annotations

import base64
import os
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.main import create_app
from app.referrals.partner_accounts import partner_cookie
from app.settings import Settings
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.hotline_command import run_hotline
from tests.security.partner_setup import accepted_referral

STRONG = {
    "HOTLINE_SECRET_KEY": "s" * 48,
    "HOTLINE_PSEUDONYM_KEY": "p" * 48,
    "HOTLINE_VAULT_KEY": base64.b64encode(b"v" * 32).decode(),
}


def production_settings(database_url: str, tmp_path: Path, **extra: object) -> Settings:
    return Settings(
        env="production",
        database_url=database_url,
        data_dir=tmp_path,
        public_url="https://hotline.example.org",
        secret_key=STRONG["HOTLINE_SECRET_KEY"],
        pseudonym_key=STRONG["HOTLINE_PSEUDONYM_KEY"],
        vault_key=STRONG["HOTLINE_VAULT_KEY"],
        outbox_worker=False,
        **extra,
    )


@pytest.fixture
async def production_client(database_url: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    application: FastAPI = create_app(
        production_settings(database_url, tmp_path, require_totp=False), database_url=database_url
    )
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
            yield http


class TestApiDocs:
    @pytest.mark.parametrize("path", ["/docs", "/redoc", "/openapi.json"])
    async def test_off_in_production(self, production_client: httpx.AsyncClient, path: str) -> None:
        assert (await production_client.get(path)).status_code == 404

    async def test_on_in_development(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/openapi.json")).status_code == 200

    @pytest.mark.parametrize("path", ["/docs", "/redoc"])
    async def test_no_cdn_pages_in_development(self, client: httpx.AsyncClient, path: str) -> None:
        # FastAPI's viewers load swagger-ui / redoc from a CDN: never served, in any mode.
        assert (await client.get(path)).status_code == 404


class TestSecureCookies:
    async def test_language_csrf_and_session_cookies_are_secure(
        self, production_client: httpx.AsyncClient, operator: str
    ) -> None:
        page = await production_client.get("/console/login?lang=en")
        login = await production_client.post(
            "/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD}
        )
        assert login.status_code == 200, login.text
        set_cookies = page.headers.get_list("set-cookie") + login.headers.get_list("set-cookie")
        names = {header.split("=", 1)[0] for header in set_cookies}
        assert {"hotline_lang", "__Host-hotline_csrf", "__Host-hotline_session"} <= names
        for header in set_cookies:
            assert "secure" in header.lower(), header.split("=", 1)[0]

    async def test_a_session_cookie_planted_by_a_sibling_host_is_not_read(
        self, production_client: httpx.AsyncClient, operator: str
    ) -> None:
        """A page on `evil.example.org` may set `hotline_session` for all of `example.org`
        (cookie tossing): sent after the operator's own, the stranger's session was the one read,
        and the operator worked on logged in to the stranger's account. Only this host can set a
        `__Host-` cookie, Secure, for path / and with no domain."""
        login = await production_client.post(
            "/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD}
        )
        (session_cookie,) = [h for h in login.headers.get_list("set-cookie") if h.startswith("__Host-")]
        attributes = [part.strip().lower() for part in session_cookie.split(";")[1:]]
        assert "secure" in attributes and "path=/" in attributes
        assert not any(part.startswith("domain") for part in attributes)
        value = production_client.cookies["__Host-hotline_session"]
        production_client.cookies.clear()
        tossed = await production_client.get("/api/auth/me", headers={"Cookie": f"hotline_session={value}"})
        assert tossed.status_code == 401
        own = await production_client.get(
            "/api/auth/me", headers={"Cookie": f"__Host-hotline_session={value}"}
        )
        assert own.status_code == 200
        logout = await production_client.post(
            "/api/auth/logout", json={}, headers={"Cookie": f"__Host-hotline_session={value}"}
        )
        cleared = logout.headers.get("set-cookie", "")
        assert cleared.startswith('__Host-hotline_session=""') and "secure" in cleared.lower()


def check_config(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {name: value for name, value in os.environ.items() if not name.startswith("HOTLINE_")}
    return run_hotline(["check-config"], env={**clean, **env})


GOOD = {
    **STRONG,
    "HOTLINE_PUBLIC_URL": "https://hotline.example.org",
    "HOTLINE_DATABASE_URL": "postgresql://u:p@db/hotline",
    "HOTLINE_TELEGRAM_BOT_TOKEN": "123:abc",
    "HOTLINE_TELEGRAM_SECRET_TOKEN": "t" * 40,
}


class TestCheckConfig:
    def test_a_good_production_configuration_passes(self) -> None:
        result = check_config(**GOOD)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "ok" in result.stdout

    def test_development_secrets_fail(self) -> None:
        result = check_config()
        assert result.returncode == 1
        assert "HOTLINE_SECRET_KEY" in result.stdout

    @pytest.mark.parametrize(
        ("change", "named"),
        [
            ({"HOTLINE_TELEGRAM_SECRET_TOKEN": "x"}, "HOTLINE_TELEGRAM_SECRET_TOKEN"),
            ({"HOTLINE_PUBLIC_URL": "http://hotline.example.org"}, "HOTLINE_PUBLIC_URL"),
            ({"HOTLINE_TWILIO_AUTH_TOKEN": "short"}, "HOTLINE_TWILIO_ACCOUNT_SID"),
            ({"HOTLINE_PSEUDONYM_KEY": "s" * 48}, "must differ"),
        ],
    )
    def test_each_problem_is_named_and_exits_1(self, change: dict[str, str], named: str) -> None:
        result = check_config(**{**GOOD, **change})
        assert result.returncode == 1
        assert named in result.stdout
        assert all(value not in result.stdout for value in STRONG.values())


class TestPartnerCookie:
    async def test_a_partner_session_cookie_planted_by_a_sibling_host_is_not_read(
        self, database_url: str, tmp_path: Path
    ) -> None:
        """As for the staff cookie: a sibling host could plant `hotline_partner` for /partner,
        naming a session of its own; in production the portal reads only
        `__Host-hotline_partner`, which only this host can set (Secure, path /, no domain)."""
        application = create_app(
            production_settings(database_url, tmp_path, require_totp=False), database_url=database_url
        )
        database = Database.connect(database_url, pool_size=2)
        try:
            async with (
                application.router.lifespan_context(application),
                accepted_referral(application, database, base_url="https://testserver") as portal,
            ):
                value = portal.partner.cookies["__Host-hotline_partner"]
                portal.partner.cookies.clear()
                own = await portal.partner.get(
                    "/partner/", headers={"Cookie": f"__Host-hotline_partner={value}"}
                )
                assert own.status_code == 200
                tossed = await portal.partner.get("/partner/", headers={"Cookie": f"hotline_partner={value}"})
                assert tossed.status_code == 303 and "/partner/login" in tossed.headers["location"]
        finally:
            await database.dispose()

    def test_the_partner_cookie_is_host_only_in_production(self) -> None:
        assert partner_cookie(secure=True) == ("__Host-hotline_partner", "/")
        assert partner_cookie(secure=False) == ("hotline_partner", "/partner")
