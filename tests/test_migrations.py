from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

import app.models  # noqa: F401
from app.storage import migrations
from app.storage.db import Database
from tests.hotline_command import run_hotline
from tests.postgres import PostgresForTests


def _tables(url: str) -> set[str]:
    async def read() -> set[str]:
        database = Database.connect(url, pool_size=1)
        try:
            async with database.engine.connect() as connection:
                rows = await connection.execute(
                    sa.text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                )
                return {row[0] for row in rows}
        finally:
            await database.dispose()

    import asyncio

    return asyncio.run(read())


class TestMigrations:
    def test_upgrade_from_empty_downgrade_and_upgrade_again(self, postgres: PostgresForTests) -> None:
        url = postgres.create_database(template=None)
        assert _tables(url) == set()
        migrations.upgrade(url)
        assert set(SQLModel.metadata.tables) <= _tables(url)
        migrations.downgrade(url, "base")
        assert _tables(url) == {"alembic_version"}
        migrations.upgrade(url)
        assert set(SQLModel.metadata.tables) <= _tables(url)

    async def test_current_schema_is_accepted(self, database: Database) -> None:
        await migrations.ensure_current(database.engine)

    async def test_unmigrated_database_is_refused_with_the_command_to_run(
        self, postgres: PostgresForTests
    ) -> None:
        database = Database.connect(postgres.create_database(template=None), pool_size=1)
        try:
            with pytest.raises(migrations.DatabaseNotMigrated, match="hotline migrate"):
                await migrations.ensure_current(database.engine)
        finally:
            await database.dispose()

    def test_serve_on_unmigrated_database_exits_naming_the_command(
        self, postgres: PostgresForTests, tmp_path: Path
    ) -> None:
        url = postgres.create_database(template=None)
        result = run_hotline(
            ["serve", "--port", "0"], env={"HOTLINE_DATABASE_URL": url, "PATH": "/usr/bin:/bin"}
        )
        assert result.returncode != 0
        assert "hotline migrate" in result.stdout + result.stderr


def _rows(url: str, *statements: str) -> list[tuple[object, ...]]:
    """Runs the statements in one transaction; the last one's rows."""

    async def run() -> list[tuple[object, ...]]:
        database = Database.connect(url, pool_size=1)
        try:
            async with database.engine.begin() as connection:
                rows: list[tuple[object, ...]] = []
                for statement in statements:
                    result = await connection.execute(sa.text(statement))
                    rows = [tuple(row) for row in result] if result.returns_rows else []
                return rows
        finally:
            await database.dispose()

    import asyncio

    return asyncio.run(run())


class TestPartnerNoticeLanguageMigration:
    BEFORE = "5c8a1e3f9d27"
    COLUMN = (
        "SELECT count(*) FROM information_schema.columns "
        "WHERE table_name = 'hsds_organization' AND column_name = 'notice_language'"
    )

    def test_a_language_kept_in_extra_becomes_the_column_and_goes_back(
        self, postgres: PostgresForTests
    ) -> None:
        url = postgres.create_database(template=None)
        migrations.upgrade(url, self.BEFORE)
        _rows(
            url,
            "INSERT INTO hsds_organization (id, name, extra) VALUES "
            "('imported', 'Imported', '{\"notice_language\": \"en\", \"kept\": 1}'),"
            " ('plain', 'Plain', '{}')",
        )
        migrations.upgrade(url)
        assert _rows(url, "SELECT id, notice_language, extra FROM hsds_organization ORDER BY id") == [
            ("imported", "en", {"kept": 1}),
            ("plain", None, {}),
        ]
        migrations.downgrade(url, self.BEFORE)
        assert _rows(url, self.COLUMN) == [(0,)]
        assert _rows(url, "SELECT id, extra FROM hsds_organization ORDER BY id") == [
            ("imported", {"kept": 1, "notice_language": "en"}),
            ("plain", {}),
        ]


class TestModelsMatchMigrations:
    def test_autogenerate_finds_no_difference(self, database_url: str) -> None:
        from alembic.autogenerate import compare_metadata
        from alembic.runtime.migration import MigrationContext

        async def diff() -> list[object]:
            database = Database.connect(database_url, pool_size=1)
            try:
                async with database.engine.connect() as connection:
                    return await connection.run_sync(
                        lambda sync: compare_metadata(MigrationContext.configure(sync), SQLModel.metadata)
                    )
            finally:
                await database.dispose()

        import asyncio

        assert asyncio.run(diff()) == []
