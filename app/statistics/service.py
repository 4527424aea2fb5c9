"""One statistics report for a period: the counts, suppressed, and the CSV of them (cells a
spreadsheet would run as formulas are quoted: `directory.spreadsheet_cells`)."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from app.statistics import queries, referrals, report
from app.statistics.period import Period
from directory.spreadsheet_cells import neutralise

CSV_HEADER = ("section", "key", "channel", "value")


async def compile_report(
    session: AsyncSession, *, period: Period, now: datetime, languages: tuple[str, ...]
) -> report.StatsRead:
    raw = await queries.count(session, period=period, now=now)
    sent = await referrals.referral_counts(session, period=period)
    # The complementary suppression of a month's table may take a fraction of a second of CPU.
    return await asyncio.to_thread(report.build, raw, period=period, referrals=sent, languages=languages)


def to_csv(stats: report.StatsRead) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows([neutralise(cell) for cell in row] for row in report.csv_rows(stats))
    return buffer.getvalue()
