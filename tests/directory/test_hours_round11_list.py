"""The console's partner list reads the schedules that apply to the location it shows, as matching
does: the service at that location, else the service, else the location; never all of them merged
(a service's hours at another address are not its hours here)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import directory
from app.storage.db import Database
from directory import listing
from directory.needs_taxonomy import attribute, taxonomy_rows

MONDAY_NOON = datetime.fromisoformat("2026-12-07T12:00:00-05:00")
ZONE = ZoneInfo("America/Toronto")
MONTREAL = {"time_zone": "America/Toronto"}


def _hours(opens: str, closes: str, number: int, owner: str) -> dict[str, Any]:
    return {
        "id": f"{owner}-h{number}",
        "freq": "WEEKLY",
        "byday": "MO,TU,WE,TH,FR",
        "opens_at": opens,
        "closes_at": closes,
    }


def _place(sid: str, name: str, at: list[dict[str, Any]], place: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": f"{sid}-at-{name}",
        "schedules": at,
        "location": {
            "id": f"{sid}-loc-{name}",
            "name": f"Lieu {name}",
            "location_type": "physical",
            "schedules": place,
            **MONTREAL,
        },
    }


def _document() -> dict[str, Any]:
    services = [
        {
            "id": "two",
            "name": "Two places",
            "status": "active",
            "attributes": [attribute("two", "legal")],
            "schedules": [_hours("09:00", "17:00", 0, "two")],
            "service_at_locations": [
                _place("two", "a", [_hours("13:00", "15:00", 1, "two")], []),
                _place("two", "b", [_hours("18:00", "20:00", 2, "two")], []),
            ],
        },
        {
            "id": "place",
            "name": "Place hours",
            "status": "active",
            "attributes": [attribute("place", "legal")],
            "service_at_locations": [_place("place", "a", [], [_hours("08:00", "16:00", 0, "place")])],
        },
    ]
    taxonomy = taxonomy_rows()
    return {
        "organizations": [{"id": "org", "name": "Organisme", "services": services}],
        "taxonomies": taxonomy["taxonomy"],
        "taxonomy_terms": taxonomy["taxonomy_term"],
    }


async def test_the_list_shows_the_hours_of_the_place_it_shows(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "levels.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    async with database.transaction() as session:
        report = await directory.import_path(session, path)
        assert not report.rejected, report.rejected
        rows = await listing.services(
            session, stale_before=MONDAY_NOON, at=MONDAY_NOON, default_zone="America/Toronto"
        )
        found = {
            item.service_id: item
            for item in await directory.match(session, ["legal"], when=MONDAY_NOON, limit=10)
        }
    today = {
        row["id"]: [
            (start.astimezone(ZONE).hour, end.astimezone(ZONE).hour) for start, end in row["today"].openings
        ]
        for row in rows
    }
    assert today["two"] == [(13, 15)]  # place a (the first), its own hours only
    assert today["place"] == [(8, 16)]  # the location's hours: known, not "Hours unknown"
    assert found["place"].open_now
