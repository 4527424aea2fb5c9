"""Two-factor login for partner workers, with the staff's mechanism (`app.security.two_factor`):
after the right password, a worker with an authenticator gets a `code` session that opens only
the code page, and one without it, where two-factor login is required and the enrolment window
is open, an `enrol` session that opens only the enrolment page. Portal pages take full sessions
only (`partner_accounts.resolve`), so the half-logged-in cookie reaches nothing else. A code is
counted as a password is (`login_throttle`, the worker's and the client's counters).

`HOTLINE_REQUIRE_TOTP` governs partner workers as it does staff: whoever reads a caller's facts
needs the second factor where the hotline requires it for its own operators."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from app.context import AppContext
from app.errors import NotFound
from app.models import PartnerSession, PartnerUser
from app.models.base import utcnow
from app.referrals import partner_accounts, partner_login_audit
from app.security import audit, login_throttle, two_factor

CODE = "code"  # password given, the code still to give
ENROL = "enrol"  # password given, an authenticator to set up first
CODE_SECONDS = 300  # how long a `code` session waits for the code
ENROL_SECONDS = 1800  # how long an `enrol` session lasts (installing an app takes a while)
RESET_ACTION = "partner_user.two_factor_reset"  # audit action


class Refused(StrEnum):
    enrolment_expired = "enrolment_expired"  # required, not set up, the window closed


def after_password(*, enabled: bool, required: bool, may_enrol: bool) -> str | Refused:
    """The session stage a worker gets once their password matched, or why they get none."""
    if enabled:
        return CODE
    if not required:
        return partner_accounts.FULL
    return ENROL if may_enrol else Refused.enrolment_expired


def stage_for(user: PartnerUser, *, required: bool, now: datetime) -> str | Refused:
    return after_password(
        enabled=user.totp_enabled, required=required, may_enrol=two_factor.may_enrol(user, now=now)
    )


def stage_seconds(stage: str, *, full_seconds: int) -> int:
    return {CODE: CODE_SECONDS, ENROL: ENROL_SECONDS}.get(stage, full_seconds)


class CodeOutcome(StrEnum):
    ok = "ok"
    invalid = "invalid"
    throttled = "throttled"


@dataclass(frozen=True, slots=True)
class CodeResult:
    outcome: CodeOutcome
    session_id: str | None = None  # the full session's, once the code matched
    retry_after: int = 0


async def check_code(
    context: AppContext, *, half: PartnerSession, code: str, client: str | None
) -> CodeResult:
    """The second step: counted before it is checked (as the password was), the worker's row
    locked so one code cannot open two sessions; a match ends the `code` session and starts a
    full one (a new id: the half-logged-in cookie is worth nothing afterwards)."""
    secret = context.settings.secret_key.get_secret_value().encode()
    client_key = login_throttle.client_key(secret, client)
    async with context.database.transaction() as session:
        user = await session.get(PartnerUser, half.partner_user_id)
        if user is None:
            return CodeResult(CodeOutcome.invalid)
        account = partner_accounts.throttle_key(secret, email=user.email)
        keys = [(account, login_throttle.ACCOUNT), (client_key, login_throttle.CLIENT)]
        wait = await login_throttle.claim(session, keys=keys, now=utcnow())
    if wait is not None:  # refused unchecked: counted, not audited (as a password attempt)
        return CodeResult(CodeOutcome.throttled, retry_after=wait)
    async with context.database.transaction() as session:
        user = await session.get(
            PartnerUser, half.partner_user_id, with_for_update=True, populate_existing=True
        )
        key = context.keys.vault_key
        matched = user is not None and await two_factor.verify(session, user=user, key=key, code=code[:32])
        # In `claim`'s order (the account's counter, then the client's): a claim of another
        # request waits here instead of deadlocking with this one.
        session_id = None
        if matched:
            await login_throttle.clear(session, key=account)
            await login_throttle.release(session, key=client_key)
            session_id = await promote(session, half=half, max_age_seconds=context.signer.max_age_seconds)
        if session_id is not None:
            await partner_login_audit.logged_in(
                session, partner_user_id=half.partner_user_id, stage=partner_accounts.FULL, step="code"
            )
            return CodeResult(CodeOutcome.ok, session_id=session_id)
    # A wrong code, or the half session already promoted by another request (the same code twice)
    await partner_login_audit.refused(
        context, partner_user_id=half.partner_user_id, outcome=CodeOutcome.invalid.value, step="code"
    )
    return CodeResult(CodeOutcome.invalid)


async def promote(
    session: AsyncSession, *, half: PartnerSession, max_age_seconds: int, end_others: bool = False
) -> str | None:
    """End a half-logged-in session (or, at enrolment, a full one) and start a full one for its
    worker; the new id. None when that session had ended meanwhile (two submissions of one form
    open one session). `end_others`: every other portal session of the worker ends too."""
    ended = await session.execute(
        sa.update(PartnerSession)
        .where(col(PartnerSession.id_hash) == half.id_hash, col(PartnerSession.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )
    if ended.rowcount != 1:  # type: ignore[attr-defined]
        return None
    if end_others:
        await partner_accounts.end_sessions(session, user_id=half.partner_user_id)
    return await partner_accounts.start_session(
        session, user_id=half.partner_user_id, max_age_seconds=max_age_seconds, csrf=half.csrf
    )


async def reset(session: AsyncSession, *, partner_user_id: int, actor_id: int | None) -> int:
    """A supervisor's reset: the worker enrols a new authenticator at the next login (within
    `two_factor.ENROL_WINDOW`), every portal session of theirs ends, and it is audited (ids only).
    How many sessions ended."""
    user = await session.get(PartnerUser, partner_user_id, with_for_update=True)
    if user is None:
        raise NotFound("no such partner user")
    await two_factor.reset(session, user=user)
    ended = await partner_accounts.end_sessions(session, user_id=partner_user_id)
    await audit.record(
        session,
        action=RESET_ACTION,
        actor_id=actor_id,
        subject_type="partner_user",
        subject_id=str(partner_user_id),
        detail={"sessions_ended": ended},
    )
    return ended
