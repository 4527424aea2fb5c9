"""`/api/stats` and `/api/stats.csv`: contacts, urgency, needs, languages, time to first
answer, abandoned contacts and referrals over a period (supervisors and administrators).

Counts and codes only, never a text; every count under 10 is "<10". A report covers one
calendar month (`period.one_month`): reports never overlap, so none can be subtracted from
another to single out one contact.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from app.api.error_responses import documented
from app.dependencies import ContextDep, CurrentSupervisor, SessionDep
from app.models.base import utcnow
from app.security import audit
from app.statistics import period as periods
from app.statistics import service
from app.statistics.report import StatsRead

STATS_EXPORT = "stats.export"  # audit action

router = APIRouter(prefix="/api", tags=["statistics"], responses=documented(401, 403, 422))

FromDay = Annotated[
    date | None,
    Query(
        alias="from",
        description="The first day (YYYY-MM-DD) of "
        "the calendar month reported, in the hotline's zone; "
        "default: the month of `to`, else the current month.",
    ),
]
ToDay = Annotated[
    date | None,
    Query(alias="to", description="The last day of the same month (included); 422 for any other day."),
]


async def report_for(
    session: SessionDep, context: ContextDep, first: date | None, last: date | None
) -> StatsRead:
    now = utcnow()
    period = periods.one_month(first, last, zone=context.settings.zone, now=now)
    return await service.compile_report(
        session, period=period, now=now, languages=tuple(context.settings.languages)
    )


@router.get("/stats")
async def get_stats(
    session: SessionDep,
    context: ContextDep,
    _: CurrentSupervisor,
    first: FromDay = None,
    last: ToDay = None,
) -> StatsRead:
    return await report_for(session, context, first, last)


@router.get(
    "/stats.csv",
    response_class=Response,
    responses={
        200: {
            "description": "The same counts as CSV",
            "content": {
                "text/csv": {
                    "schema": {
                        "type": "string",
                        "description": 'Rows of section,key,channel,value; a count under 10 is "<10"',
                    }
                }
            },
        }
    },
)
async def get_stats_csv(
    session: SessionDep,
    context: ContextDep,
    user: CurrentSupervisor,
    first: FromDay = None,
    last: ToDay = None,
) -> Response:
    """Columns section, key, channel, value; the same suppressed cells as `/api/stats`. Each
    export is written to the audit log (who, which days)."""
    stats = await report_for(session, context, first, last)
    await audit.record(
        session,
        action=STATS_EXPORT,
        actor_id=user.id,
        subject_type="statistics",
        detail={"from": str(stats.first_day), "to": str(stats.last_day), "format": "csv"},
    )
    name = f"hotline-stats-{stats.first_day}-{stats.last_day}.csv"
    return Response(
        service.to_csv(stats),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
