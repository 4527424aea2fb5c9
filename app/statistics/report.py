"""A statistics report: the counts of a period with every small cell suppressed.

The JSON of `GET /api/stats`, the page `/console/stats` and `GET /api/stats.csv` all show this
one model, so a count that is suppressed in one is suppressed in all. Built from the exact
counts of `queries.RawCounts` by a pure function.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from app.domain import ChannelKind
from app.statistics import day_table
from app.statistics.period import Period
from app.statistics.queries import RawCounts
from app.statistics.referrals import ReferralCounts
from app.statistics.suppression import SMALL_CELL, SUPPRESSED, Count, enough, shown, shown_parts
from triage.codes import Need, Urgency

COUNT_NOTE = f'A count under {SMALL_CELL} is the string "{SUPPRESSED}" (small-cell suppression).'


class DayRead(BaseModel):
    day: date
    total: Count
    by_channel: dict[str, Count]


class FirstAnswerRead(BaseModel):
    answered: Count = Field(description="Contacts a staff member answered. " + COUNT_NOTE)
    median_seconds: float | None = Field(
        description=f"Median time to first answer; null under {SMALL_CELL} answered contacts."
    )
    p90_seconds: float | None = Field(
        description=f"90th percentile; null under {SMALL_CELL} answered contacts."
    )


class ReferralsRead(BaseModel):
    available: bool = Field(description="False until referrals are recorded: no figures then.")
    sent: Count | None = None
    accepted: Count | None = None


class StatsRead(BaseModel):
    """Contacts and their codes over a period. Every count is an integer of at least 10 or
    the string "<10"."""

    first_day: date = Field(alias="from")
    last_day: date = Field(alias="to")
    timezone: str
    total: Count
    by_channel: dict[str, Count]
    days: list[DayRead]
    urgency: dict[str, Count]
    needs: dict[str, Count]
    languages: dict[str, Count]
    first_answer: FirstAnswerRead
    abandoned: Count = Field(
        description="Contacts no staff member answered and that were "
        "closed, or whose caller is gone (silent 30 min). " + COUNT_NOTE
    )
    referrals: ReferralsRead

    model_config = {"populate_by_name": True, "serialize_by_alias": True}


def build(
    raw: RawCounts, *, period: Period, referrals: ReferralCounts | None, languages: tuple[str, ...]
) -> StatsRead:
    channels = [kind.value for kind in ChannelKind]
    days, by_channel = _contacts_table(raw, period=period, channels=channels)
    answer = raw.first_answer
    room = enough(answer.answered)
    language_codes = list(dict.fromkeys([*languages, *sorted(raw.languages)]))
    total = sum(raw.per_day.values())
    return StatsRead(
        first_day=period.first_day,
        last_day=period.last_day,
        timezone=period.zone.key,
        total=shown(total),
        by_channel=by_channel,
        days=days,
        urgency=shown_parts({u.value: raw.urgency.get(u.value, 0) for u in Urgency}, total),
        needs={n.value: shown(raw.needs.get(n.value, 0)) for n in Need},
        languages=shown_parts({code: raw.languages.get(code, 0) for code in language_codes}, total),
        first_answer=FirstAnswerRead(
            answered=shown(answer.answered),
            median_seconds=answer.median_seconds if room else None,
            p90_seconds=answer.p90_seconds if room else None,
        ),
        abandoned=shown(raw.abandoned),
        referrals=(
            ReferralsRead(available=False)
            if referrals is None
            else ReferralsRead(available=True, sent=shown(referrals.sent), accepted=shown(referrals.accepted))
        ),
    )


def _contacts_table(
    raw: RawCounts, *, period: Period, channels: list[str]
) -> tuple[list[DayRead], dict[str, Count]]:
    """The days (each with its channels and total) and the channels' totals, with the counts
    the others would give back hidden too (`day_table`)."""
    rows = [[raw.per_day.get((day, ch), 0) for ch in channels] for day in period.days()]
    rows = [[*row, sum(row)] for row in rows]
    table = [*rows, [sum(column) for column in zip(*rows, strict=True)]]
    hide = day_table.hidden(table)

    def cell(row: int, col: int) -> Count:
        return SUPPRESSED if (row, col) in hide else table[row][col]

    last = len(channels)
    days = [
        DayRead(day=day, total=cell(r, last), by_channel={ch: cell(r, c) for c, ch in enumerate(channels)})
        for r, day in enumerate(period.days())
    ]
    return days, {ch: cell(len(rows), c) for c, ch in enumerate(channels)}


def csv_rows(report: StatsRead) -> list[tuple[str, str, str, str]]:
    """`(section, key, channel, value)` rows of the CSV export: the same suppressed cells."""
    rows: list[tuple[str, str, str, str]] = [
        ("period", str(report.first_day), "", str(report.last_day)),
        ("timezone", report.timezone, "", ""),
        ("contacts", "total", "", str(report.total)),
    ]
    rows += [("contacts", "channel", ch, str(n)) for ch, n in report.by_channel.items()]
    for day in report.days:
        rows.append(("contacts_per_day", str(day.day), "", str(day.total)))
        rows += [("contacts_per_day", str(day.day), ch, str(n)) for ch, n in day.by_channel.items()]
    for section, counts in (
        ("urgency", report.urgency),
        ("needs", report.needs),
        ("languages", report.languages),
    ):
        rows += [(section, code, "", str(n)) for code, n in counts.items()]
    answer = report.first_answer
    rows += [
        ("first_answer", "answered", "", str(answer.answered)),
        ("first_answer", "median_seconds", "", _figure(answer.median_seconds)),
        ("first_answer", "p90_seconds", "", _figure(answer.p90_seconds)),
        ("abandoned", "total", "", str(report.abandoned)),
    ]
    referrals = report.referrals
    for key, value in (("sent", referrals.sent), ("accepted", referrals.accepted)):
        rows.append(("referrals", key, "", str(value) if referrals.available else "not available"))
    return rows


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"
