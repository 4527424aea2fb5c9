"""tests/route_contexts.py: apps built in one test process share FastAPI's serving state for the
module-level routers only, and nothing sets the dependency overrides that state would ignore."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi import routing as fastapi_routing

from app.main import create_app
from app.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
# The private FastAPI hook tests/route_contexts.py uses; without it the sharing is off (slower tests).
HOOKED = hasattr(fastapi_routing, "_EffectiveRouteContext") and hasattr(fastapi_routing, "_IncludedRouter")
needs_hook = pytest.mark.skipif(not HOOKED, reason="no FastAPI hook: sharing off")
SOURCES = ("app", "channels", "directory", "web", "tests")


def _new_app() -> FastAPI:
    return create_app(Settings(env="test"), database_url="postgresql+asyncpg://unused/unused")


def _contexts(app: FastAPI) -> dict[str, object]:
    """The serving state each route path has in `app` once a request has walked every router."""

    async def walk() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            assert (await client.get("/no/such/page")).status_code == 404

    asyncio.run(walk())
    found: dict[str, object] = {}
    for route in app.router.routes:
        if isinstance(route, fastapi_routing._IncludedRouter):
            for candidate in route.effective_candidates():
                if isinstance(candidate, fastapi_routing._EffectiveRouteContext):
                    path = getattr(candidate.original_route, "path", "")
                    methods = sorted(getattr(candidate.original_route, "methods", None) or ())
                    found[f"{' '.join(methods)} {path}"] = candidate
    return found


@needs_hook
def test_module_level_routes_are_shared_and_per_app_routes_are_not() -> None:
    first, second = _contexts(_new_app()), _contexts(_new_app())
    assert first.keys() == second.keys()
    assert first["POST /api/auth/login"] is second["POST /api/auth/login"]  # app/api/auth.py's router
    # The channel adapters' routers are built for each app, around that app's channel core.
    assert first["POST /channels/twilio/sms"] is not second["POST /channels/twilio/sms"]


def test_no_code_sets_dependency_overrides() -> None:
    setting = re.compile(r"dependency_overrides\s*(\[|\.update|=(?!=))")
    offenders = [
        str(path.relative_to(ROOT))
        for folder in SOURCES
        for path in (ROOT / folder).rglob("*.py")
        if setting.search(path.read_text())
    ]
    assert offenders == []
