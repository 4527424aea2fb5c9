"""A page on a sibling host cannot post the hotline's forms with a cookie it planted.

`evil.example.org` may set a cookie for all of `example.org` (cookie tossing): with
`hotline_csrf=X` planted for path /console it posted the console's login form with
`csrf_token=X` and the stranger's own credentials, and the operator who opened the page was
logged in to an account the stranger chose (303 and a session cookie). Its requests are
same-site, so `SameSite=strict` did not stop them; the browser says where they came from
(`Sec-Fetch-Site: same-site`, `Origin: https://evil.example.org`), and now such a write is 403.
"""

from __future__ import annotations

import httpx
import pytest

from app.security.cross_origin import sent_by_own_page
from tests.conftest import OPERATOR_PASSWORD

PLANTED = "planted-by-a-sibling-host-000000"
SIBLING = {"Sec-Fetch-Site": "same-site", "Origin": "https://evil.example.org"}


async def _tossed_login(client: httpx.AsyncClient, email: str, headers: dict[str, str]) -> httpx.Response:
    return await client.post(
        "/console/login",
        data={"email": email, "password": OPERATOR_PASSWORD, "csrf_token": PLANTED},
        headers={"Cookie": f"hotline_csrf={PLANTED}", **headers},
    )


async def test_a_sibling_hosts_login_form_is_refused(client: httpx.AsyncClient, operator: str) -> None:
    for headers in (SIBLING, {"Origin": "https://evil.example.org"}, {"Sec-Fetch-Site": "cross-site"}):
        answer = await _tossed_login(client, operator, headers)
        assert answer.status_code == 403, headers
        assert "set-cookie" not in answer.headers
    assert (await client.get("/console")).status_code == 303  # not logged in


async def test_the_hotlines_own_pages_still_post(client: httpx.AsyncClient, operator: str) -> None:
    own = {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"}
    answer = await _tossed_login(client, operator, own)
    assert answer.status_code == 303


async def test_the_partner_portal_and_the_api_too(client: httpx.AsyncClient, operator: str) -> None:
    partner = await client.post(
        "/partner/login",
        data={"email": "someone@example.org", "password": "x" * 12, "csrf_token": PLANTED},
        headers={"Cookie": f"hotline_partner_csrf={PLANTED}", **SIBLING},
    )
    assert partner.status_code == 403
    api = await client.post(
        "/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD}, headers=SIBLING
    )
    assert api.status_code == 403 and api.json() == {"error": "cross-origin request refused"}


@pytest.mark.parametrize(
    ("headers", "own"),
    [
        ({}, True),  # not a browser: scripts, providers, tests
        ({b"sec-fetch-site": b"same-origin"}, True),
        ({b"sec-fetch-site": b"none"}, True),
        ({b"sec-fetch-site": b"same-site"}, False),
        ({b"sec-fetch-site": b"cross-site"}, False),
        ({b"origin": b"https://hotline.example.org"}, True),  # the public URL
        ({b"origin": b"http://10.0.0.5:8000", b"host": b"10.0.0.5:8000"}, True),  # the Host it reached
        ({b"origin": b"https://evil.example.org", b"host": b"hotline.example.org"}, False),
        ({b"origin": b"null"}, False),
    ],
)
def test_the_rule(headers: dict[bytes, bytes], own: bool) -> None:
    assert sent_by_own_page(headers, public_url="https://hotline.example.org") is own
