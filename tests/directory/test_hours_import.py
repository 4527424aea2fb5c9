"""Tricky opening hours through an import (HSDS 3 JSON and the tabular package), then matching and
the console's list asked at fixed instants: recurrences, closed days and the zone of a location
without an IANA `time_zone` (its province, else the schedule's offset)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import directory
from app.storage.db import Database
from directory import listing, tabular
from directory.needs_taxonomy import attribute, taxonomy_rows

MONDAY_830_VANCOUVER = datetime.fromisoformat("2026-12-07T16:30:00+00:00")  # 11:30 in Montréal


def _service(sid: str, schedules: list[dict[str, Any]], location: dict[str, Any]) -> dict[str, Any]:
    for number, schedule in enumerate(schedules):
        schedule.setdefault("id", f"{sid}-h{number}")
    return {
        "id": sid,
        "name": f"Service {sid}",
        "status": "active",
        "schedules": schedules,
        "attributes": [attribute(sid, "shelter")],
        "service_at_locations": [
            {
                "id": f"{sid}-at",
                "location": {
                    "id": f"{sid}-loc",
                    "name": f"Lieu {sid}",
                    "location_type": "physical",
                    **location,
                },
            }
        ],
    }


def _weekdays(**more: Any) -> dict[str, Any]:
    return {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00", **more}


def _document() -> dict[str, Any]:
    taxonomy = taxonomy_rows()
    services = [
        _service(
            "bc",
            [_weekdays()],
            {
                "addresses": [
                    {
                        "id": "bc-addr",
                        "address_1": "1 rue",
                        "city": "Vancouver",
                        "state_province": "BC",
                        "postal_code": "V6B 1A1",
                        "country": "CA",
                        "address_type": "physical",
                    }
                ]
            },
        ),
        _service(
            "nl",
            [_weekdays()],
            {
                "addresses": [
                    {
                        "id": "nl-addr",
                        "address_1": "1 Water St",
                        "city": "St. John's",
                        "state_province": "Newfoundland and Labrador",
                        "postal_code": "A1C 1A1",
                        "country": "CA",
                    }
                ]
            },
        ),
        _service("offset", [_weekdays(timezone=-8)], {}),
        _service(
            "iana",
            [_weekdays(timezone=-8)],
            {
                "time_zone": "America/Halifax",
                "addresses": [
                    {
                        "id": "iana-addr",
                        "address_1": "1 rue",
                        "city": "x",
                        "state_province": "BC",
                        "postal_code": "x",
                        "country": "CA",
                    }
                ],
            },
        ),
        _service(
            "sundays",
            [
                {
                    "freq": "WEEKLY",
                    "byday": "MO,TU,WE,TH,FR,SA,SU",
                    "opens_at": "09:00",
                    "closes_at": "17:00",
                },
                {"freq": "WEEKLY", "byday": "SU", "closed": True},
            ],
            {"time_zone": "America/Toronto"},
        ),
        _service(
            "monthly",
            [{"freq": "MONTHLY", "byday": "1MO", "opens_at": "10:00", "closes_at": "12:00"}],
            {"time_zone": "America/Toronto"},
        ),
        _service(
            "fortnight",
            [_weekdays(byday="MO", interval=2, dtstart="2026-11-30")],
            {"time_zone": "America/Toronto"},
        ),
    ]
    return {
        "organizations": [{"id": "org", "name": "Organisme", "services": services}],
        "taxonomies": taxonomy["taxonomy"],
        "taxonomy_terms": taxonomy["taxonomy_term"],
    }


async def _import_json(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "hours.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    async with database.transaction() as session:
        report = await directory.import_path(session, path)
    assert not report.rejected, report.rejected


async def _matches(database: Database, when: datetime) -> dict[str, directory.Match]:
    async with database.transaction() as session:
        found = await directory.match(session, ["shelter"], when=when, limit=20)
    return {item.service_id: item for item in found}


class TestThroughImport:
    async def test_zones_from_the_province_the_offset_or_the_iana_name(
        self, database: Database, tmp_path: Path
    ) -> None:
        await _import_json(database, tmp_path)
        found = await _matches(database, MONDAY_830_VANCOUVER)
        assert not found["bc"].open_now  # 08:30 in Vancouver, not 11:30 in the hotline's zone
        assert found["bc"].opens_at == datetime.fromisoformat("2026-12-07T09:00:00-08:00")
        assert not found["offset"].open_now  # schedule.timezone -8
        assert found["offset"].opens_at == datetime.fromisoformat("2026-12-07T17:00:00+00:00")
        assert found["iana"].open_now  # its own IANA zone wins: 12:30 in Halifax
        assert found["nl"].open_now  # 13:00 in St. John's
        early = await _matches(database, datetime.fromisoformat("2026-12-07T12:29:00+00:00"))
        assert not early["nl"].open_now
        assert early["nl"].opens_at == datetime.fromisoformat("2026-12-07T09:00:00-03:30")

    async def test_recurrences_and_closed_days(self, database: Database, tmp_path: Path) -> None:
        await _import_json(database, tmp_path)
        sunday = await _matches(database, datetime.fromisoformat("2026-12-06T10:00:00-05:00"))
        assert not sunday["sundays"].open_now
        assert sunday["sundays"].opens_at == datetime.fromisoformat("2026-12-07T09:00:00-05:00")
        first_monday = await _matches(database, datetime.fromisoformat("2026-12-07T11:00:00-05:00"))
        assert first_monday["monthly"].open_now and not first_monday["fortnight"].open_now
        assert first_monday["fortnight"].opens_at == datetime.fromisoformat("2026-12-14T09:00:00-05:00")
        second = await _matches(database, datetime.fromisoformat("2026-12-14T11:00:00-05:00"))
        assert not second["monthly"].open_now and second["fortnight"].open_now
        assert second["monthly"].opens_at == datetime.fromisoformat("2027-01-04T10:00:00-05:00")

    async def test_the_console_list_reads_the_province_zone(self, database: Database, tmp_path: Path) -> None:
        await _import_json(database, tmp_path)
        async with database.transaction() as session:
            rows = await listing.services(
                session,
                stale_before=MONDAY_830_VANCOUVER,
                at=MONDAY_830_VANCOUVER,
                default_zone="America/Toronto",
            )
        today = {row["id"]: row["today"] for row in rows}
        assert today["bc"].openings[0][0] == datetime.fromisoformat("2026-12-07T09:00:00-08:00")
        assert today["offset"].openings[0][0] == datetime.fromisoformat("2026-12-07T09:00:00-08:00")

    async def test_a_tabular_package_and_an_unreadable_recurrence(
        self, database: Database, tmp_path: Path
    ) -> None:
        rows: dict[str, list[dict[str, object]]] = {
            **taxonomy_rows(),
            "organization": [{"id": "org", "name": "Organisme"}],
            "service": [{"id": "ab", "organization_id": "org", "name": "Alberta", "status": "active"}],
            "location": [{"id": "ab-loc", "name": "Calgary"}],
            "address": [
                {
                    "id": "ab-addr",
                    "location_id": "ab-loc",
                    "address_1": "1 St",
                    "city": "Calgary",
                    "state_province": "AB",
                    "postal_code": "T2P",
                    "country": "CA",
                }
            ],
            "service_at_location": [{"id": "ab-at", "service_id": "ab", "location_id": "ab-loc"}],
            "attribute": [attribute("ab", "shelter")],
            "schedule": [
                {
                    "id": "ab-h",
                    "service_id": "ab",
                    "freq": "MONTHLY",
                    "byday": "-1FR",
                    "opens_at": "4:00 PM",
                    "closes_at": "8:00 PM",
                },
                {
                    "id": "bad",
                    "service_id": "ab",
                    "freq": "WEEKLY",
                    "byday": "XX",
                    "opens_at": "09:00",
                    "closes_at": "10:00",
                },
            ],
        }
        tabular.write(tmp_path / "package", rows)
        async with database.transaction() as session:
            report = await directory.import_path(session, tmp_path / "package")
        assert [item.reason for item in report.rejected] == ["field byday: not a day (MO to SU): 'XX'"]
        found = await _matches(database, datetime.fromisoformat("2026-12-25T17:00:00-07:00"))
        assert found["ab"].open_now  # the last Friday of December, 17:00 in Calgary
        later = await _matches(database, datetime.fromisoformat("2026-12-25T21:00:00-07:00"))
        assert later["ab"].opens_at == datetime.fromisoformat("2027-01-29T16:00:00-07:00")
