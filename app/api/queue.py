"""`/api/queue/held/...`: flood control's held web chats, released or closed together."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.conversations import flood
from app.dependencies import CurrentOperator, JsonOnly, SessionDep
from app.errors import Forbidden
from app.models import Role
from app.security import audit

router = APIRouter(prefix="/api/queue", tags=["conversations"], responses=documented(401, 422))

SUPERVISORS = (Role.supervisor, Role.admin)


class HeldChanged(BaseModel):
    count: int
    held: int


@router.post(
    "/held/release", dependencies=[JsonOnly], responses=documented(400, 415), openapi_extra=EMPTY_JSON_BODY
)
async def release_held(session: SessionDep, user: CurrentOperator) -> HeldChanged:
    """Every held web chat goes into the queue, in the order it came (audited)."""
    released = await flood.release_held(session)
    await audit.record(
        session,
        action="queue.held_released",
        actor_id=user.id,
        subject_type="queue",
        detail={"count": released},
    )
    return HeldChanged(count=released, held=await flood.held_count(session))


@router.post(
    "/held/close", dependencies=[JsonOnly], responses=documented(400, 403, 415), openapi_extra=EMPTY_JSON_BODY
)
async def close_held(session: SessionDep, user: CurrentOperator) -> HeldChanged:
    """A supervisor closes every held web chat at once (a flood of junk; audited)."""
    if Role(user.role) not in SUPERVISORS:
        raise Forbidden("supervisors only")
    closed = await flood.close_held(session, operator=user)
    await audit.record(
        session,
        action="queue.held_closed",
        actor_id=user.id,
        subject_type="queue",
        detail={"count": len(closed)},
    )
    return HeldChanged(count=len(closed), held=await flood.held_count(session))
