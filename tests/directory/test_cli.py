from __future__ import annotations

import asyncio
import json
from pathlib import Path

import sqlalchemy as sa

from app.storage.db import Database
from tests.test_cli import run


class TestDirectoryCommands:
    def test_import_reports_rejected_rows_then_export(
        self, database_url: str, tmp_path: Path, hsds_data: Path
    ) -> None:
        result = run(
            "directory", "import", str(hsds_data / "spec-3.1-examples" / "csv"), database_url=database_url
        )
        assert result.returncode == 0, result.stderr
        assert (
            "rejected: locations.csv:2: location id=3a19ff88-4620-4d17-9830-ac1d859eb5d5: "
            "field latitude: out of range" in result.stderr
        )
        assert "warning: organizations.csv:2: organization id=" in result.stderr
        imported = run(
            "directory", "import", str(hsds_data / "ohana-api-sample-csv"), database_url=database_url
        )
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


class TestImportFindsOrRefuses:
    def test_a_file_that_is_not_hsds_exits_non_zero_saying_what_was_expected(
        self, database_url: str, tmp_path: Path
    ) -> None:
        (tmp_path / "people.json").write_text('{"name": "x", "age": 3}', encoding="utf-8")
        (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
        (tmp_path / "table").mkdir()
        (tmp_path / "table" / "people.csv").write_text("name,age\nx,3\n", encoding="utf-8")
        for path in ("people.json", "broken.json", "table"):
            result = run("directory", "import", str(tmp_path / path), database_url=database_url)
            assert result.returncode == 2, (path, result.stdout)
            assert "expected HSDS data" in result.stderr and "imported" not in result.stdout

    def test_an_hsds_1_1_package_is_found_in_the_folder_above_it(
        self, database_url: str, hsds_data: Path
    ) -> None:
        result = run(
            "directory", "import", str(hsds_data / "sample-hsds-1.1-datapackage"), database_url=database_url
        )
        assert result.returncode == 0, result.stderr
        assert "note: read from" in result.stderr and "all_resources" in result.stderr
        assert "imported 76 rows" in result.stdout and "0 rejected" in result.stdout
