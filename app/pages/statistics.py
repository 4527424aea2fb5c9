"""`/console/stats`: statistics for supervisors (counts and codes only; small cells "<10"),
one calendar month at a time (`?month=YYYY-MM`, or `from` and `to` as the API takes them)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from app.dependencies import ContextDep, SessionDep, read_login
from app.errors import FieldRefused
from app.models.base import utcnow
from app.pages.responses import page
from app.statistics import period as periods
from app.statistics import service
from app.supervision import access

router = APIRouter(include_in_schema=False)


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FieldRefused("query.from", "dates are YYYY-MM-DD") from None


def _month(value: str | None) -> date | None:
    """The first day of a `YYYY-MM` month."""
    return _day(f"{value[:7]}-01") if value else None


@router.get("/console/stats")
async def stats_page(
    request: Request,
    session: SessionDep,
    context: ContextDep,
) -> Response:
    found = await read_login(request, session)
    if found is None:
        return RedirectResponse("/console/login?next=/console/stats", status_code=303)
    data, user = found
    access.require_supervisor(user)
    now = utcnow()
    error = None
    try:
        month = _month(request.query_params.get("month"))
        period = periods.one_month(
            month or _day(request.query_params.get("from")),
            None if month else _day(request.query_params.get("to")),
            zone=context.settings.zone,
            now=now,
        )
    except FieldRefused as refused:
        error = refused.message
        period = periods.one_month(None, None, zone=context.settings.zone, now=now)
    stats = await service.compile_report(
        session, period=period, now=now, languages=tuple(context.settings.languages)
    )
    return page(
        request,
        "console/stats.html",
        status_code=422 if error else 200,
        user={"email": user.email, "role": user.role, "supervises": True},
        csrf_token=data.csrf,
        stats=stats,
        error=error,
        csv_query=f"from={period.first_day}&to={period.last_day}",
        month=f"{period.first_day:%Y-%m}",
    )
