"""`GET /metrics`: the line's state for Prometheus (or any scraper of its text format).

Off unless `HOTLINE_METRICS_TOKEN` is set (404, as for any unknown path); then the scraper
sends it as `Authorization: Bearer <token>` (401 otherwise). Counts only, no personal data
(`app.monitoring.line_state`), plus this process's CPU, memory and open files.
"""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, ProcessCollector, generate_latest

from app.dependencies import ContextDep
from app.errors import NotFound, Unauthorized
from app.models.base import utcnow
from app.monitoring import line_state

router = APIRouter(tags=["monitoring"])


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request, context: ContextDep) -> Response:
    expected = context.settings.metrics_token
    if expected is None:
        raise NotFound("Not Found")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(
        given.strip().encode(), expected.get_secret_value().encode()
    ):
        raise Unauthorized("a bearer token is required")
    async with context.database.sessions() as session:
        state = await line_state.read(session, now=utcnow())
    registry = CollectorRegistry(auto_describe=False)
    registry.register(line_state.LineStateCollector(state))
    ProcessCollector(registry=registry)
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
