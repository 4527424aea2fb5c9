"""What the browser tests share: Debian's Chromium, and fixtures that run in the session's event
loop, where the worker's one Playwright driver and Chromium live (tests/conftest.py).

Starting the driver and launching Chromium took one to three seconds a test. A browser test
module now runs its tests in the session loop (`IN_SESSION_LOOP` in its `pytestmark`) and
imports `browser`, `database` and `operator` from here: the same fixtures as tests/conftest.py's,
but in that loop (a connection pool serves only the loop that opened it). Each test still gets
fresh contexts, pages, cookies and storage: `browser` closes every context a test opened.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from app.storage.db import Database

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

IN_SESSION_LOOP = pytest.mark.asyncio(loop_scope="session")


@pytest_asyncio.fixture(loop_scope="session")
async def browser(chromium: Browser) -> AsyncIterator[Browser]:
    assert chromium.is_connected(), "the worker's Chromium has gone"
    yield chromium
    for context in chromium.contexts:
        await context.close()


@pytest_asyncio.fixture(loop_scope="session")
async def database(database_url: str) -> AsyncIterator[Database]:
    db = Database.connect(database_url, pool_size=2)
    yield db
    await db.dispose()


@pytest_asyncio.fixture(loop_scope="session")
async def operator(database: Database) -> str:
    from tests.conftest import OPERATOR_EMAIL, OPERATOR_PASSWORD
    from tests.factories import make_user

    await make_user(database, email=OPERATOR_EMAIL, password=OPERATOR_PASSWORD)
    return OPERATOR_EMAIL
