from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from fastapi import FastAPI
from hypothesis import settings as hypothesis_settings
from playwright.async_api import Browser, Playwright, async_playwright

import web.rendering as rendering
from app.main import create_app
from app.security import passwords
from app.settings import Settings
from app.storage import migrations
from app.storage.db import Database
from tests.browsers import CHROMIUM, CHROMIUM_ARGS
from tests.client_urls import base_url_of
from tests.frozen_heap import freeze_built_heap, is_last_of_its_module
from tests.live_server import LiveServer, start_zygote
from tests.postgres import PostgresForTests, private_data_dir
from tests.purity import (  # noqa: F401 - hooks and a fixture: db tests marked, pure ones guarded
    _database_refused_outside_db_tests,
    pytest_collection_modifyitems,
    pytest_runtest_setup,
)
from tests.route_contexts import shared_route_contexts
from tests.start_up_memos import start_up_memos
from tests.zygote_users import any_uses_the_zygote

# Property tests replay the same examples on every run, so that `make test` cannot fail by chance
# on a new user's machine; HYPOTHESIS_RANDOM=1 draws new ones (a hunt for new failures). No
# deadline: on a shared, loaded machine one slow example (a 274 ms first call) failed a sound run.
hypothesis_settings.register_profile(
    "replay", derandomize=not os.environ.get("HYPOTHESIS_RANDOM"), deadline=None
)
hypothesis_settings.load_profile("replay")


def pytest_collection_finish(session: pytest.Session) -> None:
    """Everything imported and collected lives to the end of the run: frozen out of the
    collector's walks (tests/frozen_heap.py). The server zygote, if any test here starts a
    `hotline` process, is launched now, to get ready beside the first tests (each worker
    waited 3 to 9 s for it at its first server or command)."""
    freeze_built_heap()
    if not session.config.option.collectonly and any_uses_the_zygote(session.items):
        start_zygote()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After a module's last test (its module fixtures gone), what is still alive is what the
    process keeps (lexicons, templates, route contexts): frozen too."""
    yield
    if is_last_of_its_module(item, nextitem):
        freeze_built_heap()


OPERATOR_EMAIL = "operator@example.org"
OPERATOR_PASSWORD = "correct horse battery"


@pytest.fixture(scope="session", autouse=True)
def _argon2_at_test_cost() -> Iterator[None]:
    """Argon2id is slow on purpose (0.13 s a call here, up to a second on a busy 2-core box).
    This process hashes as the `hotline` processes tests start do (`HOTLINE_ENV=test`): with
    argon2's cheapest parameters (app/security/passwords.py `hasher_for`)."""
    hasher, dummy = passwords.hasher_for("test")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_hasher", hasher)
        patch.setattr(passwords, "_DUMMY_HASH", dummy)
        yield


@pytest.fixture(scope="session", autouse=True)
def _route_contexts_built_once() -> Iterator[None]:
    """The first request of each new app built FastAPI's serving state for every shared route
    (about 0.35 s): built once per process instead (tests/route_contexts.py)."""
    with shared_route_contexts():
        yield


@pytest.fixture(scope="session", autouse=True)
def _start_up_memos() -> Iterator[None]:
    """Each app start built a TLS context for its httpx clients and read every migration file
    for the newest revision (tests/start_up_memos.py): built and read once per process."""
    with start_up_memos():
        yield


@pytest.fixture(scope="session", autouse=True)
def _page_templates_compiled_once() -> Iterator[None]:
    """Each app builds a Jinja environment per language, and each environment compiles a
    template the first time it renders it (about 30 ms a template): in this process the
    environment of a language is built once and shared by every app, with its compiled
    templates (they depend on the language and the template files only)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rendering, "build_environment", functools.cache(rendering.build_environment))
        yield


@pytest.fixture(scope="session")
def postgres() -> PostgresForTests:
    """One embedded PostgreSQL for the run (for each xdist worker: its own, in its own folder)."""
    server = PostgresForTests(private_data_dir())
    migrations.upgrade(server.create_template())
    return server


@pytest.fixture
def database_url(postgres: PostgresForTests) -> Iterator[str]:
    """A fresh, migrated database for this test, dropped after it."""
    url = postgres.create_database()
    yield url
    postgres.drop_database(url)


# The in-process app's background loops (outbox, retention, referral deadlines and notices)
# are off: each ran a round of queries at every app's start and then polled (a quarter of
# tests/console's CPU) in tests that do not look at them. Tests of what a loop does run its
# rounds themselves (`drain()`, `run_once()`); tests/test_app_loops.py checks that an app
# whose settings leave them on starts and stops all three; the live servers run them all.
LOOPS_OFF = {"outbox_worker": False, "retention_worker": False, "referral_worker": False}


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(database_url=database_url, data_dir=tmp_path, env="test", **LOOPS_OFF)


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    db = Database.connect(database_url, pool_size=2)
    yield db
    await db.dispose()


@pytest.fixture
async def app(settings: Settings, database_url: str) -> AsyncIterator[FastAPI]:
    application = create_app(settings, database_url=database_url)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI, settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """Over https when the hotline's public URL is https: its cookies are then `Secure` (and
    `__Host-`), which a client sends back only over https."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=base_url_of(settings)) as http:
        yield http


@pytest.fixture
async def operator(database: Database) -> str:
    from tests.factories import make_user

    await make_user(database, email=OPERATOR_EMAIL, password=OPERATOR_PASSWORD)
    return OPERATOR_EMAIL


@pytest.fixture
async def operator_client(client: httpx.AsyncClient, operator: str) -> httpx.AsyncClient:
    response = await client.post("/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD})
    assert response.status_code == 200
    return client


@pytest.fixture(scope="module")
def shared_live_server(
    postgres: PostgresForTests, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """One server and database for a whole module whose tests need no empty database (a server
    takes seconds to start): each test finds what it needs by its own ids, never by a count."""
    url = postgres.create_database()
    server = LiveServer(url, tmp_path_factory.mktemp("shared-server") / "server.log").start()
    yield server
    server.stop(kill=True)
    postgres.drop_database(url)


@pytest.fixture
def live_server(database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(database_url, tmp_path / "server.log").start()
    yield server
    server.stop(kill=True)


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def playwright_driver() -> AsyncIterator[Playwright]:
    """Playwright's driver (a Node process, a second or two to start) for this worker's browser
    tests, in the session's event loop: the tests that use it run in that loop too
    (tests/browsers.py)."""
    async with async_playwright() as playwright:
        yield playwright


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def chromium(playwright_driver: Playwright) -> AsyncIterator[Browser]:
    """One headless Chromium for this worker's browser tests; each test opens its own contexts
    (the `browser` fixture closes them after it)."""
    assert Path(CHROMIUM).exists(), "Chromium is missing: .ci/run installs Debian's chromium"
    launched = await playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield launched
    await launched.close()
