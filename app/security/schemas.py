"""Read models of staff accounts."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from app.models import Role, User


class UserRead(BaseModel):
    """The logged-in staff member, as `/api/auth/login` and `/api/auth/me` return them."""

    model_config = ConfigDict(frozen=True)

    id: int
    email: str
    role: Role
    totp_enabled: bool = False


def read_user(user: User) -> UserRead:
    return UserRead.model_validate(
        {"id": user.id, "email": user.email, "role": user.role, "totp_enabled": user.totp_enabled}
    )
