"""Alembic, driven from code: upgrade, downgrade and the "is it current?" check."""

from __future__ import annotations

import functools
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from alembic import command

ROOT = Path(__file__).resolve().parents[2]
MIGRATE_COMMAND = "hotline migrate"


class DatabaseNotMigrated(RuntimeError):
    def __init__(self, current: str | None, head: str) -> None:
        super().__init__(
            f"the database schema is at {current or 'nothing (empty database)'}, "
            f"the code needs {head}: run `{MIGRATE_COMMAND}` first"
        )


class MigrationsMissing(RuntimeError):
    pass


def alembic_config(database_url: str) -> Config:
    """Alembic's configuration, built in code: no alembic.ini or pyproject at run time."""
    script_location = ROOT / "alembic"
    if not (script_location / "env.py").exists():
        raise MigrationsMissing(
            f"migrations not found at {script_location}: run from the source tree "
            "(pip install -e . or the deploy/Dockerfile image)"
        )
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.set_main_option(
        "file_template", "%%(year)d%%(month).2d%%(day).2d-%%(hour).2d%%(minute).2d_%%(slug)s"
    )
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config(""))
    head = script.get_current_head()
    assert head is not None, "alembic/versions holds no migration"
    return head


@functools.cache
def running_head() -> str:
    """The newest migration of the code this process runs, read once: finding it parses every
    file of alembic/versions (about 75 ms of CPU on the event loop), and each `/readyz`, which
    anyone can call, did so (100 sent together held a chat message 7.2 s). The files do not
    change under a running process."""
    return head_revision()


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as connection:
        return await connection.run_sync(_current_revision)


async def ensure_current(engine: AsyncEngine) -> None:
    """Refuse to run on a schema older or newer than the code."""
    current = await current_revision(engine)
    head = running_head()
    if current != head:
        raise DatabaseNotMigrated(current, head)
