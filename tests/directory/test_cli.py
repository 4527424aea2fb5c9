from __future__ import annotations

import asyncio
import json
from pathlib import Path

import sqlalchemy as sa

from app.storage.db import Database
from tests.test_cli import run


class TestDirectoryCommands:
    def test_import_reports_rejected_rows_then_export(self, database_url: str, tmp_path: Path,
                                                      hsds_data: Path) -> None:
        result = run("directory", "import", str(hsds_data / "spec-3.1-examples" / "csv"),
                     database_url=database_url)
        assert result.returncode == 0, result.stderr
        assert "rejected: locations.csv:2: location id=3a19ff88-4620-4d17-9830-ac1d859eb5d5: " \
               "field latitude: out of range" in result.stderr
        assert "warning: organizations.csv:2: organization id=" in result.stderr
        imported = run("directory", "import", str(hsds_data / "ohana-api-sample-csv"),
                       database_url=database_url)
        assert imported.returncode == 0, imported.stderr
        assert "imported" in imported.stdout and "0 rejected" in imported.stdout
        exported = run("directory", "export", str(tmp_path / "out.json"), database_url=database_url)
        assert exported.returncode == 0, exported.stderr
        document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
        assert len(document["organizations"]) == 9  # 8 from Ohana, 1 from the spec example
        assert "contacts" not in json.dumps(document)  # public view: no contact persons

    def test_demo_loads_the_partners_once(self, database_url: str) -> None:
        for _ in range(2):
            result = run("demo", database_url=database_url)
            assert result.returncode == 0, result.stderr

        async def count() -> int:
            database = Database.connect(database_url, pool_size=1)
            try:
                async with database.transaction() as session:
                    result = await session.execute(sa.text("SELECT count(*) FROM hsds_service"))
                    return int(result.scalar_one())
            finally:
                await database.dispose()

        assert asyncio.run(count()) == 41
