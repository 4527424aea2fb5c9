"""`/api/users/{id}/...`: an admin ends a user's sessions or resets their second factor."""

from __future__ import annotations

from fastapi import APIRouter

from app.api.error_responses import EMPTY_JSON_BODY, documented
from app.dependencies import CurrentOperator, JsonOnly, SessionDep
from app.errors import Forbidden, NotFound
from app.models import Role, User
from app.security import sessions, two_factor

router = APIRouter(prefix="/api/users", tags=["users"])


async def _target(session: SessionDep, admin: User, user_id: int) -> User:
    if Role(admin.role) is not Role.admin:
        raise Forbidden("admins only")
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("no such user")
    return user


@router.post("/{user_id}/sessions/revoke", status_code=204, dependencies=[JsonOnly],
             responses=documented(400, 401, 403, 404, 415, 422), openapi_extra=EMPTY_JSON_BODY)
async def revoke_sessions(user_id: int, session: SessionDep, admin: CurrentOperator) -> None:
    """Ends every session of the user at once, open console websockets included."""
    user = await _target(session, admin, user_id)
    assert user.id is not None
    await sessions.end_all(session, user_id=user.id)


@router.post("/{user_id}/totp/reset", status_code=204, dependencies=[JsonOnly],
             responses=documented(400, 401, 403, 404, 415, 422), openapi_extra=EMPTY_JSON_BODY)
async def reset_totp(user_id: int, session: SessionDep, admin: CurrentOperator) -> None:
    """The user enrols a new authenticator at the next login; their sessions end."""
    user = await _target(session, admin, user_id)
    assert user.id is not None
    await two_factor.reset(session, user=user)
    await sessions.end_all(session, user_id=user.id)
