from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

import directory
from app.storage.db import Database

DOWNTOWN = directory.Place(45.50, -73.57)
CHRISTMAS_EVE_NIGHT = datetime.fromisoformat("2026-12-24T23:30:00-05:00")
TUESDAY_MORNING = datetime.fromisoformat("2026-11-24T10:00:00-05:00")


async def _demo(database: Database) -> None:
    async with database.transaction() as session:
        await directory.load_demo(session)


class TestMatch:
    async def test_emergency_puts_open_services_first(self, database: Database) -> None:
        await _demo(database)
        async with database.transaction() as session:
            results = await directory.match(
                session,
                ["shelter", "legal"],
                place=DOWNTOWN,
                when=CHRISTMAS_EVE_NIGHT,
                urgency="emergency",
                limit=20,
            )
        flags = [item.open_now for item in results]
        assert flags[0] and False in flags  # closed legal clinics exist, but come after
        assert flags == sorted(flags, reverse=True)
        first_closed = results[flags.index(False)]
        assert first_closed.opens_at is not None and first_closed.opens_at > CHRISTMAS_EVE_NIGHT

    async def test_nearest_first_among_equals_and_reasons_given(self, database: Database) -> None:
        await _demo(database)
        async with database.transaction() as session:
            results = await directory.match(session, ["legal"], place=DOWNTOWN, when=TUESDAY_MORNING)
        open_legal = [item for item in results if item.open_now and item.needs_covered == ["legal"]]
        distances = [item.distance_km for item in open_legal]
        assert distances == sorted(distances)  # type: ignore[type-var]
        assert any(reason.endswith("km away") for reason in results[0].reasons)
        assert "covers legal" in results[0].reasons

    async def test_language_spoken_ranks_higher(self, database: Database) -> None:
        await _demo(database)
        async with database.transaction() as session:
            results = await directory.match(
                session, ["medical", "interpretation"], language="ar", place=DOWNTOWN, when=TUESDAY_MORNING
            )
        assert "ar" in results[0].languages and "speaks ar" in results[0].reasons

    async def test_age_and_minors_eligibility_filter(self, database: Database) -> None:
        await _demo(database)
        async with database.transaction() as session:
            adults = await directory.match(session, ["youth_protection"], age=30, when=TUESDAY_MORNING)
            minors = await directory.match(session, ["youth_protection"], age=15, when=TUESDAY_MORNING)
        assert adults == [] or all("Protection de la jeunesse" not in item.name for item in adults)
        assert minors and all("accepts minors" in item.reasons for item in minors)

    async def test_fresh_capacity_counts_and_stale_capacity_is_not_trusted(self, database: Database) -> None:
        await _demo(database)
        async with database.transaction() as session:
            await session.execute(
                sa.text("UPDATE hsds_service_capacity SET available = 0, updated = :now"),
                {"now": CHRISTMAS_EVE_NIGHT},
            )
            full = await directory.match(session, ["shelter"], place=DOWNTOWN, when=CHRISTMAS_EVE_NIGHT)
            await session.execute(
                sa.text("UPDATE hsds_service_capacity SET available = 5, updated = '2026-01-01T00:00:00Z'")
            )
            stale = await directory.match(session, ["shelter"], place=DOWNTOWN, when=CHRISTMAS_EVE_NIGHT)
        assert any("no beds available (fresh)" in item.reasons for item in full)
        assert any("capacity not confirmed recently (stale)" in item.reasons for item in stale)

    async def test_inactive_partner_is_not_proposed(self, database: Database) -> None:
        await _demo(database)
        async with database.transaction() as session:
            before = await directory.match(session, ["shelter"], place=DOWNTOWN, when=TUESDAY_MORNING)
            await session.execute(
                sa.text("UPDATE hsds_organization SET active = false WHERE id = :id"),
                {"id": before[0].organization_id},
            )
            after = await directory.match(session, ["shelter"], place=DOWNTOWN, when=TUESDAY_MORNING)
        assert before[0].service_id not in [item.service_id for item in after]


class TestSearch:
    async def test_accent_insensitive_french_search(self, database: Database) -> None:
        await _demo(database)
        async with database.transaction() as session:
            found = await directory.search(session, "clinique de sante")
            accented = await directory.search(session, "hébergement")
        assert found and all("santé" in row["name"] for row in found[:3])
        assert accented and "hébergement" in accented[0]["name"]


class TestWhichPlace:
    async def test_a_match_names_the_place_whose_distance_it_gives(self, database: Database) -> None:
        """A partner with a Montréal and a Québec City office: asked from each city, the match
        names the office it measured, so the operator knows where the caller would go."""
        from directory.tables import TABLES

        organization, service = "org-two-offices", "svc-two-offices"
        offices = {
            "loc-montreal": ("Bureau Hochelaga", 45.545, -73.54),
            "loc-quebec": ("Bureau Limoilou", 46.83, -71.22),
        }
        async with database.transaction() as session:
            await session.execute(
                sa.insert(TABLES["organization"]).values(
                    id=organization, name="Clinique juridique", active=True
                )
            )
            await session.execute(
                sa.insert(TABLES["service"]).values(
                    id=service,
                    organization_id=organization,
                    name="Aide juridique",
                    status="active",
                    needs=["legal"],
                    always_open=True,
                )
            )
            for location, (name, latitude, longitude) in offices.items():
                await session.execute(
                    sa.insert(TABLES["location"]).values(
                        id=location,
                        organization_id=organization,
                        name=name,
                        latitude=latitude,
                        longitude=longitude,
                        time_zone="America/Toronto",
                    )
                )
                await session.execute(
                    sa.insert(TABLES["service_at_location"]).values(
                        id=f"at-{location}", service_id=service, location_id=location
                    )
                )
        for place, expected in ((DOWNTOWN, "loc-montreal"), (directory.Place(46.81, -71.21), "loc-quebec")):
            async with database.transaction() as session:
                results = await directory.match(session, ["legal"], place=place, when=TUESDAY_MORNING)
            [found] = [item for item in results if item.service_id == service]
            assert found.to_json()["location"] == {"id": expected, "name": offices[expected][0]}
            assert found.distance_km is not None and found.distance_km < 10


class TestSchedulePrecedence:
    def test_hours_of_the_service_at_this_location_win(self) -> None:
        from directory.matching import _rules

        weekly = {"freq": "WEEKLY", "byday": "MO", "valid_from": None, "valid_to": None, "closed": None}
        row = {
            "id": "s1",
            "sal_id": "a1",
            "location_id": "l1",
            "schedules": [
                {
                    **weekly,
                    "service_id": "s1",
                    "service_at_location_id": None,
                    "location_id": None,
                    "opens_at": "09:00",
                    "closes_at": "17:00",
                },
                {
                    **weekly,
                    "service_id": "s1",
                    "service_at_location_id": "a1",
                    "location_id": None,
                    "opens_at": "18:00",
                    "closes_at": "22:00",
                },
                {
                    **weekly,
                    "service_id": "s1",
                    "service_at_location_id": "a2",
                    "location_id": None,
                    "opens_at": "06:00",
                    "closes_at": "07:00",
                },
            ],
        }
        assert [rule.opens for rule in _rules(row)] == [datetime.strptime("18:00", "%H:%M").time()]
        elsewhere = {**row, "sal_id": "a3"}  # another location: the service's own hours
        assert [rule.opens for rule in _rules(elsewhere)] == [datetime.strptime("09:00", "%H:%M").time()]
