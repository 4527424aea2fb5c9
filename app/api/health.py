"""`GET /healthz` (the process is up) and `GET /readyz` (database reachable and current)."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.dependencies import ContextDep
from app.storage.migrations import DatabaseNotMigrated, ensure_current

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(context: ContextDep) -> JSONResponse:
    try:
        async with context.database.engine.connect() as connection:
            await connection.execute(sa.text("SELECT 1"))
        await ensure_current(context.database.engine)
    except DatabaseNotMigrated:
        return JSONResponse({"status": "unavailable", "reason": "migrations_pending"}, 503)
    except Exception:
        return JSONResponse({"status": "unavailable", "reason": "database_unreachable"}, 503)
    return JSONResponse(
        {"status": "ready", "listening": context.hub.listening.is_set()}, 200
    )
