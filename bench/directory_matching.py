"""Directory benchmark: import 50,000 generated services, then match latency against a plain lookup.

Prints the import time, match latency p50/p95, and the ratio of a match to a plain indexed lookup of
one service measured in the same run. Targets: match p95 < 20 ms; import of 50,000 services < 60 s.
Usage: .venv/bin/python -m bench.directory_matching [--services 50000] [--matches 300]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

import directory
from app.storage import migrations
from app.storage.db import Database
from app.storage.embedded_postgres import EmbeddedPostgres
from directory import tabular
from directory.needs_taxonomy import attribute, taxonomy_rows
from triage.codes import Need

NEEDS = [need.value for need in Need]
LANGUAGES = ["fr", "en", "es", "ar", "tl", "zh", "uk", "pt"]
HOURS = [
    ("MO,TU,WE,TH,FR", "09:00", "17:00"),
    ("MO,TU,WE,TH,FR,SA,SU", "00:00", "00:00"),
    ("MO,TU,WE,TH,FR,SA,SU", "22:00", "06:00"),
    ("TU,WE,TH", "13:00", "21:00"),
]


def generate(services: int, seed: int = 7) -> dict[str, list[dict[str, object]]]:
    rng = random.Random(seed)
    rows: dict[str, list[dict[str, object]]] = {
        table: []
        for table in (
            "organization",
            "location",
            "service",
            "service_at_location",
            "schedule",
            "language",
            "attribute",
            "service_capacity",
            "unit",
        )
    }
    rows.update(taxonomy_rows())
    rows["unit"] = [{"id": "bed", "name": "beds"}]
    updated = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    for number in range(services):
        org = f"o{number // 10}"
        if number % 10 == 0:
            rows["organization"].append({"id": org, "name": f"Organisme {number // 10}"})
        sid, lid = f"s{number}", f"l{number}"
        rows["location"].append(
            {
                "id": lid,
                "organization_id": org,
                "name": f"Point de service {number}",
                "latitude": round(rng.uniform(45.0, 47.0), 5),
                "longitude": round(rng.uniform(-75.5, -71.0), 5),
                "time_zone": "America/Toronto",
                "confidential": number % 7 == 0,
            }
        )
        rows["service"].append(
            {
                "id": sid,
                "organization_id": org,
                "name": f"Service {number}",
                "description": "Service généré pour le banc d'essai",
                "status": "active",
            }
        )
        rows["service_at_location"].append({"id": f"a{number}", "service_id": sid, "location_id": lid})
        byday, opens, closes = HOURS[number % len(HOURS)]
        rows["schedule"].append(
            {
                "id": f"h{number}",
                "service_id": sid,
                "freq": "WEEKLY",
                "byday": byday,
                "opens_at": opens,
                "closes_at": closes,
            }
        )
        rows["language"].append({"id": f"g{number}", "service_id": sid, "code": rng.choice(LANGUAGES)})
        for need in rng.sample(NEEDS, 2):
            rows["attribute"].append(attribute(sid, need))
        if number % 5 == 0:
            rows["service_capacity"].append(
                {
                    "id": f"c{number}",
                    "service_id": sid,
                    "unit_id": "bed",
                    "available": rng.randint(0, 10),
                    "maximum": 10,
                    "updated": updated,
                }
            )
    return rows


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def run(url: str, services: int, matches: int, workdir: Path) -> None:
    package = workdir / "package"
    tabular.write(package, generate(services))
    database = Database.connect(url, pool_size=2)
    try:
        started = time.perf_counter()
        async with database.transaction() as session:
            report = await directory.import_path(session, package)
        import_seconds = time.perf_counter() - started
        assert not report.rejected, report.rejected[:3]
        rng = random.Random(11)
        now = datetime.now(UTC)
        match_ms: list[float] = []
        lookup_ms: list[float] = []
        async with database.sessions() as session:
            for _ in range(20):  # warm-up
                await directory.match(session, ["shelter"], place=directory.Place(45.5, -73.6), when=now)
            for index in range(matches):
                needs = rng.sample(NEEDS, 2)
                place = directory.Place(rng.uniform(45.0, 47.0), rng.uniform(-75.5, -71.0))
                urgency = "emergency" if index % 4 == 0 else None
                started = time.perf_counter()
                await directory.match(
                    session,
                    needs,
                    language=rng.choice(LANGUAGES),
                    place=place,
                    when=now,
                    age=30,
                    urgency=urgency,
                )
                match_ms.append((time.perf_counter() - started) * 1000)
                service_id = f"s{rng.randrange(services)}"
                started = time.perf_counter()
                (
                    await session.execute(
                        sa.text("SELECT * FROM hsds_service WHERE id = :id"), {"id": service_id}
                    )
                ).one()
                lookup_ms.append((time.perf_counter() - started) * 1000)
    finally:
        await database.dispose()
    p50, p95 = percentile(match_ms, 0.50), percentile(match_ms, 0.95)
    lookup = statistics.median(lookup_ms)
    print(
        f"import: {services} services ({report.total} rows) in {import_seconds:.1f} s "
        f"(target < 60 s: {'ok' if import_seconds < 60 else 'MISSED'})"
    )
    print(
        f"match latency: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
        f"(target p95 < 20 ms: {'ok' if p95 < 20 else 'MISSED'})"
    )
    print(
        f"plain indexed lookup of one service: p50 {lookup:.2f} ms; match p50 / lookup p50 = "
        f"{p50 / lookup:.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=50_000)
    parser.add_argument("--matches", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = EmbeddedPostgres(Path(tmp)).start()
        migrations.upgrade(url)
        asyncio.run(run(url, args.services, args.matches, Path(tmp)))


if __name__ == "__main__":
    main()
