"""One login attempt: throttle, password (off the event loop), second factor.

Throttle counters are written in their own short transactions, so a refused attempt is
counted even though the request that made it fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlmodel.ext.asyncio.session import AsyncSession

from app.context import AppContext
from app.errors import Unauthorized
from app.models import User
from app.models.base import utcnow
from app.security import audit, auth, login_throttle, sessions, two_factor
from app.security.passwords import verify_password_async

# Audit actions (app.security.audit).
LOGIN = "login"
LOGIN_FAILED = "login.failed"


class Outcome(StrEnum):
    ok = "ok"
    invalid = "invalid"
    code_required = "code_required"
    throttled = "throttled"
    enrolment_expired = "enrolment_expired"  # two-factor required, not set up, window closed


@dataclass(frozen=True, slots=True)
class Attempt:
    outcome: Outcome
    user: User | None = None
    stage: str = sessions.FULL
    retry_after: int = 0


async def attempt(
    context: AppContext, *, email: str, password: str, code: str | None, client: str | None
) -> Attempt:
    secret = context.settings.secret_key.get_secret_value().encode()
    account = login_throttle.key(secret, "account", auth.email_key(email))
    client_key = login_throttle.key(secret, "client", client or "unknown")
    now = utcnow()
    async with context.database.transaction() as session:
        wait = await login_throttle.retry_after(session, keys=[account, client_key], now=now)
        if wait is not None:
            await _count_failure(context, account, client_key, email=email, outcome=Outcome.throttled)
            return Attempt(Outcome.throttled, retry_after=wait)
        user = await auth.authenticate(session, email=email, password=password)
        if user is not None and user.totp_enabled:
            if not code:
                return Attempt(Outcome.code_required)
            if not await two_factor.verify(session, user=user, key=context.keys.vault_key, code=code):
                user = None
        enrol = user is not None and context.settings.totp_required and not user.totp_enabled
        if user is not None and enrol and not two_factor.may_enrol(user, now=now):
            await audit.record(
                session,
                action=LOGIN_FAILED,
                actor_id=user.id,
                subject_type="user",
                subject_id=str(user.id),
                detail={"outcome": Outcome.enrolment_expired.value},
            )
            return Attempt(Outcome.enrolment_expired)
        if user is not None:
            stage = sessions.ENROL if enrol else sessions.FULL
            await login_throttle.clear(session, key=account)
            await audit.record(
                session,
                action=LOGIN,
                actor_id=user.id,
                subject_type="user",
                subject_id=str(user.id),
                detail={"stage": stage},
            )
    if user is None:
        await _count_failure(context, account, client_key, email=email, outcome=Outcome.invalid)
        return Attempt(Outcome.invalid)
    return Attempt(Outcome.ok, user=user, stage=stage)


async def _count_failure(
    context: AppContext, account: str, client_key: str, *, email: str, outcome: Outcome
) -> None:
    """Count a refused attempt and audit it: the account's user id when the e-mail names one,
    never the e-mail itself."""
    now = utcnow()
    async with context.database.transaction() as session:
        await login_throttle.record_failure(session, key=account, policy=login_throttle.ACCOUNT, now=now)
        await login_throttle.record_failure(session, key=client_key, policy=login_throttle.CLIENT, now=now)
        known = await auth.find_user(session, email=email)
        user_id = known.id if known is not None else None
        await audit.record(
            session,
            action=LOGIN_FAILED,
            actor_id=user_id,
            subject_type="user",
            subject_id=None if user_id is None else str(user_id),
            detail={"outcome": outcome.value},
        )


async def check_current_password(
    context: AppContext, session: AsyncSession, *, user: User, password: str
) -> int | None:
    """Before a password change: None when `password` is the user's; the seconds to wait while
    the account is throttled; `Unauthorized` for a wrong one, counted as a failed login."""
    secret = context.settings.secret_key.get_secret_value().encode()
    account = login_throttle.key(secret, "account", auth.email_key(user.email))
    now = utcnow()
    wait = await login_throttle.retry_after(session, keys=[account], now=now)
    if wait is not None:
        return wait
    if await verify_password_async(user.password_hash, password):
        return None
    async with context.database.transaction() as counting:  # counted though the request fails
        await login_throttle.record_failure(counting, key=account, policy=login_throttle.ACCOUNT, now=now)
    raise Unauthorized("current password does not match")
