"""The login throttle's per-client counter counts an IPv6 client by its /64 network.

An internet provider gives each customer at least a /64 (2^64 addresses) and the customer's
devices pick any of them, so a counter per IPv6 address was a fresh counter for every attempt:
from one ordinary home connection a stranger tried 30 passwords across 30 accounts, changing
the last 64 bits each time, and none was ever throttled (one IPv4 address is refused after 10).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable

import httpx
import pytest
from fastapi import FastAPI

from app.security import login_throttle

# Twelve addresses of one customer's /64, each written another way.
ONE_NETWORK = [f"2001:db8:77:5:{n:x}:0:0:{n + 1:x}" for n in range(1, 12)] + ["2001:db8:77:5::ff"]


def _wrong_login(client: httpx.AsyncClient, email: str) -> Awaitable[httpx.Response]:
    return client.post("/api/auth/login", json={"email": email, "password": "x"})


def _client(app: FastAPI, address: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def test_one_ipv6_network_is_one_client_for_the_api_login(app: FastAPI) -> None:
    statuses = []
    for n, address in enumerate(ONE_NETWORK):
        async with _client(app, address) as client:
            statuses.append((await _wrong_login(client, f"nobody{n}@example.org")).status_code)
    assert statuses[:10] == [401] * 10 and statuses[10:] == [429, 429]


async def test_one_ipv6_network_is_one_client_for_the_partner_login(app: FastAPI) -> None:
    statuses = []
    for n, address in enumerate(ONE_NETWORK):
        async with _client(app, address) as client:
            page = (await client.get("/partner/login")).text
            token = re.search(r'name="csrf_token" value="([^"]+)"', page)
            assert token is not None
            form = {"email": f"nobody{n}@example.org", "password": "x", "csrf_token": token.group(1)}
            statuses.append((await client.post("/partner/login", data=form)).status_code)
    assert statuses[:10] == [401] * 10 and statuses[10:] == [429, 429]


async def test_other_networks_keep_their_own_counters(app: FastAPI) -> None:
    for n, address in enumerate(ONE_NETWORK[:10]):
        async with _client(app, address) as client:
            await _wrong_login(client, f"nobody{n}@example.org")
    for address in ("2001:db8:77:6::1", "192.0.2.7"):
        async with _client(app, address) as client:
            assert (await _wrong_login(client, "someone@example.org")).status_code == 401, address


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("2001:db8:77:5:a:b:c:d", "2001:db8:77:5::/64"),
        ("2001:DB8:77:5::1", "2001:db8:77:5::/64"),
        ("fe80::1%eth0", "fe80::/64"),
        ("::ffff:192.0.2.7", "192.0.2.7"),
        ("192.0.2.7", "192.0.2.7"),
        ("testclient", "testclient"),
        (None, "unknown"),
    ],
)
def test_the_counted_network(address: str | None, network: str) -> None:
    assert login_throttle.client_network(address) == network
