"""`GET`/`PUT /api/canned-responses`: prepared answers and safety scripts per language."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Query

from app.api.error_responses import documented
from app.conversations import canned_responses
from app.conversations.canned_responses import CannedResponseItem
from app.dependencies import CurrentOperator, JsonOnly, SessionDep
from app.errors import FieldRefused

router = APIRouter(prefix="/api/canned-responses", tags=["canned responses"],
                   responses=documented(401, 422))


@router.get("")
async def list_all(
    session: SessionDep, _: CurrentOperator,
    language: str | None = Query(default=None, pattern=r"^[a-z]{2,3}$"),
) -> list[CannedResponseItem]:
    """Safety scripts first, then in the editor's order; `?language=fr` for one language."""
    return await canned_responses.listed(session, language=language)


@router.put("", dependencies=[JsonOnly], responses=documented(403, 415))
async def replace_all(
    items: Annotated[list[CannedResponseItem], Body(max_length=500)],
    session: SessionDep, user: CurrentOperator,
) -> list[CannedResponseItem]:
    """The whole set replaces the old one (supervisors and admins)."""
    seen: set[tuple[str, str]] = set()
    for entry in items:
        if (entry.key, entry.language) in seen:
            raise FieldRefused("body", f"{entry.key} ({entry.language}) appears twice")
        seen.add((entry.key, entry.language))
    return await canned_responses.replace_all(session, items=items, editor=user)
