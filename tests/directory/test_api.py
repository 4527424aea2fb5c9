from __future__ import annotations

import httpx

import directory
from app.storage.db import Database


async def _demo(database: Database) -> None:
    async with database.transaction() as session:
        await directory.load_demo(session)


class TestMatchEndpoint:
    async def test_the_example_query(self, operator_client: httpx.AsyncClient, database: Database) -> None:
        await _demo(database)
        response = await operator_client.get(
            "/api/directory/match", params={"needs": "shelter,legal", "language": "es", "lat": "45.50",
                                            "lon": "-73.57", "at": "2026-12-24T23:30:00-05:00", "age": "17"})
        assert response.status_code == 200
        results = response.json()
        assert results
        first = results[0]
        assert set(first) >= {"service", "open_now", "opens_at", "distance_km", "needs_covered", "languages",
                              "reasons"}
        assert set(first["service"]) >= {"id", "name", "organization"}

    async def test_only_needs_is_required(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await _demo(database)
        assert (await operator_client.get("/api/directory/match?needs=shelter")).status_code == 200
        missing = await operator_client.get("/api/directory/match")
        assert missing.status_code == 422
        unknown = await operator_client.get("/api/directory/match?needs=pizza")
        assert unknown.status_code == 422 and "need codes" in unknown.json()["error"]
        naive = await operator_client.get("/api/directory/match?needs=shelter&at=2026-12-24T23:30:00")
        assert naive.status_code == 422

    async def test_login_required(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/api/directory/match?needs=shelter")).status_code == 401


class TestHsdsEndpoints:
    async def test_root_and_services_page(self, client: httpx.AsyncClient, database: Database) -> None:
        await _demo(database)
        assert (await client.get("/api/directory/")).json()["version"] == "3.1"
        page = (await client.get("/api/directory/services?per_page=10")).json()
        assert page["total_items"] == 41 and page["size"] == 10 and page["first_page"]
        found = (await client.get("/api/directory/services", params={"search": "hebergement"})).json()
        assert found["contents"]

    async def test_public_service_hides_contacts_and_confidential_address(
        self, client: httpx.AsyncClient, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await _demo(database)
        page = (await client.get("/api/directory/services", params={"search": "Maison d'hébergement"})).json()
        service_id = page["contents"][0]["id"]
        operator_view = (await operator_client.get(f"/api/directory/services/{service_id}")).json()
        assert operator_view["contacts"]
        client.cookies.clear()
        public = (await client.get(f"/api/directory/services/{service_id}")).json()
        assert "contacts" not in public and "notification_target" not in public
        location = public["service_at_locations"][0]["location"]
        assert location["confidential"] and "addresses" not in location and "latitude" not in location
        assert (await client.get("/api/directory/services/nope")).status_code == 404

    async def test_proximity(self, client: httpx.AsyncClient, database: Database) -> None:
        await _demo(database)
        near = (await client.get("/api/directory/service_at_locations",
                                 params={"lat": 45.50, "lon": -73.57, "proximity": 10})).json()
        far = (await client.get("/api/directory/service_at_locations",
                                params={"lat": 45.50, "lon": -73.57, "proximity": 500})).json()
        assert 0 < near["total_items"] < far["total_items"]
        distances = [row["distance_km"] for row in near["contents"]]
        assert distances == sorted(distances) and max(distances) <= 10
        assert all(row["latitude"] is None for row in far["contents"] if row["confidential"])
