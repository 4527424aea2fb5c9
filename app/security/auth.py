"""Operator logins: the signed cookie that carries a session id, and password checks.

The session itself lives in the database (`app.security.sessions`); the cookie only names
it, signed so a forged or truncated cookie is refused before any lookup.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models import User
from app.security.passwords import verify_password_async

SESSION_COOKIE = "hotline_session"
# A cookie named `__Host-...` is kept by the browser only when this very host set it, `Secure`,
# for path / and with no domain: a page on a sibling host of the same site (`evil.example.org`)
# cannot plant one for `example.org` (cookie tossing). A planted `hotline_session` naming the
# stranger's own session, sent after the operator's own, was the one the server read: the
# operator went on working logged in to the stranger's account. Over https only
# (`Settings.secure_cookies`): a browser keeps `Secure` cookies from https pages (and localhost) alone.
HOST_ONLY_PREFIX = "__Host-"


def session_cookie_name(*, secure: bool) -> str:
    """The staff session cookie's name: `__Host-hotline_session` over https."""
    return HOST_ONLY_PREFIX + SESSION_COOKIE if secure else SESSION_COOKIE


def email_key(email: str) -> str:
    """The form an e-mail is stored, looked up and throttled in: compatibility characters folded
    (fullwidth `ａｄｍｉｎ` is `admin`, `ﬁ` is `fi`), surrounding space and case ignored. Every
    spelling of one address is one account and one login counter, never a second of either."""
    return unicodedata.normalize("NFKC", email).strip().casefold()


@dataclass(frozen=True, slots=True)
class SessionData:
    user_id: int
    csrf: str
    stage: str
    id_hash: str


class SessionSigner:
    def __init__(self, secret: str, *, max_age_seconds: int) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="hotline.session")
        self.max_age_seconds = max_age_seconds

    def dumps(self, session_id: str) -> str:
        return self._serializer.dumps({"sid": session_id})

    def loads(self, cookie: str | None) -> str | None:
        """The session id a cookie names, if its signature holds and it is not too old."""
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=self.max_age_seconds)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("sid"), str):
            return None
        return str(data["sid"])


async def find_user(session: AsyncSession, *, email: str) -> User | None:
    if "\x00" in email:  # no e-mail holds one (PostgreSQL text cannot): not a database error
        return None
    return (await session.exec(select(User).where(col(User.email) == email_key(email)))).first()


async def authenticate(session: AsyncSession, *, email: str, password: str) -> User | None:
    user = await find_user(session, email=email)
    valid = await verify_password_async(user.password_hash if user else None, password)
    if user is None or not valid or not user.active:
        return None
    return user


async def active_user(session: AsyncSession, *, user_id: int) -> User | None:
    user = await session.get(User, user_id)
    if user is None or not user.active:
        return None
    return user
