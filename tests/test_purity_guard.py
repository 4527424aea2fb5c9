"""The guard of `tests/purity.py`: a pure test that touches the database fails, and `db` is
added to every test whose fixtures reach it. Runs an inner pytest; starts no database."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.pure
pytest_plugins = ["pytester"]

# The inner session: the suite's hooks, and a stand-in database so nothing real starts.
CONFTEST = """
import pytest
from tests.postgres import PostgresForTests
from tests.purity import (
    _database_refused_outside_db_tests, pytest_collection_modifyitems, pytest_runtest_setup,
)

@pytest.fixture(scope="session")
def postgres():
    return PostgresForTests.__new__(PostgresForTests)  # never started

@pytest.fixture
def database(postgres):
    return "server"
"""

TESTS = """
import pytest

def test_uses_the_database(database):
    assert database == "server"

def test_pure_without_marker():
    pass

@pytest.mark.pure
def test_marked_pure_but_uses_it(database):
    pass

def test_asks_at_run_time(request):
    request.getfixturevalue("postgres").create_database()

@pytest.mark.pure
def test_marked_pure_and_pure():
    pass
"""


def test_the_guard_fails_pure_tests_that_touch_the_database(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_inner=TESTS)
    options = (
        "-p",
        "no:cacheprovider",
        "--strict-markers",
        "-o",
        "markers=db\npure",
        "-o",
        "asyncio_default_fixture_loop_scope=function",
    )
    result = pytester.runpytest_inprocess(*options, "-rA")
    result.assert_outcomes(passed=3, failed=1, errors=1)
    result.stdout.fnmatch_lines(
        [
            "*test_marked_pure_but_uses_it* is marked pure but uses the embedded PostgreSQL*",
            "*test_asks_at_run_time asks for the database at run time*",
        ]
    )
    selected = pytester.runpytest_inprocess(*options, "-m", "not db")
    selected.assert_outcomes(passed=2, failed=1, deselected=2)  # the run-time request still fails
