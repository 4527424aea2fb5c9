"""Which tests may touch the database: `db` tests (marked at collection, from their fixtures),
never `pure` ones. A test marked `pure`, or one that asks for the database only at run time
(so `-m "not db"` would have selected it), fails instead of starting PostgreSQL."""

from __future__ import annotations

import pytest

# Every database fixture (`postgres`, `database_url`, `database`, `app`, `client`,
# `live_server`...) reaches this one.
DATABASE_FIXTURE = "postgres_server"


def uses_database(item: pytest.Item) -> bool:
    return DATABASE_FIXTURE in getattr(item, "fixturenames", ())


def purity_violation(node: pytest.Item | pytest.Collector) -> str | None:
    """Why this test must not get the database, or None when it may."""
    if node.get_closest_marker("pure") is not None:
        return f"{node.nodeid} is marked pure but uses the embedded PostgreSQL"
    if node.get_closest_marker("db") is None:
        return (
            f"{node.nodeid} asks for the database at run time; request the fixture as an "
            "argument (or through another fixture) so the test is marked db"
        )
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`db` on every test whose fixtures reach the embedded PostgreSQL: `-m "not db"` runs the
    pure tests, which start no database at all."""
    for item in items:
        if uses_database(item):
            item.add_marker(pytest.mark.db)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if uses_database(item):
        refuse_unless_db_test(item)


def refuse_unless_db_test(node: pytest.Item | pytest.Collector) -> None:
    """Fail the test now, before any database is started for it, unless it may have one."""
    refused = purity_violation(node)
    if refused:
        pytest.fail(refused, pytrace=False)
