"""`GET /healthz` (the process is up) and `GET /readyz` (database reachable and current)."""

from __future__ import annotations

from typing import Literal

import sqlalchemy as sa
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from app.dependencies import ContextDep
from app.storage.migrations import DatabaseNotMigrated, ensure_current

router = APIRouter(tags=["health"])


class HealthRead(BaseModel):
    status: Literal["ok"] = "ok"


class ReadyRead(BaseModel):
    status: Literal["ready"] = "ready"
    listening: bool  # whether this process receives live events


class UnavailableRead(BaseModel):
    status: Literal["unavailable"] = "unavailable"
    reason: Literal["migrations_pending", "database_unreachable"]


@router.get("/healthz")
async def healthz() -> HealthRead:
    return HealthRead()


@router.get(
    "/readyz",
    response_model=ReadyRead,
    responses={503: {"model": UnavailableRead, "description": "Not ready"}},
)
async def readyz(context: ContextDep) -> JSONResponse:
    try:
        async with context.database.engine.connect() as connection:
            await connection.execute(sa.text("SELECT 1"))
        await ensure_current(context.database.engine)
    except DatabaseNotMigrated:
        return _unavailable(UnavailableRead(reason="migrations_pending"))
    except Exception:
        return _unavailable(UnavailableRead(reason="database_unreachable"))
    return JSONResponse(ReadyRead(listening=context.hub.listening.is_set()).model_dump())


def _unavailable(body: UnavailableRead) -> JSONResponse:
    return JSONResponse(body.model_dump(), status_code=503)
