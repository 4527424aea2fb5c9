from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from app.main import create_app
from app.settings import Settings
from app.storage import migrations
from app.storage.db import Database
from tests.live_server import LiveServer
from tests.postgres import PostgresForTests

OPERATOR_EMAIL = "operator@example.org"
OPERATOR_PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> PostgresForTests:
    server = PostgresForTests(tmp_path_factory.mktemp("pg"))
    migrations.upgrade(server.create_template())
    return server


@pytest.fixture
def database_url(postgres: PostgresForTests) -> str:
    """A fresh, migrated database for this test."""
    return postgres.create_database()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(database_url=database_url, data_dir=tmp_path, env="test")


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
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
async def operator(database: Database) -> str:
    from tests.factories import make_user

    await make_user(database, email=OPERATOR_EMAIL, password=OPERATOR_PASSWORD)
    return OPERATOR_EMAIL


@pytest.fixture
async def operator_client(client: httpx.AsyncClient, operator: str) -> httpx.AsyncClient:
    response = await client.post(
        "/api/auth/login", json={"email": operator, "password": OPERATOR_PASSWORD}
    )
    assert response.status_code == 200
    return client


@pytest.fixture
def live_server(database_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = LiveServer(database_url, tmp_path / "server.log").start()
    yield server
    server.stop()
