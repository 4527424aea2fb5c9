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
from app.security.passwords import upgraded_hash_async, verify_password_async

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
    session_id: str | None = None  # the session it opened (outcome ok), for the cookie


async def attempt(
    context: AppContext, *, email: str, password: str, code: str | None, client: str | None
) -> Attempt:
    """One login, once it is one of `context.logins`."""
    async with context.logins:
        return await _attempt(context, email=email, password=password, code=code, client=client)


async def _attempt(
    context: AppContext, *, email: str, password: str, code: str | None, client: str | None
) -> Attempt:
    """One login: counted before it is checked (`login_throttle.claim`), the password checked
    with no database connection held (argon2 waits its turn in a small pool: sixty logins sent
    together held twenty connections while they waited, and chats and webhooks had none), and
    one connection at a time."""
    secret = context.settings.secret_key.get_secret_value().encode()
    keys = [
        (login_throttle.key(secret, "account", auth.email_key(email)), login_throttle.ACCOUNT),
        (login_throttle.client_key(secret, client), login_throttle.CLIENT),
    ]
    async with context.database.transaction() as session:
        wait = await login_throttle.claim(session, keys=keys, now=utcnow())
        known = None if wait is not None else await auth.find_user(session, email=email)
    if wait is not None:
        # Counted (login_throttle), not audited: the audit log can never be trimmed and its writers
        # share one lock, and an attempt refused unchecked tells nothing the checked ones before it
        # did not (a stranger's 1,000 logins wrote 1,000 permanent entries, 997 of them unchecked).
        return Attempt(Outcome.throttled, retry_after=wait)
    valid = await verify_password_async(known.password_hash if known else None, password)
    if known is None or not valid or not known.active:
        await _audit_failure(context, email=email, outcome=Outcome.invalid)
        return Attempt(Outcome.invalid)
    # A hash made with other argon2 parameters is made again now, while the password is at hand
    # (no connection held), and stored with the login under the user's lock.
    upgraded = await upgraded_hash_async(known.password_hash, password)
    async with context.database.transaction() as session:
        found = await _second_step(
            context,
            session,
            user_id=known.id,
            verified_hash=known.password_hash,
            upgraded=upgraded,
            code=code,
            keys=keys,
        )
    if found.outcome is Outcome.invalid:
        await _audit_failure(context, email=email, outcome=Outcome.invalid)
    return found


async def _second_step(
    context: AppContext,
    session: AsyncSession,
    *,
    user_id: int | None,
    verified_hash: str | None,
    upgraded: str | None,
    code: str | None,
    keys: list[tuple[str, login_throttle.Policy]],
) -> Attempt:
    """After the right password: the second factor (the user row locked, so one code cannot
    open two sessions), the enrolment window, the counts given back or cleared, and the session,
    started under the same lock. A password changed (or a second factor reset) while argon2
    checked the old one refuses the login; one changed after it waits for the lock and ends the
    session with the others (before, the session opened in a later transaction and outlived it)."""
    user = await session.get(User, user_id, with_for_update=True, populate_existing=True)
    (account, _), (client_key, _) = keys
    if user is None or not user.active or user.password_hash != verified_hash:
        return Attempt(Outcome.invalid)
    if upgraded is not None:  # the password matched: its hash moves to the current parameters
        user.password_hash = upgraded  # the row is in the session: written at its commit
    if user.totp_enabled:
        if not code:
            await login_throttle.release(session, key=account)
            await login_throttle.release(session, key=client_key)
            return Attempt(Outcome.code_required)
        if not await two_factor.verify(session, user=user, key=context.keys.vault_key, code=code):
            return Attempt(Outcome.invalid)
    # The counters are written in the order `claim` counts them (account, then client): a claim
    # for the same account and address running meanwhile could deadlock with the other order
    # (seen with the partner code step, which had it too).
    enrol = context.settings.totp_required and not user.totp_enabled
    if enrol and not two_factor.may_enrol(user, now=utcnow()):
        await login_throttle.release(session, key=account)
        await login_throttle.release(session, key=client_key)
        await audit.record(
            session,
            action=LOGIN_FAILED,
            actor_id=user.id,
            subject_type="user",
            subject_id=str(user.id),
            detail={"outcome": Outcome.enrolment_expired.value},
        )
        return Attempt(Outcome.enrolment_expired)
    stage = sessions.ENROL if enrol else sessions.FULL
    await login_throttle.clear(session, key=account)
    await login_throttle.release(session, key=client_key)
    await audit.record(
        session,
        action=LOGIN,
        actor_id=user.id,
        subject_type="user",
        subject_id=str(user.id),
        detail={"stage": stage},
    )
    assert user.id is not None
    session_id = await sessions.start(
        session, user_id=user.id, max_age_seconds=context.signer.max_age_seconds, stage=stage
    )
    return Attempt(Outcome.ok, user=user, stage=stage, session_id=session_id)


async def _audit_failure(context: AppContext, *, email: str, outcome: Outcome) -> None:
    """Audit a refused attempt (already counted): the account's user id when the e-mail names
    one, never the e-mail itself."""
    async with context.database.transaction() as session:
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
    """Before a staff password change: `check_current` with the account's login counter."""
    secret = context.settings.secret_key.get_secret_value().encode()
    account = login_throttle.key(secret, "account", auth.email_key(user.email))
    return await check_current(
        context, session, account=account, password_hash=user.password_hash, password=password
    )


async def check_current(
    context: AppContext, session: AsyncSession, *, account: str, password_hash: str | None, password: str
) -> int | None:
    """Before a password change (staff or partner worker): None when `password` matches
    `password_hash`; the seconds to wait while the `account` login counter is throttled;
    `Unauthorized` for a wrong one, counted as a failed login. The request's session is committed
    first, so it gives its connection back to the pool while argon2 waits its turn (and while the
    new password is hashed after it)."""
    now = utcnow()
    wait = await login_throttle.retry_after(session, keys=[account], now=now)
    if wait is not None:
        return wait
    await session.commit()  # no connection held while argon2 works, nor while the new hash is made
    if await verify_password_async(password_hash, password):
        return None
    async with context.database.transaction() as counting:  # counted though the request fails
        await login_throttle.record_failure(counting, key=account, policy=login_throttle.ACCOUNT, now=now)
    raise Unauthorized("current password does not match")
