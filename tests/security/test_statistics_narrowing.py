"""Statistics cannot single out one contact by subtracting two overlapping reports.

Every cell under 10 was already "<10", but any two days could be asked: the reports of 1-10
and 1-11 November differed by the contacts of 11 November, and when that was one person, each
count of 10 or more that grew by one (its language, its urgency, its needs) said what they
told the hotline, though their day read "<10". A report now covers one calendar month, so two
reports never overlap.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from app.errors import FieldRefused
from app.statistics import period as periods
from app.statistics import report
from app.statistics.queries import FirstAnswer, RawCounts
from app.statistics.suppression import shown, shown_parts
from app.storage.db import Database
from tests.factories import receive
from tests.staff_fixtures import Staff, staff, supervisor

__all__ = ["staff", "supervisor"]  # fixtures

TORONTO = periods.ZoneInfo("America/Toronto")
NOW = datetime(2026, 12, 6, 12, tzinfo=UTC)


class TestOneMonth:
    def test_the_default_is_the_current_month_in_the_hotline_zone(self) -> None:
        # 02:00 UTC on 1 December is still 30 November in Toronto.
        chosen = periods.one_month(None, None, zone=TORONTO, now=datetime(2026, 12, 1, 2, tzinfo=UTC))
        assert (chosen.first_day, chosen.last_day) == (date(2026, 11, 1), date(2026, 11, 30))

    @pytest.mark.parametrize(
        ("first", "last", "month"),
        [
            (date(2026, 2, 1), None, (date(2026, 2, 1), date(2026, 2, 28))),
            (None, date(2024, 2, 29), (date(2024, 2, 1), date(2024, 2, 29))),
            (date(2026, 12, 1), date(2026, 12, 31), (date(2026, 12, 1), date(2026, 12, 31))),
        ],
    )
    def test_a_whole_month_is_a_report(
        self, first: date | None, last: date | None, month: tuple[date, date]
    ) -> None:
        chosen = periods.one_month(first, last, zone=TORONTO, now=NOW)
        assert (chosen.first_day, chosen.last_day) == month

    @pytest.mark.parametrize(
        ("first", "last"),
        [
            (date(2026, 11, 1), date(2026, 11, 10)),  # a part of a month
            (date(2026, 11, 2), date(2026, 11, 30)),
            (date(2026, 11, 1), date(2026, 12, 31)),  # two months overlap each one
            (None, date(2026, 11, 29)),
            (date(2026, 11, 15), None),
        ],
    )
    def test_any_other_period_is_refused(self, first: date | None, last: date | None) -> None:
        with pytest.raises(FieldRefused):
            periods.one_month(first, last, zone=TORONTO, now=NOW)


async def contact_on(database: Database, day: date, *, language: str) -> None:
    accepted = await receive(database, "Bonjour")
    created = datetime(day.year, day.month, day.day, 12, tzinfo=TORONTO)
    async with database.transaction() as session:
        await session.execute(
            sa.text(
                "UPDATE conversations SET created_at = :c, waiting_since = :c, last_message_at = :c,"
                " language = :l WHERE id = :id"
            ),
            {"c": created, "l": language, "id": uuid.UUID(str(accepted.conversation_id))},
        )


async def test_two_overlapping_reports_cannot_be_asked_so_none_names_one_contact(
    database: Database,
    staff: Staff,
    supervisor: str,
) -> None:
    for number in range(12):
        await contact_on(database, date(2026, 11, 1 + number % 10), language="fr")
    await contact_on(database, date(2026, 11, 11), language="ht")  # the one to single out
    async with staff(supervisor) as boss:
        asked = [
            await boss.get(path, params={"from": "2026-11-01", "to": last})
            for path in ("/api/stats", "/api/stats.csv", "/console/stats")
            for last in ("2026-11-10", "2026-11-11")
        ]
        month = await boss.get("/api/stats", params={"from": "2026-11-01", "to": "2026-11-30"})
        page = await boss.get("/console/stats", params={"month": "2026-11"})
    # Before: 200 twice, with "fr" 12 then 12 and the total 12 then 13: the one contact of
    # 11 November wrote in another language than French.
    assert [response.status_code for response in asked] == [422] * 6
    assert month.status_code == 200
    assert (month.json()["total"], month.json()["languages"]["fr"]) == (13, 12)
    assert page.status_code == 200 and 'value="2026-11"' in page.text
    assert 'id="stats-one-month"' in page.text


class TestOneReport:
    """Nor by subtracting a report's other cells from its total."""

    def test_a_lone_small_cell_hides_the_next_smallest(self) -> None:
        # Before: fr 12 shown beside a total of 13, so "ht" was 1 however it read.
        parts = shown_parts({"fr": 12, "ht": 1}, 13)
        assert parts == {"fr": "<10", "ht": "<10"}
        urgency = shown_parts({"emergency": 1, "high": 20, "standard": 30, "low": 12}, 63)
        assert urgency == {"emergency": "<10", "high": 20, "standard": 30, "low": "<10"}

    @pytest.mark.parametrize(
        ("parts", "total"),
        [
            ({"fr": 12, "en": 11}, 23),  # nothing small
            ({"fr": 12, "en": 3, "ht": 1}, 16),  # two small: their sum only
            ({"fr": 3}, 3),  # the total is hidden as well
        ],
    )
    def test_otherwise_only_small_cells_are_hidden(self, parts: dict[str, int], total: int) -> None:
        assert shown_parts(parts, total) == {key: shown(count) for key, count in parts.items()}

    def test_the_report_hides_a_lone_small_language(self) -> None:
        raw = RawCounts(
            per_day={(date(2026, 11, 3), "webchat"): 12, (date(2026, 11, 4), "sms"): 1},
            urgency={"standard": 13},
            languages={"fr": 12, "ht": 1},
            needs={},
            first_answer=FirstAnswer(0, None, None),
            abandoned=0,
        )
        stats = report.build(
            raw,
            period=periods.one_month(None, date(2026, 11, 30), zone=TORONTO, now=NOW),
            referrals=None,
            languages=("fr",),
        )
        assert stats.total == 13
        assert stats.languages == {"fr": "<10", "ht": "<10"}
