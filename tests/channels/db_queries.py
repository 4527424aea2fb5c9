"""Reading the database directly in channel tests."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.storage.db import Database


async def rows(database: Database, sql: str, **params: Any) -> list[dict[str, Any]]:
    async with database.engine.connect() as connection:
        result = await connection.execute(sa.text(sql), params)
        return [dict(row._mapping) for row in result]


async def count(database: Database, table: str) -> int:
    found = await rows(database, f"SELECT count(*) AS n FROM {table}")
    return int(found[0]["n"])


async def everything_stored(database: Database) -> str:
    """Messages and events as text, to check what must not be there."""
    messages = await rows(database, "SELECT * FROM messages")
    return str(messages) + str(await rows(database, "SELECT * FROM events"))
