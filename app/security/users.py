"""Creating staff accounts."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import Role, User
from app.models.base import utcnow
from app.security.passwords import hash_password

MIN_PASSWORD_LENGTH = 10


class WeakPassword(ValueError):
    pass


async def create_or_reset(
    session: AsyncSession, *, email: str, password: str, role: Role
) -> User:
    """Create the account, or set a new password and role if it exists."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    normalised = email.strip().casefold()
    password_hash = hash_password(password)
    await session.execute(
        insert(User)
        .values(email=normalised, password_hash=password_hash, role=role.value, active=True,
                created_at=utcnow())
        .on_conflict_do_update(
            index_elements=["email"],
            set_={"password_hash": password_hash, "role": role.value, "active": True},
        )
    )
    user = (await session.exec(select(User).where(col(User.email) == normalised))).one()
    return user
