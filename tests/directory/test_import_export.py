from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

import directory
from app.storage.db import Database
from directory.exporter import View, export_rows
from directory.readers import UnknownFormat, read_path
from tests.postgres import PostgresForTests


async def _import(database: Database, path: Path, **options: Any) -> directory.ImportReport:
    async with database.transaction() as session:
        return await directory.import_path(session, path, **options)


async def _counts(database: Database) -> dict[str, int]:
    async with database.engine.connect() as connection:
        result = await connection.execute(
            sa.text("SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE relname LIKE 'hsds_%'")
        )
        names = [row[0] for row in result]
        counts = {}
        for name in names:
            counts[name] = (await connection.execute(sa.text(f"SELECT count(*) FROM {name}"))).scalar_one()
        return counts


async def _all_rows(database: Database) -> dict[str, list[dict[str, Any]]]:
    async with database.transaction() as session:
        return await export_rows(session, View.full)


class TestRealDatasets:
    async def test_ohana_legacy_csv_imports_every_row(self, database: Database, hsds_data: Path) -> None:
        report = await _import(database, hsds_data / "ohana-api-sample-csv")
        assert report.rejected == []
        assert report.imported["organization"] == 8
        assert report.imported["service"] == 23
        assert report.imported["taxonomy_term"] == 290
        async with database.transaction() as session:
            schedules = await session.execute(
                sa.text("SELECT opens_at, closes_at FROM hsds_schedule WHERE byday = 'MO' ORDER BY opens_at")
            )
            assert ("14:00", "16:00") in [tuple(row) for row in schedules]  # "4:00 PM" upgraded

    async def test_hsds_1_1_datapackage_reports_its_dangling_taxonomy_parent(
        self, database: Database, hsds_data: Path
    ) -> None:
        report = await _import(database, hsds_data / "sample-hsds-1.1-datapackage" / "all_resources")
        assert report.imported["service"] == 13 and report.rejected == []
        warned = [(item.source, item.table) for item in report.warnings]
        assert warned == [("taxonomy.csv:2", "taxonomy_term")]
        assert "parent_id e9004840-1b0f-11e9-b56e-0800200c9a66 points at no taxonomy_term" in (
            report.warnings[0].reason
        )

    async def test_spec_examples_broken_links_are_reported_not_fatal(
        self, database: Database, hsds_data: Path
    ) -> None:
        report = await _import(database, hsds_data / "spec-3.1-examples" / "csv")
        rejected = {item.source: item.reason for item in report.rejected}
        assert "latitude: out of range" in rejected["locations.csv:2"]
        assert (
            "location_id 3a19ff88-4620-4d17-9830-ac1d859eb5d5 points at no location"
            in (rejected["service_at_location.csv:2"])
        )  # its location was rejected in turn
        assert (
            "service_id f75b808e-7bdb-11ef-afaa-ab00a77dc5c4 points at no service"
            in (rejected["service_capacity.csv:2"])
        )
        warned = {item.source: item.reason for item in report.warnings}
        assert (
            "parent_organization_id cd09a387-91f4-4555-94ec-e799c35344cd points at no organization"
            in (warned["organizations.csv:2"])
        )
        assert report.imported["organization"] == 1 and report.imported["service"] == 1
        async with database.transaction() as session:  # the dangling value is kept for export
            rows = await export_rows(session, View.full)
        assert rows["organization"][0]["parent_organization_id"] == "cd09a387-91f4-4555-94ec-e799c35344cd"

    async def test_spec_examples_json_files(self, database: Database, hsds_data: Path) -> None:
        report = await _import(database, hsds_data / "spec-3.1-examples")
        rejected = {item.source: item.reason for item in report.rejected}
        assert "latitude: out of range" in rejected["organization_full.json#/locations/0"]
        assert report.imported["service"] == 1
        assert "base.json: API base document, no records" in report.notes

    async def test_reimport_updates_and_never_duplicates(self, database: Database, hsds_data: Path) -> None:
        await _import(database, hsds_data / "ohana-api-sample-csv")
        first = await _counts(database)
        await _import(database, hsds_data / "ohana-api-sample-csv")
        assert await _counts(database) == first


class TestRejectedRows:
    async def test_bad_values_are_reported_with_file_line_and_reason(
        self, database: Database, tmp_path: Path
    ) -> None:
        (tmp_path / "organizations.csv").write_text("id,name\no1,Org one\no2,\n", encoding="utf-8")
        (tmp_path / "services.csv").write_text(
            "id,organization_id,name,minimum_age\ns1,o1,Shelter,12\ns2,o1,Clinic,twelve\ns3,o9,Lost,\n",
            encoding="utf-8",
        )
        report = await _import(database, tmp_path)
        assert {str(item) for item in report.rejected} == {
            "organizations.csv:3: organization id=o2: missing required field name",
            "services.csv:3: service id=s2: field minimum_age: expected a number",
            "services.csv:4: service id=s3: organization_id o9 points at no organization",
        }
        assert report.imported == {"organization": 1, "service": 1}

    async def test_strict_import_writes_nothing(self, database: Database, tmp_path: Path) -> None:
        (tmp_path / "organizations.csv").write_text("id,name\no1,Org one\no2,\n", encoding="utf-8")
        report = await _import(database, tmp_path, strict=True)
        assert report.rejected and report.imported == {}
        assert (await _counts(database))["hsds_organization"] == 0

    async def test_a_failure_mid_import_leaves_nothing(self, database: Database, hsds_data: Path) -> None:
        dataset = read_path(hsds_data / "ohana-api-sample-csv")

        def fail_midway(done: int) -> None:
            raise RuntimeError("disk full")

        with pytest.raises(RuntimeError):
            async with database.transaction() as session:
                await directory.importer.import_dataset(session, dataset, progress=fail_midway)
        assert (await _counts(database))["hsds_organization"] == 0


class TestRoundTrip:
    @pytest.mark.parametrize("target", ["export.json", "tabular"])
    async def test_export_then_import_gives_the_same_records(
        self, database: Database, postgres: PostgresForTests, tmp_path: Path, hsds_data: Path, target: str
    ) -> None:
        await _import(database, hsds_data / "ohana-api-sample-csv")
        await _import(database, hsds_data / "sample-hsds-1.1-datapackage" / "all_resources")
        await _import(database, hsds_data / "spec-3.1-examples" / "csv")
        async with database.transaction() as session:
            await directory.load_demo(session)
            await directory.export_path(session, tmp_path / target, View.full)
        fresh = Database.connect(postgres.create_database(), pool_size=1)
        try:
            report = await _import(fresh, tmp_path / target)
            assert report.rejected == []  # dangling optional links come back as warnings only
            original, copy = await _all_rows(database), await _all_rows(fresh)
            assert original.keys() == copy.keys()
            for table in original:
                assert copy[table] == original[table], table
        finally:
            await fresh.dispose()


class TestPublicExport:
    async def test_no_contacts_and_no_confidential_address(self, database: Database, tmp_path: Path) -> None:
        async with database.transaction() as session:
            await directory.load_demo(session)
            await directory.export_path(session, tmp_path / "public.json", View.public)
            await directory.export_path(session, tmp_path / "members.json", View.members)
        public = (tmp_path / "public.json").read_text(encoding="utf-8")
        members = (tmp_path / "members.json").read_text(encoding="utf-8")
        assert "Personne-ressource" not in public and "referrals@" not in public
        assert "Personne-ressource" in members
        document = json.loads(members)
        shelters = [
            location
            for organization in document["organizations"]
            for location in organization.get("locations", [])
            if location.get("confidential")
        ]
        assert shelters
        assert all("latitude" not in shelter and not shelter.get("addresses") for shelter in shelters)


class TestHsds1Export:
    async def test_1_1_layout_reads_back(
        self, database: Database, postgres: PostgresForTests, tmp_path: Path
    ) -> None:
        async with database.transaction() as session:
            await directory.load_demo(session)
            await directory.export_path(session, tmp_path / "v1", View.full, hsds1=True)
        header = (tmp_path / "v1" / "regular_schedules.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header == "id,service_id,location_id,service_at_location_id,weekday,opens_at,closes_at"
        fresh = Database.connect(postgres.create_database(), pool_size=1)
        try:
            report = await _import(fresh, tmp_path / "v1")
            assert report.rejected == []
            assert report.imported["service"] == 41 and report.imported["organization"] == 41
            async with fresh.transaction() as session:
                shelters = await directory.match(session, ["shelter"], place=directory.Place(45.5, -73.57))
        finally:
            await fresh.dispose()
        assert shelters and shelters[0].always_open  # needs and 24/7 hours survive the trip


class TestWhichReader:
    def test_a_data_package_one_or_two_folders_down_is_found(self, tmp_path: Path, hsds_data: Path) -> None:
        package = hsds_data / "sample-hsds-1.1-datapackage"
        direct = read_path(package / "all_resources")
        assert read_path(package).rows == direct.rows and direct.count() > 0
        (tmp_path / "download" / "unzipped").mkdir(parents=True)
        (tmp_path / "download" / "README.txt").write_text("a sample", encoding="utf-8")
        for file in (package / "all_resources").iterdir():
            (tmp_path / "download" / "unzipped" / file.name).write_bytes(file.read_bytes())
        assert read_path(tmp_path / "download").rows == direct.rows

    def test_two_data_folders_are_not_guessed_between(self, hsds_data: Path) -> None:
        with pytest.raises(UnknownFormat, match="several data folders"):
            read_path(hsds_data)

    def test_what_holds_no_hsds_is_refused_with_what_was_expected(self, tmp_path: Path) -> None:
        (tmp_path / "list.json").write_text('[{"name": "x"}, {"title": "y"}]', encoding="utf-8")
        (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
        (tmp_path / "empty").mkdir()
        for name in ("list.json", "notes.txt", "empty"):
            with pytest.raises(UnknownFormat, match="expected HSDS data"):
                read_path(tmp_path / name)

    def test_some_rejected_rows_among_hsds_ones_are_still_read(self, tmp_path: Path) -> None:
        (tmp_path / "mixed.json").write_text(
            '[{"id": "s1", "name": "Abri", "status": "active"}, {"x": 1}]', encoding="utf-8"
        )
        dataset = read_path(tmp_path / "mixed.json")
        assert dataset.count() == 1 and len(dataset.rejected) == 1
