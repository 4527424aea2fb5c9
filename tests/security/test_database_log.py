"""The database server's own log holds no caller or staff data: an error is logged in one
terse line, without the DETAIL that quotes a duplicate key's value and without the statement."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.storage.db import Database
from tests.postgres import PostgresForTests

PLANTED = "planted.duplicate.7291@example.org"


async def test_a_unique_violation_leaves_no_value_in_the_server_log(
    postgres: PostgresForTests, database: Database
) -> None:
    log = postgres.server.pgdata / "log"
    before = log.stat().st_size if log.exists() else 0
    insert = sa.text(
        "INSERT INTO users (email, password_hash, role, active, presence, created_at) "
        "VALUES (:email, 'x', 'operator', true, 'away', now())"
    )
    async with database.transaction() as session:
        await session.execute(insert, {"email": PLANTED})
    with pytest.raises(sa.exc.IntegrityError):
        async with database.transaction() as session:
            await session.execute(insert, {"email": PLANTED})
    assert "terse" in postgres.server.psql("SHOW log_error_verbosity;")
    written = log.read_bytes()[before:].decode(errors="replace") if log.exists() else ""
    assert "duplicate key" in written or not log.exists()  # the error itself is there
    assert PLANTED not in written and "Key (email)" not in written
