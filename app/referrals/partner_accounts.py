"""Partner workers' accounts: a supervisor invites one for an organisation (a signed link that
expires and works once), the worker chooses a password under the staff rules, then logs in to
`/partner/` with a server-side session of its own (never a staff session: a partner cookie
opens nothing in the console, a staff cookie nothing in the portal). While the organisation is
inactive in the directory, its workers are turned away (no session, login or invitation)."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import timedelta

import sqlalchemy as sa
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Conflict, NotFound
from app.models import PartnerSession, PartnerUser, Referral
from app.models.base import utcnow
from app.referrals import handover
from app.security import login_throttle, two_factor, users
from app.security.auth import HOST_ONLY_PREFIX, email_key
from app.security.passwords import hash_password_async, verify_password_async
from app.settings import Settings
from directory.tables import TABLES

PARTNER_COOKIE = "hotline_partner"
ENDED_CHANNEL = "hotline_partner_sessions"  # the event hub listens (app.live.event_hub)
FULL = "full"  # a portal session; `partner_two_factor` names the half-logged-in stages


def partner_cookie(*, secure: bool) -> tuple[str, str]:
    """The portal session cookie's name and path: `__Host-hotline_partner` for path / over
    https, which only this host can set (a sibling host could plant `hotline_partner`
    naming a session of its own, as for the staff cookie, `app.security.auth`); the plain name
    for /partner otherwise."""
    return (HOST_ONLY_PREFIX + PARTNER_COOKIE, "/") if secure else (PARTNER_COOKIE, "/partner")


def _invitations(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt="hotline.partner-invitation")


def _organization_active() -> sa.ColumnElement[bool]:
    """The worker's organisation is in the directory and not deactivated there."""
    organization = TABLES["organization"]
    return sa.exists().where(
        organization.c.id == col(PartnerUser.organization_id),
        sa.func.coalesce(organization.c.active, sa.true()),
    )


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


async def invite(
    session: AsyncSession,
    *,
    secret: str,
    organization_id: str,
    email: str,
    display_name: str,
    invited_by: int | None,
) -> tuple[PartnerUser, str]:
    """A new partner user (no password yet) and the invitation token for the link."""
    organization = (
        await session.execute(
            sa.select(TABLES["organization"].c.active).where(TABLES["organization"].c.id == organization_id)
        )
    ).first()
    if organization is None:
        raise NotFound("organization not found")
    if organization.active is False:
        raise Conflict("this organization is deactivated in the directory")
    normalised = users.normalise_email(email)
    if (await session.exec(select(PartnerUser).where(col(PartnerUser.email) == normalised))).first():
        raise Conflict("this e-mail already has a partner account")
    await users.refuse_look_alike(session, email=normalised)
    user = PartnerUser(
        organization_id=organization_id,
        email=normalised,
        display_name=display_name.strip()[:80],
        invited_by=invited_by,
    )
    session.add(user)
    await session.flush()
    return user, _invitations(secret).dumps({"u": user.id})


async def invited_user(
    session: AsyncSession, *, secret: str, token: str, max_age_hours: int
) -> PartnerUser | None:
    """The user an invitation names, while it is valid, unused and the account active."""
    try:
        data = _invitations(secret).loads(token, max_age=max_age_hours * 3600)
    except BadSignature:
        return None
    user_id = data.get("u") if isinstance(data, dict) else None
    if not isinstance(user_id, int):
        return None
    user = (
        await session.exec(select(PartnerUser).where(col(PartnerUser.id) == user_id, _organization_active()))
    ).first()
    if user is None or user.password_hash is not None or not user.active:
        return None
    return user


async def set_first_password(session: AsyncSession, *, user: PartnerUser, password: str) -> bool:
    """Set the invited user's first password; False when the invitation was used meanwhile (two
    submissions of one link: the second finds the row already set and changes nothing).
    `users.WeakPassword` for a password the staff rules refuse."""
    users.check_password(password, email=user.email)
    await session.commit()  # no connection held while argon2 waits its turn and works
    hashed = await hash_password_async(password)
    table = PartnerUser.__table__  # type: ignore[attr-defined]
    claimed = await session.execute(
        sa.update(table)
        .where(table.c.id == user.id, table.c.password_hash.is_(None))
        .values(password_hash=hashed, totp_enrol_until=utcnow() + two_factor.ENROL_WINDOW)
    )
    return bool(claimed.rowcount == 1)  # type: ignore[attr-defined]


def throttle_key(secret: bytes, *, email: str) -> str:
    """The worker's failed-login counter (`login_throttle`): logins and password changes."""
    return login_throttle.key(secret, "partner-account", email_key(email)[:320])


async def find_for_login(session: AsyncSession, *, email: str) -> PartnerUser | None:
    """The active organisation's worker this e-mail names, if any (password not checked)."""
    if "\x00" in email:  # no e-mail holds NUL
        return None
    return (
        await session.exec(
            select(PartnerUser).where(col(PartnerUser.email) == email_key(email), _organization_active())
        )
    ).first()


async def check_password(user: PartnerUser | None, *, password: str) -> PartnerUser | None:
    """The worker when `password` is theirs and they are active (an unknown e-mail takes as
    long); called with no database connection held."""
    valid = await verify_password_async(user.password_hash if user else None, password)
    if user is None or not valid or not user.active:
        return None
    return user


async def start_session(
    session: AsyncSession, *, user_id: int, max_age_seconds: int, stage: str = FULL, csrf: str | None = None
) -> str:
    """A new portal session; `csrf` keeps the form token of the page already open."""
    session_id = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(
        PartnerSession(
            id_hash=_hash(session_id),
            partner_user_id=user_id,
            csrf=csrf or secrets.token_urlsafe(24),
            stage=stage,
            created_at=now,
            expires_at=now + timedelta(seconds=max_age_seconds),
        )
    )
    await session.flush()
    return session_id


async def resolve(
    session: AsyncSession, *, session_id: str, stage: str = FULL
) -> tuple[PartnerSession, PartnerUser] | None:
    """The live session of this stage (a full one unless asked) and its active worker."""
    row = (
        await session.exec(
            select(PartnerSession, PartnerUser)
            .join(PartnerUser, col(PartnerUser.id) == col(PartnerSession.partner_user_id))
            .where(
                col(PartnerSession.id_hash) == _hash(session_id),
                col(PartnerSession.stage) == stage,
                col(PartnerSession.revoked_at).is_(None),
                col(PartnerSession.expires_at) > utcnow(),
                col(PartnerUser.active).is_(True),
                _organization_active(),
            )
        )
    ).first()
    return (row[0], row[1]) if row else None


async def end_sessions(session: AsyncSession, *, user_id: int) -> int:
    """End every open portal session of the worker; how many there were. Every app process is
    told on commit (`pg_notify`), so the worker's open chat sockets close at once."""
    ended = await session.execute(
        sa.update(PartnerSession)
        .where(col(PartnerSession.partner_user_id) == user_id, col(PartnerSession.revoked_at).is_(None))
        .values(revoked_at=utcnow())
    )
    await session.execute(sa.select(sa.func.pg_notify(ENDED_CHANNEL, str(user_id))))
    return int(ended.rowcount)  # type: ignore[attr-defined]


async def deactivate(session: AsyncSession, *, settings: Settings, user_id: int) -> list[uuid.UUID]:
    """The worker can no longer log in and their sessions end at once; a live conversation they
    are in is left (the caller is told), so the operator can answer again. The referrals left."""
    user = await session.get(PartnerUser, user_id, with_for_update=True)
    if user is None:
        raise NotFound("no such partner user")
    user.active = False
    session.add(user)
    await end_sessions(session, user_id=user_id)
    return await _leave_live_conversations(session, settings=settings, user=user)


async def _leave_live_conversations(
    session: AsyncSession, *, settings: Settings, user: PartnerUser
) -> list[uuid.UUID]:
    """The worker leaves every live conversation they are in (the caller is told)."""
    present = (
        await session.exec(
            select(Referral)
            .where(
                col(Referral.partner_joined_by) == user.id,
                col(Referral.partner_joined_at).is_not(None),
                col(Referral.partner_left_at).is_(None),
            )
            .order_by(col(Referral.created_at))
            .with_for_update()
        )
    ).all()
    for referral in present:
        await handover.leave(session, settings=settings, referral=referral, user=user)
    return [referral.id for referral in present]


async def organization_deactivated(
    session: AsyncSession, *, settings: Settings, organization_id: str
) -> list[uuid.UUID]:
    """The organisation was deactivated in the directory: its workers' sessions end (they cannot
    log in again while it stays inactive) and a worker in a live conversation leaves it, as when
    one worker is deactivated. The referrals left; the accounts themselves stay active."""
    workers = (
        await session.exec(select(PartnerUser).where(col(PartnerUser.organization_id) == organization_id))
    ).all()
    left: list[uuid.UUID] = []
    for worker in workers:
        assert worker.id is not None
        await end_sessions(session, user_id=worker.id)
        left += await _leave_live_conversations(session, settings=settings, user=worker)
    return left
