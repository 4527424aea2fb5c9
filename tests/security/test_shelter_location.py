"""A confidential shelter cannot be located through the public directory API.

`GET /api/directory/service_at_locations?lat=&lon=&proximity=` needs no login. Its answer used
to list a confidential location when it lay within the radius (down to 10 m) and give its
distance to 100 m, so three queries from anywhere, or a bisection of the radius, placed the
shelter to a few metres, although its coordinates themselves were withheld.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import sqlalchemy as sa

import directory
from app.storage.db import Database
from directory.exporter import View, export_rows
from directory.tables import OTHER, TABLES


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


PLANTED = ("blue church", "Jarry", "maison-secrete.example", "Marguerite House", "ACC-77", "side door")


async def _plant_directions(database: Database, shelter: str) -> None:
    """Words that place the shelter, in every field of its location but the coordinates, and in
    an accessibility row about it (kept by the import as an extension resource)."""
    location, other = TABLES["location"], OTHER
    async with database.transaction() as session:
        await session.execute(
            sa.update(location)
            .where(location.c.id == shelter)
            .values(
                description="behind the blue church",
                transportation="bus 55, stop Jarry",
                url="https://maison-secrete.example",
                alternate_name="Marguerite House",
                external_identifier="ACC-77",
                extra={"x_directions": "ring at the side door"},
            )
        )
        await session.execute(
            sa.insert(other).values(
                resource="accessibility",
                id="acc-1",
                data={"location_id": shelter, "description": "ramp by the side door"},
            )
        )


async def test_nothing_but_its_name_tells_where_a_confidential_shelter_is(
    client: httpx.AsyncClient, database: Database
) -> None:
    """Only the coordinates (and the address) were withheld: the public service page showed a
    confidential location's description, transportation, web address, other name, identifier
    and the extra fields of an import, and the members and public exports too."""
    shelter, _lat, _lon = await _confidential_place(database)
    await _plant_directions(database, shelter)
    async with database.transaction() as session:
        service = (
            await session.execute(
                sa.select(TABLES["service_at_location"].c.service_id).where(
                    TABLES["service_at_location"].c.location_id == shelter
                )
            )
        ).scalar_one()
        exports = [json.dumps(await export_rows(session, view)) for view in (View.public, View.members)]
        backup = json.dumps(await export_rows(session, View.full))
    page = await client.get(f"/api/directory/services/{service}")
    assert page.status_code == 200
    (location,) = [item["location"] for item in page.json()["service_at_locations"]]
    assert location["id"] == shelter and location["confidential"] is True and location["name"]
    for shown in (page.text, *exports):
        assert not [word for word in PLANTED if word in shown]
    assert all(word in backup for word in PLANTED)  # the full view, a backup, keeps them
