"""Creating staff accounts: a valid e-mail, a strong password, and a reset that ends every
session the account had."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from zxcvbn import zxcvbn

from app.models import PartnerUser, Role, User
from app.models.base import utcnow
from app.security import audit, lookalike_emails, sessions, two_factor
from app.security.auth import email_key
from app.security.passwords import hash_password_async

ROLE_CHANGE = "user.role_change"  # audit action
PASSWORD_CHANGED = "user.password_changed"  # audit action  # noqa: S105 (an action's name)
MIN_PASSWORD_LENGTH = 10
MIN_PASSWORD_SCORE = 3  # zxcvbn's 0-4: "safely unguessable" (about 10^8 guesses) and above
MAX_PASSWORD_LENGTH = 1024


class WeakPassword(ValueError):
    pass


class InvalidEmail(ValueError):
    pass


class LookAlikeEmail(InvalidEmail):
    """The address mixes alphabets or looks like an existing account's (the message says which;
    it names no address)."""


def normalise_email(email: str) -> str:
    """The address, checked for syntax (no DNS look-up), in its `auth.email_key` form: a
    look-alike spelling (`ＡＤＭＩＮ@…`) names the same account, not a second one."""
    try:
        checked = validate_email(email_key(email), check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidEmail(f"not a valid e-mail address: {exc}") from None
    return email_key(checked.normalized)


async def refuse_look_alike(session: AsyncSession, *, email: str) -> None:
    """`InvalidEmail` for a new account's address (normalised) that mixes alphabets or looks the
    same as an existing staff or partner account's (`lookalike_emails`). Accounts made before
    this rule keep their address and their logins."""
    existing = [*(await session.exec(select(User.email))).all()]
    existing += (await session.exec(select(PartnerUser.email))).all()
    reason = lookalike_emails.refusal(email, existing=existing)
    if reason is not None:
        raise LookAlikeEmail(reason)


def check_password(password: str, *, email: str = "") -> None:
    """`WeakPassword` with a reason for short, long or guessable passwords."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise WeakPassword(f"a password has at most {MAX_PASSWORD_LENGTH} characters")
    result = zxcvbn(password[:100], user_inputs=[part for part in email.replace("@", " ").split() if part])
    if result["score"] < MIN_PASSWORD_SCORE:
        hint = (result.get("feedback") or {}).get("warning") or "it is easy to guess"
        raise WeakPassword(f"this password is too weak ({hint}); use a longer passphrase")


async def create_or_reset(
    session: AsyncSession, *, email: str, password: str, role: Role, actor_id: int | None = None
) -> User:
    """Create the account, or set a new password and role if it exists (ending its sessions).
    A new role is audited (`actor_id`: who did it; None from the command line)."""
    normalised = normalise_email(email)
    check_password(password, email=normalised)
    password_hash = await hash_password_async(password)
    enrol_until = utcnow() + two_factor.ENROL_WINDOW
    before = (await session.exec(select(User.role).where(col(User.email) == normalised))).first()
    if before is None:
        await refuse_look_alike(session, email=normalised)
    await session.execute(
        insert(User)
        .values(
            email=normalised,
            password_hash=password_hash,
            role=role.value,
            active=True,
            created_at=utcnow(),
            totp_enrol_until=enrol_until,
        )
        .on_conflict_do_update(
            index_elements=["email"],
            set_={
                "password_hash": password_hash,
                "role": role.value,
                "active": True,
                "totp_enrol_until": enrol_until,
            },
        )
    )
    user = (await session.exec(select(User).where(col(User.email) == normalised))).one()
    assert user.id is not None
    if before is None or Role(before) is not role:
        # A new account is given its first role: a role change from "none".
        await audit.record(
            session,
            action=ROLE_CHANGE,
            actor_id=actor_id,
            subject_type="user",
            subject_id=str(user.id),
            detail={"from": "none" if before is None else str(before), "to": role.value},
        )
    await sessions.end_all(session, user_id=user.id)
    return user


async def new_password_hash(password: str, *, email: str) -> str:
    """The argon2 hash of a new password the rules accept (`WeakPassword` otherwise); call it
    with no database connection held (staff and partner workers' password changes)."""
    check_password(password, email=email)
    return await hash_password_async(password)


async def change_password(session: AsyncSession, *, user: User, new_password: str) -> None:
    """Store a new password and end every session of the user, audited (`user.password_changed`,
    the account by id only, as a partner worker's change is)."""
    user.password_hash = await new_password_hash(new_password, email=user.email)
    session.add(user)
    await session.flush()
    assert user.id is not None
    await sessions.end_all(session, user_id=user.id)
    await audit.record(
        session, action=PASSWORD_CHANGED, actor_id=user.id, subject_type="user", subject_id=str(user.id)
    )
