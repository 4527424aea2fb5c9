"""Console tests: several staff members, each with their own logged-in client on one app."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from app.models import Role
from app.storage.db import Database
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user

LogIn = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def staff(app: FastAPI, database: Database) -> AsyncIterator[LogIn]:
    """`await staff("name")`: a new user of that role, logged in on a client of their own."""
    opened: list[httpx.AsyncClient] = []

    async def log_in(name: str, role: Role = Role.operator) -> httpx.AsyncClient:
        email = f"{name}@example.org"
        await make_user(database, email=email, password=OPERATOR_PASSWORD, role=role)
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")
        opened.append(http)
        response = await http.post("/api/auth/login", json={"email": email, "password": OPERATOR_PASSWORD})
        assert response.status_code == 200
        http.headers["X-User-Id"] = str(response.json()["id"])
        return http

    yield log_in
    for http in opened:
        await http.aclose()


def user_id(http: httpx.AsyncClient) -> int:
    return int(http.headers["X-User-Id"])


async def rows(database: Database, sql: str, **params: Any) -> list[dict[str, Any]]:
    async with database.sessions() as session:
        result = await session.execute(sa.text(sql), params)
        return [dict(row._mapping) for row in result]
