"""The organisation's notice language (a hotline extension field) survives an HSDS export and
import, in the JSON and the tabular package, and in the public view (it is not private)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

import directory
from app.storage.db import Database
from directory.exporter import View
from tests.postgres import PostgresForTests

LANGUAGES = "SELECT id, notice_language FROM hsds_organization WHERE notice_language IS NOT NULL ORDER BY id"


@pytest.mark.parametrize("target", ["export.json", "tabular"])
async def test_export_then_import_keeps_the_notice_language(
    database: Database, postgres: PostgresForTests, tmp_path: Path, target: str
) -> None:
    async with database.transaction() as session:
        await directory.load_demo(session)
        chosen = (
            (await session.execute(sa.text("SELECT id FROM hsds_organization ORDER BY id LIMIT 2")))
            .scalars()
            .all()
        )
        for organization, language in zip(chosen, ("en", "es"), strict=True):
            await session.execute(
                sa.text("UPDATE hsds_organization SET notice_language = :language WHERE id = :id"),
                {"language": language, "id": organization},
            )
        await directory.export_path(session, tmp_path / target, View.public)
        expected = [tuple(row) for row in await session.execute(sa.text(LANGUAGES))]
    assert len(expected) == 2
    fresh = Database.connect(postgres.create_database(), pool_size=1)
    try:
        async with fresh.transaction() as session:
            report = await directory.import_path(session, tmp_path / target)
            assert report.rejected == []
            assert [tuple(row) for row in await session.execute(sa.text(LANGUAGES))] == expected
    finally:
        await fresh.dispose()
