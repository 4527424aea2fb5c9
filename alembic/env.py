"""Async Alembic environment; the URL comes from `hotline migrate` (app.storage.migrations)."""

from __future__ import annotations

import asyncio

from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import SQLModel

import app.models  # noqa: F401  (registers the tables)
from alembic import context
from app.storage.database_url import to_sqlalchemy

config = context.config
target_metadata = SQLModel.metadata


def _database_url() -> str:
    url = config.attributes.get("database_url")
    if not url:
        raise RuntimeError("run migrations with `hotline migrate`")
    return str(url)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    engine = create_async_engine(to_sqlalchemy(_database_url()))
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    context.configure(url=to_sqlalchemy(_database_url()), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_async())
