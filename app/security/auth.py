"""Operator sessions: a signed, HttpOnly, SameSite=Strict cookie holding the user id."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import User
from app.security.passwords import verify_password

SESSION_COOKIE = "hotline_session"


@dataclass(frozen=True, slots=True)
class SessionData:
    user_id: int
    csrf: str


class SessionSigner:
    def __init__(self, secret: str, *, max_age_seconds: int) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="hotline.session")
        self.max_age_seconds = max_age_seconds

    def dumps(self, user_id: int) -> str:
        return self._serializer.dumps({"uid": user_id, "csrf": secrets.token_urlsafe(24)})

    def loads(self, cookie: str | None) -> SessionData | None:
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=self.max_age_seconds)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("uid"), int):
            return None
        return SessionData(user_id=data["uid"], csrf=str(data.get("csrf", "")))


async def authenticate(session: AsyncSession, *, email: str, password: str) -> User | None:
    user = (
        await session.exec(select(User).where(col(User.email) == email.strip().casefold()))
    ).first()
    valid = verify_password(user.password_hash if user else None, password)
    if user is None or not valid or not user.active:
        return None
    return user


async def active_user(session: AsyncSession, *, user_id: int) -> User | None:
    user = await session.get(User, user_id)
    if user is None or not user.active:
        return None
    return user
