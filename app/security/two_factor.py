"""Two-factor login for staff: TOTP (RFC 6238, any authenticator app) with one-time
recovery codes.

The secret is sealed with the vault key; it is shown once, as a QR code drawn in SVG on
the server, while enrolment is pending, and never again once a code confirmed it.
Recovery codes are random (60 bits), shown once, and kept as SHA-256 only.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from datetime import datetime, timedelta

import pyotp
import segno
import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Conflict
from app.models import RecoveryCode, User
from app.models.base import utcnow
from app.security.sealing import seal, unseal

ISSUER = "Hotline"
RECOVERY_CODES = 10
# Where two-factor login is required, how long after an admin creates an account, gives it a
# new password or resets its second factor the password alone may enrol an authenticator
# (GitLab's "grace period"). Later, someone who learnt the password cannot enrol their own.
ENROL_WINDOW = timedelta(hours=72)
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _context(user: User) -> str:
    return f"totp:{user.id}"


def _secret(user: User, key: bytes) -> str | None:
    return unseal(key, user.totp_sealed, context=_context(user)) if user.totp_sealed else None


def _normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isascii() and ch.isalnum())


def _hash(code: str) -> str:
    return hashlib.sha256(_normalise(code).encode()).hexdigest()


def qr_svg(uri: str) -> str:
    return str(segno.make(uri, error="m").svg_inline(scale=5, border=2, title="TOTP"))


async def begin(session: AsyncSession, *, user: User, key: bytes) -> tuple[str, str]:
    """A new pending secret: its otpauth URI and QR code (SVG). Refused once enabled."""
    if user.totp_enabled:
        raise Conflict("two-factor login is already set up; an admin can reset it")
    secret = pyotp.random_base32()
    user.totp_sealed = seal(key, secret, context=_context(user))
    session.add(user)
    await session.flush()
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)
    return uri, qr_svg(uri)


def _matching_step(secret: str, code: str, *, after: int | None, at: float) -> int | None:
    """The time step (30 s) whose code this is, within one step of now, not used before."""
    totp = pyotp.TOTP(secret)
    current = int(at) // totp.interval
    for step in (current - 1, current, current + 1):
        if after is not None and step <= after:
            continue
        if hmac.compare_digest(totp.generate_otp(step).encode(), code.encode()):
            return step
    return None


async def confirm(session: AsyncSession, *, user: User, key: bytes, code: str) -> list[str] | None:
    """Enable two-factor login with a first code; the recovery codes, shown this once."""
    secret = _secret(user, key)
    if user.totp_enabled or secret is None:
        raise Conflict("no pending two-factor enrolment")
    step = _matching_step(secret, _normalise(code), after=None, at=time.time())
    if step is None:
        return None
    user.totp_enabled, user.totp_last_step = True, step
    session.add(user)
    codes = [
        "-".join("".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(4)) for _ in range(3))
        for _ in range(RECOVERY_CODES)
    ]
    await session.execute(sa.delete(RecoveryCode).where(col(RecoveryCode.user_id) == user.id))
    assert user.id is not None
    session.add_all([RecoveryCode(user_id=user.id, code_hash=_hash(code)) for code in codes])
    await session.flush()
    return codes


async def verify(
    session: AsyncSession, *, user: User, key: bytes, code: str, at: float | None = None
) -> bool:
    """A current TOTP code (each used once) or an unused recovery code (then spent)."""
    secret = _secret(user, key)
    if not user.totp_enabled or secret is None or not code:
        return False
    normalised = _normalise(code)
    step = _matching_step(secret, normalised, after=user.totp_last_step, at=time.time() if at is None else at)
    if step is not None:
        user.totp_last_step = step
        session.add(user)
        await session.flush()
        return True
    spent = await session.execute(
        sa.update(RecoveryCode)
        .where(
            col(RecoveryCode.user_id) == user.id,
            col(RecoveryCode.code_hash) == _hash(normalised),
            col(RecoveryCode.used_at).is_(None),
        )
        .values(used_at=utcnow())
        .returning(col(RecoveryCode.id))
    )
    return spent.first() is not None


def may_enrol(user: User, *, now: datetime) -> bool:
    """Whether a password alone may still enrol this account's first authenticator."""
    return user.totp_enrol_until is not None and now < user.totp_enrol_until


async def reset(session: AsyncSession, *, user: User) -> None:
    """An admin's reset: the user enrols again at the next login, within `ENROL_WINDOW`."""
    user.totp_sealed, user.totp_enabled, user.totp_last_step = None, False, None
    user.totp_enrol_until = utcnow() + ENROL_WINDOW
    session.add(user)
    await session.execute(sa.delete(RecoveryCode).where(col(RecoveryCode.user_id) == user.id))
    await session.flush()


async def unused_codes(session: AsyncSession, *, user_id: int) -> int:
    rows = await session.exec(
        select(RecoveryCode.id).where(
            col(RecoveryCode.user_id) == user_id, col(RecoveryCode.used_at).is_(None)
        )
    )
    return len(rows.all())
