"""Round 14's readings survive the database: a partner file imported (RFC 5545 `bysetpos` and
`exdate` kept in their columns, "Fermé les jours fériés" in a description, a town off its
province's clock, hours said only in words), then asked as matching and the partner list ask."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import directory
from app.storage.db import Database
from directory import listing
from directory.needs_taxonomy import attribute, taxonomy_rows

Rows = list[dict[str, Any]]
AT = datetime.fromisoformat


def _service(sid: str, schedules: Rows, address: dict[str, Any] | None = None) -> dict[str, Any]:
    location: dict[str, Any] = {
        "id": f"{sid}-loc",
        "name": f"Lieu {sid}",
        "latitude": 45.5,
        "longitude": -73.57,
    }
    if address:
        location["addresses"] = [
            {"id": f"{sid}-addr", "address_1": "1 rue", "address_type": "physical", **address}
        ]
    return {
        "id": sid,
        "name": f"Service {sid}",
        "status": "active",
        "attributes": [attribute(sid, "legal")],
        "schedules": [{"id": f"{sid}-{number}", **row} for number, row in enumerate(schedules)],
        "service_at_locations": [{"id": f"{sid}-at", "location": location}],
    }


def _document() -> dict[str, Any]:
    weekdays = {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR"}
    services = [
        _service(
            "last-weekday",
            [
                {
                    "freq": "MONTHLY",
                    "byday": "MO,TU,WE,TH,FR",
                    "bysetpos": -1,
                    "opens_at": "13:00",
                    "closes_at": "16:00",
                }
            ],
        ),
        _service(
            "fridays",
            [
                {
                    "freq": "WEEKLY",
                    "byday": "FR",
                    "exdate": "20261225",
                    "opens_at": "9:00",
                    "closes_at": "17:00",
                }
            ],
        ),
        _service(
            "feries",
            [{**weekdays, "opens_at": "9 h", "closes_at": "17 h", "description": "Fermé les jours fériés"}],
            {"city": "Montréal", "state_province": "QC", "country": "CA"},
        ),
        _service(
            "kenora",
            [{**weekdays, "opens_at": "09:00", "closes_at": "17:00"}],
            {"city": "Kenora", "state_province": "ON"},
        ),
        _service("words", [{"description": "Du lundi au vendredi de 9 h à 17 h"}]),
    ]
    taxonomy = taxonomy_rows()
    return {
        "organizations": [{"id": "org", "name": "Organisme", "services": services}],
        "taxonomies": taxonomy["taxonomy"],
        "taxonomy_terms": taxonomy["taxonomy_term"],
    }


async def _open(session: Any, when: str) -> dict[str, bool]:
    found = await directory.match(session, ["legal"], when=AT(when), limit=10)
    return {item.service_id: item.open_now for item in found}


async def test_stored_hours_read_as_imported(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "partners.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    async with database.transaction() as session:
        report = await directory.import_path(session, path)
        assert not report.rejected, report.rejected
        on_the_30th = await _open(session, "2026-12-30T14:00-05:00")
        on_the_31st = await _open(session, "2026-12-31T14:00-05:00")
        christmas = await _open(session, "2026-12-25T10:00-05:00")
        fete_nationale = await _open(session, "2026-06-24T10:00-04:00")
        kenora_early = await _open(session, "2026-12-07T09:30-05:00")
        lines = await listing.services(
            session,
            stale_before=AT("2026-12-07T00:00Z") - timedelta(days=1),
            at=AT("2026-12-07T10:00-05:00"),
            default_zone="America/Toronto",
        )
    assert (on_the_30th["last-weekday"], on_the_31st["last-weekday"]) == (False, True)
    assert (christmas["fridays"], christmas["feries"]) == (False, False)
    assert not fete_nationale["feries"]
    assert not kenora_early["kenora"] and kenora_early["feries"]  # 8:30 in Kenora
    words = next(line for line in lines if line["id"] == "words")["today"]
    assert not words.known and words.note == "Du lundi au vendredi de 9 h à 17 h"
