"""Over https the session and form-token cookies are `__Host-` cookies; over http, plain ones.

The form-token cookies of the double-submit CSRF check (`hotline_csrf` for /console,
`hotline_partner_csrf` for /partner) kept their plain names everywhere, and the session cookies
took the `__Host-` prefix in production only: a hotline served over https in any other mode
(a staging server) gave a sibling host of the same site cookies it could overwrite. Now
whatever is served over https (`HOTLINE_PUBLIC_URL`) or runs in production uses `__Host-`
names, Secure, path / and no Domain, which only this host can set; development and the tests
over plain http keep the plain names, which browsers accept there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.settings import Settings
from tests.conftest import LOOPS_OFF, OPERATOR_PASSWORD

PUBLIC = "https://hotline.example.org"


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """A development server reached over https (a staging box behind a TLS proxy)."""
    return Settings(database_url=database_url, data_dir=tmp_path, env="test", public_url=PUBLIC, **LOOPS_OFF)


@pytest.fixture
async def https_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC) as client:
        yield client


def _cookie(response: httpx.Response, name: str) -> list[str]:
    """The attributes of the `name` cookie the response sets, lower case (the value left out)."""
    (found,) = [h for h in response.headers.get_list("set-cookie") if h.split("=", 1)[0] == name]
    return [part.strip().lower() for part in found.split(";")[1:]]


def _host_only(attributes: list[str]) -> bool:
    return (
        "secure" in attributes
        and "path=/" in attributes
        and not any(a.startswith("domain") for a in attributes)
    )


def _token(html: str) -> str:
    return html.split('name="csrf_token" value="')[1].split('"')[0]


async def test_the_console_forms_and_session_use_host_only_cookies(
    https_client: httpx.AsyncClient, operator: str
) -> None:
    form = await https_client.get("/console/login")
    assert _host_only(_cookie(form, "__Host-hotline_csrf"))
    login = await https_client.post(
        "/console/login",
        data={"email": operator, "password": OPERATOR_PASSWORD, "csrf_token": _token(form.text)},
    )
    assert login.status_code == 303 and login.headers["location"] == "/console", login.text
    assert _host_only(_cookie(login, "__Host-hotline_session"))
    assert (await https_client.get("/console")).status_code == 200


async def test_a_planted_plain_form_token_is_not_read(https_client: httpx.AsyncClient, operator: str) -> None:
    planted = "planted-by-a-sibling-host-000000"
    https_client.cookies.clear()
    login = await https_client.post(
        "/console/login",
        data={"email": operator, "password": OPERATOR_PASSWORD, "csrf_token": planted},
        headers={"Cookie": f"hotline_csrf={planted}"},
    )
    assert "__Host-hotline_session" not in login.headers.get("set-cookie", "")
    assert (await https_client.get("/console")).status_code == 303  # not logged in


async def test_the_partner_portals_form_token_too(https_client: httpx.AsyncClient) -> None:
    form = await https_client.get("/partner/login")
    assert _host_only(_cookie(form, "__Host-hotline_partner_csrf"))


def test_https_or_production_makes_cookies_secure(database_url: str) -> None:
    assert Settings(database_url=database_url, env="test", public_url=PUBLIC).secure_cookies
    assert not Settings(
        database_url=database_url, env="test", public_url="http://127.0.0.1:8000"
    ).secure_cookies
    assert not Settings(database_url=database_url, env="development").secure_cookies


class TestPlainHttp:
    @pytest.fixture
    def settings(self, database_url: str, tmp_path: Path) -> Settings:
        """The default public URL (http://127.0.0.1:8000), as `make run` serves it."""
        return Settings(database_url=database_url, data_dir=tmp_path, env="test", **LOOPS_OFF)

    async def test_development_over_http_keeps_plain_names(
        self, client: httpx.AsyncClient, operator: str
    ) -> None:
        form = await client.get("/console/login")
        assert "path=/console" in _cookie(form, "hotline_csrf")
        login = await client.post(
            "/console/login",
            data={"email": operator, "password": OPERATOR_PASSWORD, "csrf_token": _token(form.text)},
        )
        assert login.status_code == 303 and "secure" not in _cookie(login, "hotline_session")
        assert (await client.get("/console")).status_code == 200
        partner = await client.get("/partner/login")
        assert "path=/partner" in _cookie(partner, "hotline_partner_csrf")
