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
            "/api/directory/match",
            params={
                "needs": "shelter,legal",
                "language": "es",
                "lat": "45.50",
                "lon": "-73.57",
                "at": "2026-12-24T23:30:00-05:00",
                "age": "17",
            },
        )
        assert response.status_code == 200
        results = response.json()
        assert results
        first = results[0]
        assert set(first) >= {
            "service",
            "open_now",
            "opens_at",
            "distance_km",
            "needs_covered",
            "languages",
            "reasons",
        }
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
        assert naive.status_code == 422 and "offset" in naive.json()["error"]
        garbled = await operator_client.get("/api/directory/match?needs=shelter&at=tomorrow")
        assert garbled.status_code == 422 and "ISO 8601" in garbled.json()["error"]

    async def test_an_unencoded_plus_in_the_offset_is_read_as_plus(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await _demo(database)
        match = "/api/directory/match?needs=shelter&at="
        encoded = await operator_client.get(match + "2026-12-25T05:30:00%2B01:00")
        unencoded = await operator_client.get(match + "2026-12-25T05:30:00+01:00")  # read as a space
        zulu = await operator_client.get(match + "2026-12-25T04:30:00Z")
        assert encoded.status_code == unencoded.status_code == zulu.status_code == 200
        assert encoded.json() == unencoded.json() == zulu.json()

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
        near = (
            await client.get(
                "/api/directory/service_at_locations", params={"lat": 45.50, "lon": -73.57, "proximity": 10}
            )
        ).json()
        far = (
            await client.get(
                "/api/directory/service_at_locations", params={"lat": 45.50, "lon": -73.57, "proximity": 500}
            )
        ).json()
        assert 0 < near["total_items"] < far["total_items"]
        distances = [row["distance_km"] for row in near["contents"]]
        assert distances == sorted(distances) and max(distances) <= 10
        assert all(row["latitude"] is None for row in far["contents"] if row["confidential"])


class TestPagesAndBadInputs:
    async def test_walking_the_pages_gives_every_service_once_by_name(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await _demo(database)
        pages = [
            (await client.get("/api/directory/services", params={"per_page": 7, "page": page})).json()
            for page in range(1, 8)
        ]
        rows = [row for page in pages for row in page["contents"]]
        assert len(rows) == len({row["id"] for row in rows}) == pages[0]["total_items"]
        assert [(row["name"], row["id"]) for row in rows] == sorted((row["name"], row["id"]) for row in rows)
        assert [page["last_page"] for page in pages] == [False] * 5 + [True, True]
        assert pages[-1]["empty"] and pages[-1]["total_pages"] == 6

    async def test_search_pages_follow_the_ranking(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await _demo(database)
        everything = (await client.get("/api/directory/services", params={"search": "clinique"})).json()
        second = (
            await client.get(
                "/api/directory/services", params={"search": "clinique", "per_page": 1, "page": 2}
            )
        ).json()
        assert len(everything["contents"]) > 2
        assert second["contents"] == everything["contents"][1:2] and second["page_number"] == 2
        assert set(second["contents"][0]) == {"id", "name", "organization_id"}

    async def test_services_at_locations_pages_nearest_first(
        self, client: httpx.AsyncClient, database: Database
    ) -> None:
        await _demo(database)
        near = {"lat": 45.50, "lon": -73.57, "proximity": 500}
        whole = (
            await client.get("/api/directory/service_at_locations", params={**near, "per_page": 200})
        ).json()
        paged = [
            (
                await client.get(
                    "/api/directory/service_at_locations", params={**near, "per_page": 5, "page": page}
                )
            ).json()["contents"]
            for page in range(1, 4)
        ]
        assert [row for page in paged for row in page] == whole["contents"][:15]
        distances = [row["distance_km"] for row in whole["contents"]]
        assert distances == sorted(distances)
        anywhere = (await client.get("/api/directory/service_at_locations", params={"per_page": 200})).json()
        assert anywhere["total_items"] >= whole["total_items"]
        assert all(row["distance_km"] is None for row in anywhere["contents"])
        ids = [row["id"] for row in anywhere["contents"]]
        assert ids == sorted(ids)

    async def test_bad_inputs_answer_4xx_not_500(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        await _demo(database)
        for url in (
            "/api/directory/services?search=%00",
            "/api/directory/services?search=a%00b",
            "/api/directory/services?page=99999999999999999999",
            "/api/directory/services?search=abri&page=99999999999999999999",
            "/api/directory/service_at_locations?page=99999999999999999999",
            "/api/directory/services/%00",
            "/api/directory/services/a%00",
            "/api/directory/match?needs=shelter&gender=%00",
            "/api/directory/service_at_locations?lat=nan&lon=0",
            "/api/directory/service_at_locations?lat=45&lon=-73&proximity=inf",
            "/api/directory/service_at_locations?lat=-90&lon=-180&proximity=5e-324",
        ):
            response = await operator_client.get(url)
            assert 400 <= response.status_code < 500, (url, response.status_code)
        last = await operator_client.get(
            "/api/directory/services", params={"page": 1_000_000, "per_page": 200}
        )
        assert last.status_code == 200 and last.json()["empty"]


class TestOpenApi:
    async def test_directory_responses_are_documented(self, client: httpx.AsyncClient) -> None:
        spec = (await client.get("/openapi.json")).json()
        schemas = {
            path: spec["paths"][f"/api/directory{path}"]["get"]["responses"]["200"]["content"][
                "application/json"
            ]["schema"]
            for path in ("/", "/services", "/services/{service_id}", "/service_at_locations", "/match")
        }
        assert schemas["/services"] == {"$ref": "#/components/schemas/ServicePage"}
        assert schemas["/services/{service_id}"] == {"$ref": "#/components/schemas/ServiceFull"}
        assert schemas["/match"]["items"] == {"$ref": "#/components/schemas/MatchResult"}
        page = spec["components"]["schemas"]["ServiceAtLocationPage"]
        assert {"total_items", "contents"} <= set(page["properties"])
        assert "distance_km" in spec["components"]["schemas"]["ServiceAtLocationSummary"]["properties"]
