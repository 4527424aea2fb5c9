"""In an emergency, the nearest candidates are joined by the nearest 24/7 services (the stored
flag pre-selects them): a service that is 24/7 only through its location's hours, farther than
many nearer services closed at the time, is among them (profile.md, "Derived")."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import directory
from app.storage.db import Database
from directory.needs_taxonomy import attribute, taxonomy_rows

SUNDAY_NIGHT = datetime.fromisoformat("2026-12-13T23:00:00-05:00")
DOWNTOWN = directory.Place(45.50, -73.57)
NEAR = 35  # more than the candidates read by distance (directory.matching._CANDIDATES)


Rows = list[dict[str, Any]]


def _service(sid: str, latitude: float, at: Rows, place: Rows) -> dict[str, Any]:
    return {
        "id": sid,
        "name": f"Service {sid}",
        "status": "active",
        "attributes": [attribute(sid, "legal")],
        "service_at_locations": [
            {
                "id": f"{sid}-at",
                "schedules": at,
                "location": {
                    "id": f"{sid}-loc",
                    "name": f"Lieu {sid}",
                    "location_type": "physical",
                    "latitude": latitude,
                    "longitude": -73.57,
                    "time_zone": "America/Toronto",
                    "schedules": place,
                },
            }
        ],
    }


def _hours(sid: str, opens: str, closes: str, byday: str) -> Rows:
    return [{"id": f"{sid}-h", "freq": "WEEKLY", "byday": byday, "opens_at": opens, "closes_at": closes}]


def _document() -> dict[str, Any]:
    names = [f"near-{number:02d}" for number in range(NEAR)]  # closed on Sundays, all nearer
    services = [
        _service(name, 45.50 + number / 1000, _hours(name, "09:00", "17:00", "MO,TU,WE,TH,FR"), [])
        for number, name in enumerate(names)
    ]
    services.append(_service("far", 46.80, [], _hours("far", "00:00", "00:00", "MO,TU,WE,TH,FR,SA,SU")))
    taxonomy = taxonomy_rows()
    return {
        "organizations": [{"id": "org", "name": "Organisme", "services": services}],
        "taxonomies": taxonomy["taxonomy"],
        "taxonomy_terms": taxonomy["taxonomy_term"],
    }


async def test_a_service_24_7_through_its_location_is_found_in_an_emergency(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "places.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    async with database.transaction() as session:
        report = await directory.import_path(session, path)
        assert not report.rejected, report.rejected
        found = await directory.match(
            session, ["legal"], place=DOWNTOWN, when=SUNDAY_NIGHT, urgency="emergency", limit=3
        )
    assert found[0].service_id == "far"
    assert found[0].always_open and found[0].open_now and "open 24/7" in found[0].reasons
