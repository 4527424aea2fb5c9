"""The directory's Core queries: candidates' order and filters, search ranking (demo data)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

import directory
from app.storage.db import Database
from directory import queries, text_search
from triage.codes import Need

DOWNTOWN = queries.Place(45.50, -73.57)


async def _demo(database: Database) -> None:
    async with database.transaction() as session:
        await directory.load_demo(session)


class TestCandidates:
    async def test_with_a_place_nearest_first_then_the_nearest_24_7_services(
        self, database: Database
    ) -> None:
        await _demo(database)
        async with database.transaction() as session:
            plain = await queries.candidates(
                session, ["shelter", "legal"], DOWNTOWN, age=None, gender=None, limit=30
            )
            both = await queries.candidates(
                session, ["shelter", "legal"], DOWNTOWN, age=None, gender=None, limit=30, always_open_limit=3
            )
        distances = [row["distance_km"] for row in plain]
        assert plain and distances == sorted(distances)
        assert all({"shelter", "legal"} & set(row["needs"]) for row in plain)
        assert both[: len(plain)] == plain
        extra = both[len(plain) :]
        assert 0 < len(extra) <= 3 and all(row["always_open"] for row in extra)
        assert [row["distance_km"] for row in extra] == sorted(row["distance_km"] for row in extra)

    async def test_without_a_place_most_needs_covered_first_then_24_7_then_id(
        self, database: Database
    ) -> None:
        await _demo(database)
        wanted = [need.value for need in Need]
        async with database.transaction() as session:
            rows = await queries.candidates(session, wanted, None, age=None, gender=None, limit=200)
        assert rows and all(row["distance_km"] is None for row in rows)
        keys = [(-len(set(wanted) & set(row["needs"])), not row["always_open"], row["id"]) for row in rows]
        assert keys == sorted(keys)
        assert len({key[0] for key in keys}) > 1  # the order is tested on more than one level

    async def test_age_gender_and_status_filters(self, database: Database) -> None:
        await _demo(database)
        async with database.transaction() as session:
            first = (await queries.candidates(session, ["shelter"], None, age=None, gender=None, limit=1))[0]
            service = first["id"]
            await session.execute(
                sa.text(
                    "UPDATE hsds_service SET genders = ARRAY['female'], minimum_age = 21, "
                    "maximum_age = NULL, accepts_minors = false WHERE id = :id"
                ),
                {"id": service},
            )

            async def ids(**filters: Any) -> set[str]:
                rows = await queries.candidates(
                    session, ["shelter"], None, limit=200, age=filters["age"], gender=filters["gender"]
                )
                return {row["id"] for row in rows}

            assert service in await ids(age=None, gender=None)
            assert service in await ids(age=30, gender="female")
            assert service not in await ids(age=30, gender="male")
            assert service not in await ids(age=20, gender=None)
            await session.execute(
                sa.text("UPDATE hsds_service SET minimum_age = NULL WHERE id = :id"), {"id": service}
            )
            assert service not in await ids(age=17, gender=None)  # minors not accepted
            await session.execute(
                sa.text("UPDATE hsds_service SET status = 'inactive' WHERE id = :id"), {"id": service}
            )
            assert service not in await ids(age=None, gender=None)


class TestSearch:
    async def test_best_match_first_and_limit(self, database: Database) -> None:
        await _demo(database)
        async with database.transaction() as session:
            found = await text_search.search(session, "clinique", limit=50)
            two = await text_search.search(session, "clinique", limit=2)
            nothing = await text_search.search(session, "zzzzqqq")
        ranks = [row["rank"] for row in found]
        assert len(found) > 2 and ranks == sorted(ranks, reverse=True)
        assert two == found[:2]
        assert nothing == []
