"""Staff accounts for tests that need several at once: a supervisor, a second operator, and a
client of its own for each (shared by the statistics and supervision tests)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import httpx
import pytest
from fastapi import FastAPI

from app.models import Role
from app.settings import Settings
from app.storage.db import Database
from tests.client_urls import base_url_of
from tests.conftest import OPERATOR_PASSWORD
from tests.factories import make_user

SUPERVISOR_EMAIL = "supervisor@example.org"
OTHER_OPERATOR_EMAIL = "other.operator@example.org"

Staff = Callable[[str], AbstractAsyncContextManager[httpx.AsyncClient]]


@pytest.fixture
async def supervisor(database: Database) -> str:
    await make_user(database, email=SUPERVISOR_EMAIL, password=OPERATOR_PASSWORD, role=Role.supervisor)
    return SUPERVISOR_EMAIL


@pytest.fixture
async def other_operator(database: Database) -> str:
    await make_user(database, email=OTHER_OPERATOR_EMAIL, password=OPERATOR_PASSWORD)
    return OTHER_OPERATOR_EMAIL


@pytest.fixture
def staff(app: FastAPI, settings: Settings) -> Staff:
    """A client of its own, logged in as `email` (several staff in one test)."""

    @asynccontextmanager
    async def logged_in(email: str) -> AsyncIterator[httpx.AsyncClient]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=base_url_of(settings)) as http:
            response = await http.post(
                "/api/auth/login", json={"email": email, "password": OPERATOR_PASSWORD}
            )
            assert response.status_code == 200, response.text
            yield http

    return logged_in
