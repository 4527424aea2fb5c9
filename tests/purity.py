"""Which tests may touch the database: `db` tests (marked at collection, from their fixtures),
never the others. A test marked `pure` whose fixtures reach the database fails before it
starts; a test without `db` that reaches the database at run time (so `-m "not db"` would have
selected it) fails when it tries to start or use the embedded PostgreSQL."""

from __future__ import annotations

import pytest

from app.storage.embedded_postgres import EmbeddedPostgres
from tests.postgres import PostgresForTests

# Every database fixture (`database_url`, `database`, `app`, `client`, `live_server`...) reaches it.
DATABASE_FIXTURE = "postgres"


def uses_database(item: pytest.Item) -> bool:
    return DATABASE_FIXTURE in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`db` on every test whose fixtures reach the embedded PostgreSQL: `-m "not db"` runs the
    pure tests, which start no database at all."""
    for item in items:
        if uses_database(item):
            item.add_marker(pytest.mark.db)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("pure") is not None and uses_database(item):
        pytest.fail(f"{item.nodeid} is marked pure but uses the embedded PostgreSQL", pytrace=False)


@pytest.fixture(autouse=True)
def _database_refused_outside_db_tests(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if request.node.get_closest_marker("db") is not None:
        return

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError(
            f"{request.node.nodeid} asks for the database at run time; request the fixture as an "
            "argument (or through another fixture) so the test is marked db"
        )

    monkeypatch.setattr(EmbeddedPostgres, "start", refuse)
    for name in ("create_database", "create_template", "drop_database", "dump"):
        monkeypatch.setattr(PostgresForTests, name, refuse)
