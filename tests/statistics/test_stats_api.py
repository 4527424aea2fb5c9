"""Statistics against PostgreSQL: the definitions, the time zone, small cells in the page,
the API and the CSV, and that no text is ever read or shown."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI

from app.models.base import utcnow
from app.statistics import period as periods
from app.statistics import queries
from app.storage.db import Database
from tests.factories import receive
from tests.staff_fixtures import Staff

PHONE = "514-555-0142"
NAME = "Josiane Tremblay-Ouellet"
TEXT_COLUMNS = (
    "body_redacted",
    "sealed_original",
    "explanations",
    "reasons",
    "entities",
    "email",
    "pseudonym",
    "password",
)


@pytest.fixture
def statements(app: FastAPI) -> Iterator[list[str]]:
    """Every SQL statement the app sends while the test runs."""
    engine = app.state.context.database.engine.sync_engine
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    sa.event.listen(engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(engine, "before_cursor_execute", record)


async def set_times(
    database: Database, conversation_id: str, created: datetime, last: datetime | None = None
) -> None:
    async with database.transaction() as session:
        await session.execute(
            sa.text(
                "UPDATE conversations SET created_at = :c, waiting_since = :c,"
                " last_message_at = :l WHERE id = :id"
            ),
            {"c": created, "l": last or created, "id": uuid.UUID(conversation_id)},
        )


async def answer(database: Database, conversation_id: str, *, after: timedelta, author: int | None) -> None:
    async with database.transaction() as session:
        await session.execute(
            sa.text(
                "INSERT INTO messages (conversation_id, channel, direction, body_redacted, author_id,"
                " created_at) SELECT id, channel, 'out', 'réponse', :a, created_at + :d"
                " FROM conversations WHERE id = :id"
            ),
            {"a": author, "d": after, "id": uuid.UUID(conversation_id)},
        )


async def raw_counts(database: Database, first: date, last: date) -> queries.RawCounts:
    period = periods.choose(first, last, zone=periods.ZoneInfo("America/Toronto"), now=utcnow())
    async with database.sessions() as session:
        return await queries.count(session, period=period, now=utcnow())


class TestDefinitions:
    async def test_days_are_counted_in_the_hotline_zone(self, database: Database) -> None:
        late = await receive(database, "Bonjour")
        # 03:30 UTC on 10 March is 23:30 on 9 March in Toronto (UTC-4 since 8 March).
        await set_times(database, late.conversation_id, datetime(2026, 3, 10, 3, 30, tzinfo=UTC))
        counts = await raw_counts(database, date(2026, 3, 9), date(2026, 3, 10))
        assert counts.per_day == {(date(2026, 3, 9), "webchat"): 1}

    async def test_time_to_first_answer_counts_staff_answers_only(
        self, database: Database, operator: str
    ) -> None:
        day = datetime(2026, 3, 2, 15, tzinfo=UTC)
        for minutes in range(1, 11):  # answered after 1..10 minutes
            accepted = await receive(database, "Bonjour")
            await set_times(database, accepted.conversation_id, day)
            await answer(
                database, accepted.conversation_id, after=timedelta(seconds=5), author=None
            )  # an automatic message: not an answer
            await answer(database, accepted.conversation_id, after=timedelta(minutes=minutes), author=1)
        counts = await raw_counts(database, date(2026, 3, 2), date(2026, 3, 2))
        assert counts.first_answer.answered == 10
        assert counts.first_answer.median_seconds == pytest.approx(330.0)  # 5.5 min
        assert counts.first_answer.p90_seconds == pytest.approx(546.0)  # 9.1 min

    async def test_abandoned_is_unanswered_and_closed_or_silent_for_30_minutes(
        self, database: Database, operator: str
    ) -> None:
        now = utcnow()
        closed = await receive(database, "un")
        gone = await receive(database, "deux")
        waiting = await receive(database, "trois")
        answered = await receive(database, "quatre")
        await set_times(database, gone.conversation_id, now - timedelta(hours=1))
        await set_times(database, answered.conversation_id, now - timedelta(hours=1))
        await answer(database, answered.conversation_id, after=timedelta(minutes=1), author=1)
        async with database.transaction() as session:
            await session.execute(
                sa.text("UPDATE conversations SET status = 'closed' WHERE id IN (:a, :b)"),
                {"a": uuid.UUID(closed.conversation_id), "b": uuid.UUID(answered.conversation_id)},
            )
        assert waiting.conversation_id
        today = now.astimezone(periods.ZoneInfo("America/Toronto")).date()
        counts = await raw_counts(database, today - timedelta(days=1), today)
        assert counts.abandoned == 2

    async def test_needs_count_conversations_from_inbound_triage(self, database: Database) -> None:
        first = await receive(database, "J'ai besoin d'un hébergement ce soir")
        await receive(database, "J'ai besoin d'un hébergement, je dors dehors", address="same")
        await receive(database, "Encore: un hébergement svp", address="same")
        assert first.conversation_id
        today = utcnow().astimezone(periods.ZoneInfo("America/Toronto")).date()
        counts = await raw_counts(database, today - timedelta(days=1), today)
        assert counts.needs.get("shelter") == 2


class TestNoText:
    async def test_page_api_and_csv_show_no_planted_text_and_sql_reads_no_text_column(
        self,
        supervisor: str,
        staff: Staff,
        database: Database,
        statements: list[str],
    ) -> None:
        for _ in range(3):
            await receive(database, f"Je m'appelle {NAME}, rappelez-moi au {PHONE}")
        async with staff(supervisor) as boss:
            statements.clear()
            api = await boss.get("/api/stats")
            csv = await boss.get("/api/stats.csv")
            page = await boss.get("/console/stats")
        for response in (api, csv, page):
            assert response.status_code == 200, response.text
            for planted in (PHONE, NAME, "Tremblay", "Josiane", "rappelez"):
                assert planted not in response.text
            # A part of the number, not a chart's coordinate ("555.4" with 31 days of bars).
            assert re.search(r"(?<![\d.])555(?![\d.])", response.text) is None
        stats_sql = [s for s in statements if "conversations c" in s]
        assert len(stats_sql) >= 3 * 6  # six report queries for each of the three requests
        for statement in stats_sql:
            for column in TEXT_COLUMNS:
                assert column not in statement, statement
            assert statement.count("triage") == statement.count("triage -> 'needs'")


class TestSmallCells:
    async def test_under_ten_is_lt10_everywhere_and_ten_shows(
        self,
        supervisor: str,
        staff: Staff,
        database: Database,
    ) -> None:
        for _ in range(3):
            await receive(database, "Bonjour")
        async with staff(supervisor) as boss:
            few = (await boss.get("/api/stats")).json()
            csv_few = (await boss.get("/api/stats.csv")).text
            page_few = (await boss.get("/console/stats")).text
            for _ in range(7):
                await receive(database, "Bonjour")
            enough = (await boss.get("/api/stats")).json()
        assert few["total"] == "<10" and few["by_channel"]["webchat"] == "<10"
        assert "contacts,total,,<10" in csv_few.splitlines()
        assert '<dd id="stats-total"><span class="suppressed"' in page_few
        assert few["referrals"] == {"available": True, "sent": "<10", "accepted": "<10"}
        assert "referrals,sent,,<10" in csv_few.splitlines()
        assert enough["total"] == 10 and enough["by_channel"]["webchat"] == 10
        chart = page_few.split("<svg", 1)[1].split("</svg>")[0]
        assert "http" not in chart.replace("http://www.w3.org/2000/svg", "")  # nothing fetched

    async def test_dates_outside_a_year_are_422(self, supervisor: str, staff: Staff) -> None:
        async with staff(supervisor) as boss:
            response = await boss.get("/api/stats", params={"from": "2020-01-01", "to": "2026-01-01"})
            page = await boss.get("/console/stats", params={"from": "2026-02-01", "to": "2026-01-01"})
        assert response.status_code == 422
        assert page.status_code == 422 and 'id="stats-error"' in page.text

    async def test_the_csv_is_a_download(self, supervisor: str, staff: Staff) -> None:
        async with staff(supervisor) as boss:
            response = await boss.get("/api/stats.csv", params={"from": "2026-11-01", "to": "2026-11-30"})
        assert response.headers["content-type"].startswith("text/csv")
        assert 'filename="hotline-stats-2026-11-01-2026-11-30.csv"' in response.headers["content-disposition"]
