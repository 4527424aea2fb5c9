"""`/api/users/{id}/...`: an admin ends a user's sessions, resets their second factor or
deactivates them."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.dependencies import CurrentOperator, JsonOnly, SessionDep
from app.errors import Conflict, Forbidden, NotFound
from app.models import Role, User
from app.security import sessions, two_factor
from app.supervision import deactivation

router = APIRouter(prefix="/api/users", tags=["users"])
UserId = Annotated[int, Path(ge=1, le=2**31 - 1, description="A staff account's id.")]


async def _target(session: SessionDep, admin: User, user_id: int) -> User:
    if Role(admin.role) is not Role.admin:
        raise Forbidden("admins only")
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("no such user")
    return user


@router.post(
    "/{user_id}/sessions/revoke",
    status_code=204,
    dependencies=[JsonOnly],
    responses=documented(400, 401, 403, 404, 415, 422),
    openapi_extra=EMPTY_JSON_BODY,
)
async def revoke_sessions(user_id: UserId, session: SessionDep, admin: CurrentOperator) -> None:
    """Ends every session of the user at once, open console websockets included."""
    user = await _target(session, admin, user_id)
    assert user.id is not None
    await sessions.end_all(session, user_id=user.id)


@router.post(
    "/{user_id}/totp/reset",
    status_code=204,
    dependencies=[JsonOnly],
    responses=documented(400, 401, 403, 404, 415, 422),
    openapi_extra=EMPTY_JSON_BODY,
)
async def reset_totp(user_id: UserId, session: SessionDep, admin: CurrentOperator) -> None:
    """The user enrols a new authenticator at the next login; their sessions end."""
    user = await _target(session, admin, user_id)
    assert user.id is not None
    await two_factor.reset(session, user=user)
    await sessions.end_all(session, user_id=user.id)


class DeactivationRead(BaseModel):
    released: list[uuid.UUID] = Field(
        description="The open conversations they owned, now waiting again in the queue."
    )


@router.post(
    "/{user_id}/deactivate",
    dependencies=[JsonOnly],
    openapi_extra=EMPTY_JSON_BODY,
    responses=documented(400, 401, 403, 404, 409, 415, 422),
)
async def deactivate(user_id: UserId, session: SessionDep, admin: CurrentOperator) -> DeactivationRead:
    """The user can no longer log in; their sessions and console websockets end at once; their
    open conversations go back to the queue (audited, live). 409 for one's own account."""
    user = await _target(session, admin, user_id)
    if user.id == admin.id:
        raise Conflict("an administrator cannot deactivate their own account")
    return DeactivationRead(released=await deactivation.deactivate(session, user=user, actor_id=admin.id))
