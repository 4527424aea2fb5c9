"""How `directory.match` ranks the candidates SQL gives it, and which conversations get
partner suggestions: a fake session hands over candidate rows, no database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import directory
from app.partners import suggestions as partner_suggestions

pytestmark = pytest.mark.pure

TUESDAY_10AM = datetime.fromisoformat("2026-11-24T10:00:00-05:00")
TUESDAY_8PM = datetime.fromisoformat("2026-11-24T20:00:00-05:00")
OFFICE_HOURS = [
    {
        "freq": "WEEKLY",
        "byday": "MO,TU,WE,TH,FR",
        "opens_at": "09:00",
        "closes_at": "17:00",
        "valid_from": None,
        "valid_to": None,
        "closed": None,
        "service_id": None,
        "service_at_location_id": None,
        "location_id": None,
    }
]


def row(
    service_id: str,
    *,
    needs: tuple[str, ...] = ("shelter",),
    distance: float | None = 1.0,
    always: bool = False,
    hours: bool = True,
    languages: tuple[str, ...] = ("fr",),
    capacities: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    # `always`: 24/7 hours, from which the derived flag is computed (the flag alone is not read)
    always_hours = [
        {**OFFICE_HOURS[0], "byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "00:00"}
    ]
    rules = always_hours if always else OFFICE_HOURS if hours else []
    schedules = [{**rule, "service_id": service_id} for rule in rules]
    return {
        "id": service_id,
        "name": f"Service {service_id}",
        "needs": list(needs),
        "language_codes": list(languages),
        "always_open": always,
        "minimum_age": None,
        "maximum_age": None,
        "genders": None,
        "accepts_minors": None,
        "accepts_without_status": None,
        "organization_id": f"org-{service_id}",
        "organization_name": "Org",
        "sal_id": f"sal-{service_id}",
        "location_id": f"loc-{service_id}",
        "location_name": "Bureau",
        "time_zone": "America/Toronto",
        "latitude": 45.5,
        "longitude": -73.6,
        "schedules": schedules,
        "capacities": capacities or [],
        "distance_km": distance,
        **extra,
    }


class FakeResult:
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self._rows = rows

    def mappings(self) -> list[dict[str, Any]]:
        return self._rows


class FakeSession:
    """Answers the candidate query with the given rows and records its parameters."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.params: list[dict[str, Any]] = []

    async def execute(self, statement: Any, params: dict[str, Any]) -> FakeResult:
        self.params.append(params)
        return FakeResult(self.rows)


async def ranked(rows: list[dict[str, Any]], needs: list[str], **options: Any) -> list[directory.Match]:
    return await directory.match(FakeSession(rows), needs, **options)  # type: ignore[arg-type]


class TestRanking:
    async def test_more_needs_covered_ranks_first_then_nearer(self) -> None:
        results = await ranked(
            [
                row("near-one", distance=1.0),
                row("far-both", needs=("shelter", "legal"), distance=8.0),
                row("mid-one", distance=3.0),
            ],
            ["shelter", "legal"],
            when=TUESDAY_10AM,
        )
        assert [r.service_id for r in results] == ["far-both", "near-one", "mid-one"]
        assert (
            results[0].needs_covered == ["shelter", "legal"] and "covers shelter, legal" in results[0].reasons
        )
        assert "8.0 km away" in results[0].reasons

    async def test_an_emergency_puts_open_services_first_however_far(self) -> None:
        rows = [row("near-closed", distance=0.5), row("far-24-7", distance=100.0, always=True)]
        normal = await ranked(rows, ["shelter"], when=TUESDAY_8PM)
        emergency = await ranked(rows, ["shelter"], when=TUESDAY_8PM, urgency="emergency")
        assert [r.service_id for r in normal] == ["near-closed", "far-24-7"]
        assert [r.service_id for r in emergency] == ["far-24-7", "near-closed"]
        closed = emergency[1]
        assert not closed.open_now and closed.opens_at == datetime.fromisoformat("2026-11-25T09:00:00-05:00")
        assert f"closed, opens at {closed.opens_at.isoformat()}" in closed.reasons
        assert "open 24/7" in emergency[0].reasons

    async def test_open_now_says_until_when(self) -> None:
        (result,) = await ranked([row("a")], ["shelter"], when=TUESDAY_10AM)
        assert result.open_now and "open now until 2026-11-24T17:00:00-05:00" in result.reasons
        (unknown,) = await ranked([row("b", hours=False)], ["shelter"], when=TUESDAY_10AM)
        assert not unknown.open_now and "no opening hours on file" in unknown.reasons

    async def test_the_callers_language_ranks_higher(self) -> None:
        rows = [row("fr-near", distance=1.0), row("ar-farther", distance=5.0, languages=("fr", "ar"))]
        results = await ranked(rows, ["shelter"], language="AR-ma", when=TUESDAY_10AM)
        assert [r.service_id for r in results] == ["ar-farther", "fr-near"]
        assert "speaks ar" in results[0].reasons and "ar not listed" in results[1].reasons

    async def test_fresh_capacity_counts_and_stale_capacity_is_not_trusted(self) -> None:
        fresh, stale = TUESDAY_10AM - timedelta(hours=1), TUESDAY_10AM - timedelta(days=3)
        rows = [
            row(
                "full",
                capacities=[{"available": 0, "maximum": 10, "updated": fresh.isoformat(), "unit": "beds"}],
            ),
            row(
                "free",
                distance=3.0,
                capacities=[{"available": 2, "maximum": 10, "updated": fresh.isoformat(), "unit": "beds"}],
            ),
            row(
                "old",
                distance=2.0,
                capacities=[{"available": 9, "maximum": 9, "updated": stale, "unit": None}],
            ),
        ]
        results = {r.service_id: r for r in await ranked(rows, ["shelter"], when=TUESDAY_10AM)}
        assert [r.service_id for r in await ranked(rows, ["shelter"], when=TUESDAY_10AM)] == [
            "free",
            "old",
            "full",
        ]
        assert "no beds available (fresh)" in results["full"].reasons
        assert "2 beds available (fresh)" in results["free"].reasons
        assert "capacity not confirmed recently (stale)" in results["old"].reasons

    async def test_a_service_at_several_locations_is_proposed_once_at_its_best(self) -> None:
        rows = [row("s", distance=12.0), row("s", distance=2.0, sal_id="sal-2"), row("t", distance=5.0)]
        results = await ranked(rows, ["shelter"], when=TUESDAY_10AM)
        assert [(r.service_id, r.distance_km) for r in results] == [("s", 2.0), ("t", 5.0)]

    async def test_minors_and_people_without_status_are_named(self) -> None:
        rows = [
            row("youth", accepts_minors=True, minimum_age=12, maximum_age=17, accepts_without_status=True)
        ]
        (result,) = await ranked(rows, ["shelter"], age=15, when=TUESDAY_10AM)
        assert {"age 15 eligible", "accepts minors", "accepts people without status"} <= set(result.reasons)

    async def test_the_answer_is_cut_to_the_limit_and_the_query_asks_for_enough(self) -> None:
        session = FakeSession([row(f"s{n:02}", distance=float(n)) for n in range(12)])
        results = await directory.match(session, ["shelter"], when=TUESDAY_10AM, limit=3)  # type: ignore[arg-type]
        assert [r.service_id for r in results] == ["s00", "s01", "s02"]
        assert session.params[0]["limit"] >= 30 and session.params[0]["needs"] == ["shelter"]
        assert "lat" not in session.params[0]  # no place: anywhere
        await directory.match(
            session,
            ["shelter"],
            place=directory.Place(45.5, -73.6),
            when=TUESDAY_10AM,  # type: ignore[arg-type]
            urgency="emergency",
            limit=3,
        )
        assert session.params[1]["lat"] == 45.5 and session.params[1]["always_open_limit"] == 3

    async def test_unknown_needs_and_naive_times_are_refused(self) -> None:
        with pytest.raises(ValueError):
            await ranked([], ["pizza"], when=TUESDAY_10AM)
        with pytest.raises(ValueError, match="time zone"):
            await ranked([], ["shelter"], when=datetime(2026, 11, 24, 10))

    async def test_json_has_what_the_console_shows(self) -> None:
        (result,) = await ranked([row("a", distance=1.26)], ["shelter"], when=TUESDAY_10AM)
        shown = result.to_json()
        assert shown["service"] == {
            "id": "a",
            "name": "Service a",
            "organization": {"id": "org-a", "name": "Org"},
        }
        assert shown["distance_km"] == 1.3 and shown["opens_at"] is None and shown["open_now"] is True


class TestSuggestions:
    """`app.partners.suggestions.suggest`: what of a conversation goes to matching."""

    @pytest.fixture
    def calls(self, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
        seen: list[dict[str, Any]] = []

        async def place_of_town(session: Any, name: str) -> directory.Place | None:
            seen.append({"town": name})
            return directory.Place(45.6, -73.7) if name == "Laval" else None

        async def match(session: Any, needs: list[str], **options: Any) -> list[directory.Match]:
            seen.append({"needs": needs, **options})
            return [
                directory.Match("s1", "Refuge", None, None, None, None, True, False, None, 2.0, needs, ["fr"])
            ]

        monkeypatch.setattr(directory, "place_of_town", place_of_town)
        monkeypatch.setattr(directory, "match", match)
        return seen

    async def test_needs_town_language_and_urgency_are_what_is_sent(
        self, calls: list[dict[str, Any]]
    ) -> None:
        at = datetime(2026, 12, 24, 23, 30, tzinfo=UTC)
        found = await partner_suggestions.suggest(
            None,
            summary={"needs": ["information", "shelter"], "region": "Laval"},  # type: ignore[arg-type]
            conversation={"language": "fr", "urgency": "emergency"},
            at=at,
        )
        assert [item["service"]["id"] for item in found] == ["s1"]
        assert calls == [
            {"town": "Laval"},
            {
                "needs": ["shelter"],
                "language": "fr",
                "place": directory.Place(45.6, -73.7),
                "when": at,
                "urgency": "emergency",
                "limit": partner_suggestions.SHOWN,
            },
        ]

    @pytest.mark.parametrize("language", [None, "", "und"])
    async def test_an_unknown_language_and_no_town_send_none(
        self, calls: list[dict[str, Any]], language: str | None
    ) -> None:
        await partner_suggestions.suggest(
            None,
            summary={"needs": ["legal"]},  # type: ignore[arg-type]
            conversation={"language": language},
            at=TUESDAY_10AM,
        )
        assert calls[0]["language"] is None and calls[0]["place"] is None

    @pytest.mark.parametrize("needs", [[], None, ["information"]])
    async def test_information_alone_is_not_a_referral(self, calls: list[dict[str, Any]], needs: Any) -> None:
        found = await partner_suggestions.suggest(
            None,
            summary={"needs": needs, "region": "Laval"},  # type: ignore[arg-type]
            conversation={},
            at=TUESDAY_10AM,
        )
        assert found == [] and calls == []
