"""Two-factor login for staff and partner workers: TOTP (RFC 6238, any authenticator app) with
one-time recovery codes. An account is a `User` (staff, `recovery_codes`) or a `PartnerUser`
(partner worker, `partner_recovery_codes`); each kind seals its secret under its own context,
since both number their accounts from 1.

The secret is sealed with the vault key; it is shown once, as a QR code drawn in SVG on
the server, while enrolment is pending, and never again once a code confirmed it.

A pending secret belongs to the login session that asked for it (`holder`, the session's id
hash, is in its sealing context): only that session confirms it, and while that session lives
no other session of the account replaces it. Otherwise someone holding the password in the
enrolment window replaced the secret the owner had just scanned with one of their own, between
the owner's scan and their first code, and took the enrolment over.
A pending secret stays the same for its session until a code confirms it or `PENDING_SECONDS`
pass (its end is sealed with it): each visit to the set-up page had made a new one, so a reload,
or a mistyped first code, showed another QR code and the one already scanned never worked.
Recovery codes are random (60 bits), shown once, and kept as SHA-256 only.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from datetime import datetime, timedelta
from typing import NamedTuple

import pyotp
import segno
import sqlalchemy as sa
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Conflict
from app.models import PartnerRecoveryCode, PartnerSession, PartnerUser, RecoveryCode, StaffSession, User
from app.models.base import utcnow
from app.security.sealing import SealBroken, seal, unseal

ISSUER = "Hotline"
PARTNER_ISSUER = "Hotline partner portal"
RECOVERY_CODES = 10
# Where two-factor login is required, how long after an admin creates an account, gives it a
# new password or resets its second factor the password alone may enrol an authenticator
# (GitLab's "grace period"). Later, someone who learnt the password cannot enrol their own.
ENROL_WINDOW = timedelta(hours=72)
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
# How long a pending secret is shown again to the session that asked for it (installing an
# authenticator app takes a while); after it, the set-up page makes a new one.
PENDING_SECONDS = 1800


Account = User | PartnerUser
Codes = type[RecoveryCode] | type[PartnerRecoveryCode]


def _context(user: Account) -> str:
    return f"partner-totp:{user.id}" if isinstance(user, PartnerUser) else f"totp:{user.id}"


def _codes(user: Account) -> Codes:
    """The table of the account's recovery codes."""
    return PartnerRecoveryCode if isinstance(user, PartnerUser) else RecoveryCode


def _secret(user: Account, key: bytes) -> str | None:
    return unseal(key, user.totp_sealed, context=_context(user)) if user.totp_sealed else None


def _pending_context(user: Account, holder: str) -> str:
    return f"{_context(user)}:pending:{holder}"


def _now() -> float:
    """The clock pending secrets expire by (epoch seconds)."""
    return time.time()


def _pending_secret(user: Account, key: bytes, holder: str) -> str | None:
    """The pending secret when the session `holder` asked for it and it has not expired; None
    otherwise. Sealed as `secret until` (epoch seconds); one sealed without an end (before
    `PENDING_SECONDS`) lasts as long as its session."""
    if user.totp_enabled or not user.totp_sealed:
        return None
    try:
        sealed = unseal(key, user.totp_sealed, context=_pending_context(user, holder))
    except SealBroken:
        return None
    secret, _, until = sealed.partition(" ")
    return None if until and float(until) <= _now() else secret


async def _live_sessions(session: AsyncSession, user: Account) -> list[str]:
    """The id hashes of the account's sessions that have not ended."""
    table, owner = (
        (PartnerSession, col(PartnerSession.partner_user_id))
        if isinstance(user, PartnerUser)
        else (StaffSession, col(StaffSession.user_id))
    )
    found = await session.exec(
        select(col(table.id_hash)).where(
            owner == user.id, col(table.revoked_at).is_(None), col(table.expires_at) > utcnow()
        )
    )
    return list(found.all())


def _normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isascii() and ch.isalnum())


def _hash(code: str) -> str:
    return hashlib.sha256(_normalise(code).encode()).hexdigest()


def qr_svg(uri: str) -> str:
    return str(segno.make(uri, error="m").svg_inline(scale=5, border=2, title="TOTP"))


class Enrolment(NamedTuple):
    """A pending secret as it is shown: the otpauth URI, its QR code (SVG), the key to type."""

    uri: str
    svg: str
    secret: str


async def begin(session: AsyncSession, *, user: Account, key: bytes, holder: str) -> Enrolment:
    """The pending secret of the login session `holder`: the one it already has, until it
    expires, else a new one. Refused once enabled, and while another live session of the
    account has one pending."""
    if user.totp_enabled:
        raise Conflict("two-factor login is already set up; it must be reset first")
    secret = _pending_secret(user, key, holder)
    if secret is None:
        await _refuse_if_pending_elsewhere(session, user=user, key=key, holder=holder)
        secret = pyotp.random_base32()
        until = int(_now()) + PENDING_SECONDS
        user.totp_sealed = seal(key, f"{secret} {until}", context=_pending_context(user, holder))
        session.add(user)
        await session.flush()
    issuer = PARTNER_ISSUER if isinstance(user, PartnerUser) else ISSUER
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=issuer)
    return Enrolment(uri, qr_svg(uri), secret)


def is_pending(user: Account, *, key: bytes, holder: str) -> bool:
    """Whether the session `holder` has a pending secret that has not expired."""
    return _pending_secret(user, key, holder) is not None


async def _refuse_if_pending_elsewhere(
    session: AsyncSession, *, user: Account, key: bytes, holder: str
) -> None:
    if user.totp_sealed:
        for other in await _live_sessions(session, user):
            if other != holder and _pending_secret(user, key, other) is not None:
                raise Conflict(
                    "two-factor enrolment is under way in another session of this account: "
                    "finish it there, or log out there first"
                )


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


async def confirm(
    session: AsyncSession, *, user: Account, key: bytes, code: str, holder: str
) -> list[str] | None:
    """Enable two-factor login with a first code, from the session that began the enrolment;
    the recovery codes, shown this once."""
    secret = _pending_secret(user, key, holder)
    if secret is None:
        raise Conflict("no pending two-factor enrolment")
    step = _matching_step(secret, _normalise(code), after=None, at=time.time())
    if step is None:
        return None
    user.totp_sealed = seal(key, secret, context=_context(user))
    user.totp_enabled, user.totp_last_step = True, step
    session.add(user)
    codes = [
        "-".join("".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(4)) for _ in range(3))
        for _ in range(RECOVERY_CODES)
    ]
    table = _codes(user)
    await session.execute(sa.delete(table).where(col(table.user_id) == user.id))
    assert user.id is not None
    session.add_all([table(user_id=user.id, code_hash=_hash(code)) for code in codes])
    await session.flush()
    return codes


async def verify(
    session: AsyncSession, *, user: Account, key: bytes, code: str, at: float | None = None
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
    table = _codes(user)
    spent = await session.execute(
        sa.update(table)
        .where(
            col(table.user_id) == user.id,
            col(table.code_hash) == _hash(normalised),
            col(table.used_at).is_(None),
        )
        .values(used_at=utcnow())
        .returning(col(table.id))
    )
    return spent.first() is not None


def may_enrol(user: Account, *, now: datetime) -> bool:
    """Whether a password alone may still enrol this account's first authenticator."""
    return user.totp_enrol_until is not None and now < user.totp_enrol_until


async def reset(session: AsyncSession, *, user: Account) -> None:
    """An admin's (or, for a partner worker, a supervisor's) reset: the user enrols again at the
    next login, within `ENROL_WINDOW`."""
    user.totp_sealed, user.totp_enabled, user.totp_last_step = None, False, None
    user.totp_enrol_until = utcnow() + ENROL_WINDOW
    session.add(user)
    table = _codes(user)
    await session.execute(sa.delete(table).where(col(table.user_id) == user.id))
    await session.flush()


async def unused_codes(session: AsyncSession, *, user_id: int) -> int:
    rows = await session.exec(
        select(RecoveryCode.id).where(
            col(RecoveryCode.user_id) == user_id, col(RecoveryCode.used_at).is_(None)
        )
    )
    return len(rows.all())
