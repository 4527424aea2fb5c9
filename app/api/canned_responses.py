"""`GET`/`PUT /api/canned-responses`: prepared answers and safety scripts per language."""

from __future__ import annotations

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from app.api.error_responses import documented
from app.conversations import canned_responses
from app.conversations.canned_responses import CannedResponseItem, CannedResponseText
from app.dependencies import CurrentOperator, JsonOnly, SessionDep
from app.errors import Conflict

router = APIRouter(
    prefix="/api/canned-responses", tags=["canned responses"], responses=documented(400, 401, 415, 422)
)


class CannedResponsesUpdate(BaseModel):
    """One language's canned responses, in the order the console lists them."""

    model_config = ConfigDict(extra="forbid")

    language: str = Field(pattern=r"^[a-z]{2,3}$")
    responses: list[CannedResponseText] = Field(max_length=canned_responses.MAX_PER_LANGUAGE)


@router.get("")
async def list_all(
    session: SessionDep,
    _: CurrentOperator,
    language: str | None = Query(default=None, pattern=r"^[a-z]{2,3}$"),
) -> list[CannedResponseItem]:
    """Safety scripts first, then in the editor's order; `?language=fr` for one language."""
    return await canned_responses.listed(session, language=language)


@router.put("", dependencies=[JsonOnly], responses=documented(403, 409, 415))
async def replace_all(
    body: CannedResponsesUpdate,
    session: SessionDep,
    user: CurrentOperator,
) -> list[CannedResponseItem]:
    """Replaces one language's set (supervisors and admins): `{"language", "responses"}`."""
    keys = [entry.key for entry in body.responses]
    if len(set(keys)) != len(keys):
        raise Conflict("a key appears twice")
    return await canned_responses.replace_language(
        session, language=body.language, items=body.responses, editor=user
    )
