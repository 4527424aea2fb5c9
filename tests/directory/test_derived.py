"""Derived fields on hsds_service (needs, language codes, 24/7) follow the rows they come from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

import directory
from app.storage.db import Database
from directory import derived, tabular
from directory.needs_taxonomy import attribute, taxonomy_rows


def _rows() -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {**taxonomy_rows()}
    rows["organization"] = [{"id": "o1", "name": "Organisme"}]
    rows["location"] = [
        {"id": "l1", "organization_id": "o1", "name": "Point"},
        {"id": "l2", "organization_id": "o1", "name": "Refuge"},
    ]
    rows["service"] = [{"id": sid, "organization_id": "o1", "name": f"Service {sid}"} for sid in ("s1", "s2")]
    rows["service_at_location"] = [
        {"id": "a1", "service_id": "s1", "location_id": "l1"},
        {"id": "a2", "service_id": "s2", "location_id": "l2"},
    ]
    rows["phone"] = [{"id": "p1", "service_id": "s1", "number": "555"}]
    rows["language"] = [
        {"id": "g1", "service_id": "s1", "name": "Espagnol"},
        {"id": "g2", "location_id": "l1", "code": "AR"},
        {"id": "g3", "phone_id": "p1", "code": "fr-CA"},
        {"id": "g4", "service_id": "s2", "code": "en"},
    ]
    rows["schedule"] = [
        {
            "id": "h1",
            "service_at_location_id": "a1",
            "freq": "WEEKLY",
            "byday": "MO,TU,WE,TH,FR,SA,SU",
            "opens_at": "00:00",
            "closes_at": "00:00",
        },
        {
            "id": "h2",
            "location_id": "l2",
            "freq": "WEEKLY",  # s2: 24/7 through its location, since 2020 (round 18: flagged)
            "byday": "MO,TU,WE,TH,FR,SA,SU",
            "opens_at": "00:00",
            "closes_at": "00:00",
            "valid_from": "2020-01-01",
        },
    ]
    rows["attribute"] = [attribute("s1", "shelter"), attribute("s1", "legal"), attribute("s2", "medical")]
    return rows


async def _derived(database: Database) -> dict[str, tuple[Any, ...]]:
    async with database.transaction() as session:
        result = await session.execute(
            sa.text("SELECT id, needs, language_codes, always_open FROM hsds_service ORDER BY id")
        )
        return {row[0]: tuple(row[1:]) for row in result}


async def test_needs_languages_and_24_7_from_every_source(database: Database, tmp_path: Path) -> None:
    tabular.write(tmp_path / "package", _rows())
    async with database.transaction() as session:
        report = await directory.import_path(session, tmp_path / "package")
    assert not report.rejected
    assert await _derived(database) == {
        "s1": (["legal", "shelter"], ["ar", "es", "fr"], True),
        "s2": (["medical"], ["en"], True),
    }


async def test_refresh_of_some_services_leaves_the_others(database: Database, tmp_path: Path) -> None:
    tabular.write(tmp_path / "package", _rows())
    async with database.transaction() as session:
        await directory.import_path(session, tmp_path / "package")
        await session.execute(sa.text("DELETE FROM hsds_attribute WHERE link_id IN ('s1', 's2')"))
        await session.execute(sa.text("DELETE FROM hsds_language"))
        await session.execute(sa.text("DELETE FROM hsds_schedule"))
        await derived.refresh(session, ["s2"])
    assert await _derived(database) == {
        "s1": (["legal", "shelter"], ["ar", "es", "fr"], True),
        "s2": ([], [], False),
    }
    async with database.transaction() as session:
        await derived.refresh(session)
    assert await _derived(database) == {"s1": ([], [], False), "s2": ([], [], False)}
