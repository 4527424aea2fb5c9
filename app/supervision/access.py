"""Who supervises, and who may read a supervisor's whispers."""

from __future__ import annotations

from app.errors import Forbidden
from app.models import Role, User

SUPERVISING_ROLES = frozenset({Role.supervisor, Role.admin})


def supervises(user: User) -> bool:
    """Supervisors and administrators watch the room, whisper, reassign and read statistics."""
    return user.active and Role(user.role) in SUPERVISING_ROLES


def require_supervisor(user: User) -> User:
    if not supervises(user):
        raise Forbidden("supervisors only")
    return user


def may_read_whispers(user: User, *, owner_id: int | None) -> bool:
    """A whisper is for the operator who owns the conversation and for supervisors, nobody else
    (never the caller: their channels never read whispers)."""
    if not user.active:
        return False
    return supervises(user) or (user.id is not None and user.id == owner_id)
