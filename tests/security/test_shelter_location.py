"""A confidential shelter cannot be located through the public directory API.

`GET /api/directory/service_at_locations?lat=&lon=&proximity=` needs no login. Its answer used
to list a confidential location when it lay within the radius (down to 10 m) and give its
distance to 100 m, so three queries from anywhere, or a bisection of the radius, placed the
shelter to a few metres, although its coordinates themselves were withheld.
"""

from __future__ import annotations

from typing import Any

import httpx
import sqlalchemy as sa

import directory
from app.storage.db import Database
from directory.tables import TABLES


async def _confidential_place(database: Database) -> tuple[str, float, float]:
    async with database.transaction() as session:
        await directory.load_demo(session)
        location = TABLES["location"]
        row = (
            await session.execute(
                sa.select(location.c.id, location.c.latitude, location.c.longitude)
                .where(location.c.confidential.is_(True), location.c.latitude.is_not(None))
                .limit(1)
            )
        ).one()
    return str(row.id), float(row.latitude), float(row.longitude)


async def _near(client: httpx.AsyncClient, lat: float, lon: float, km: float) -> list[dict[str, Any]]:
    response = await client.get(
        "/api/directory/service_at_locations",
        params={"lat": lat, "lon": lon, "proximity": km, "per_page": 200},
    )
    assert response.status_code == 200
    rows: list[dict[str, Any]] = response.json()["contents"]
    return rows


async def test_distance_searches_do_not_place_a_confidential_shelter(
    client: httpx.AsyncClient, database: Database
) -> None:
    shelter, lat, lon = await _confidential_place(database)
    on_top = await _near(client, lat, lon, 0.01)
    two_km_north = await _near(client, lat + 0.018, lon, 2.5)
    far_away = await _near(client, lat + 10, lon, 0.01)
    for rows in (on_top, two_km_north, far_away):
        assert all(row["distance_km"] is None for row in rows if row["confidential"]), rows
    listed = [
        {row["location_id"] for row in rows if row["location_id"] == shelter}
        for rows in (on_top, two_km_north, far_away)
    ]
    assert listed[0] == listed[1] == listed[2], "being listed or not tells where the shelter is"
    everything = (await client.get("/api/directory/service_at_locations", params={"per_page": 200})).json()
    assert shelter in {row["location_id"] for row in everything["contents"]}, "still listed, placeless"
