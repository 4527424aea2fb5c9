"""The partner portal's login, logout and invitation pages; the partner's session cookie.

Partner sessions are their own (`partner_sessions`, cookie `hotline_partner` scoped to
`/partner`; `__Host-hotline_partner` in production, see `partner_accounts.partner_cookie`), so a
partner login never opens the console, nor a staff login the portal.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel.ext.asyncio.session import AsyncSession

from app.context import AppContext
from app.dependencies import ContextDep, SessionDep, get_context
from app.models import PartnerSession, PartnerUser
from app.models.base import utcnow
from app.pages.responses import form_token_cookie, page
from app.referrals import partner_accounts, partner_login_audit, partner_two_factor
from app.referrals.partner_accounts import partner_cookie
from app.security import login_throttle, passwords
from app.security.form_tokens import tokens_match
from app.security.users import WeakPassword

router = APIRouter(prefix="/partner", include_in_schema=False)
CSRF_COOKIE = "hotline_partner_csrf"


def safe_next(value: str | None) -> str:
    if not value or not value.startswith("/partner/") or urlsplit(value).netloc or "//" in value:
        return "/partner/"
    return value


async def current_partner(
    request: Request, session: SessionDep, *, stage: str = partner_accounts.FULL
) -> tuple[PartnerSession, PartnerUser] | None:
    """The cookie's session when it is of `stage` (a full one, unless a two-factor page asks)."""
    context = get_context(request)
    name, _ = partner_cookie(secure=context.settings.secure_cookies)
    session_id = context.signer.loads(request.cookies.get(name))
    if not session_id:
        return None
    return await partner_accounts.resolve(session, session_id=session_id, stage=stage)


def _with_csrf(request: Request, template: str, *, status_code: int = 200, **context: Any) -> Response:
    token = secrets.token_urlsafe(24)
    response = page(request, template, status_code=status_code, csrf_token=token, **context)
    secure = get_context(request).settings.secure_cookies
    name, path = form_token_cookie(CSRF_COOKIE, path="/partner", secure=secure)
    response.set_cookie(name, token, httponly=True, samesite="strict", path=path, secure=secure)
    return response


def _csrf_ok(request: Request, submitted: str) -> bool:
    secure = get_context(request).settings.secure_cookies
    name, _ = form_token_cookie(CSRF_COOKIE, path="/partner", secure=secure)
    return tokens_match(request.cookies.get(name, ""), submitted)


@router.get("/login")
async def loginpage(request: Request, next: str | None = None) -> Response:
    return _with_csrf(request, "partner/login.html", next=safe_next(next), error=None)


@router.post("/login")
async def login_submit(
    request: Request,
    session: SessionDep,
    context: ContextDep,
    email: str = Form(""),
    password: str = Form(""),
    csrf_token: str = Form(""),
    next: str = Form("/partner/"),
) -> Response:
    secret = context.settings.secret_key.get_secret_value().encode()
    account = partner_accounts.throttle_key(secret, email=email)
    # The console's client key: one address spraying both logins is one counter.
    client = login_throttle.client_key(secret, request.client.host if request.client else None)
    # Counted before the check and the password checked with no connection held, one
    # connection at a time (see app.security.login.attempt).
    async with context.logins:
        async with context.database.transaction() as counting:
            throttled = await login_throttle.claim(
                counting,
                keys=[(account, login_throttle.ACCOUNT), (client, login_throttle.CLIENT)],
                now=utcnow(),
            )
            known = await partner_accounts.find_for_login(counting, email=email[:320])
        user, upgraded = None, None
        checked = _csrf_ok(request, csrf_token) and throttled is None
        if checked:
            user = await partner_accounts.check_password(known, password=password[:1024])
        if user is not None:  # a hash of other argon2 parameters is made again, stored at login
            upgraded = await passwords.upgraded_hash_async(user.password_hash, password[:1024])
    if user is None or user.id is None:
        if checked:  # not an attempt refused unchecked: a flood of those would fill the audit log
            await partner_login_audit.refused(
                context, partner_user_id=known.id if known else None, outcome="invalid", step="password"
            )
        return _with_csrf(
            request,
            "partner/login.html",
            status_code=429 if throttled else 401,
            next=safe_next(next),
            error="throttled" if throttled else "invalid",
        )
    return await _after_password(
        request, session, context, user=user, keys=(account, client), next=next, upgraded=upgraded
    )


async def _after_password(
    request: Request,
    session: AsyncSession,
    context: AppContext,
    *,
    user: PartnerUser,
    keys: tuple[str, str],
    next: str,
    upgraded: str | None = None,
) -> Response:
    """The password matched: a full session, or a half-logged-in one that opens only the code
    page or the enrolment page (`partner_two_factor`), or none when the enrolment window closed.
    The worker's row is locked first: a password changed while argon2 checked the old one refuses
    the login, and one changed later waits and ends this session with the others."""
    account, client = keys
    assert user.id is not None
    locked = await session.get(PartnerUser, user.id, with_for_update=True, populate_existing=True)
    if locked is None or not locked.active or locked.password_hash != user.password_hash:
        return _with_csrf(
            request, "partner/login.html", status_code=401, next=safe_next(next), error="invalid"
        )
    if upgraded is not None:  # `upgraded` is the matched password's hash with today's parameters
        locked.password_hash = upgraded  # the row is in the session: written at its commit
    stage = partner_two_factor.stage_for(locked, required=context.settings.totp_required, now=utcnow())
    # The account's counter, then the client's: `claim`'s order, so two logins never deadlock.
    if stage is partner_two_factor.Refused.enrolment_expired:
        await login_throttle.release(session, key=account)
        await login_throttle.release(session, key=client)
        await partner_login_audit.refused(
            context, partner_user_id=user.id, outcome=stage.value, step="password"
        )
        return _with_csrf(
            request, "partner/login.html", status_code=403, next=safe_next(next), error=stage.value
        )
    if stage == partner_two_factor.CODE:  # no failure yet: the code step is counted in its turn
        await login_throttle.release(session, key=account)
        target = f"/partner/login/code?next={quote(safe_next(next))}"
    else:
        await login_throttle.clear(session, key=account)
        target = "/partner/two-factor" if stage == partner_two_factor.ENROL else safe_next(next)
    await login_throttle.release(session, key=client)
    full_seconds = context.signer.max_age_seconds
    session_id = await partner_accounts.start_session(
        session,
        user_id=user.id,
        max_age_seconds=partner_two_factor.stage_seconds(stage, full_seconds=full_seconds),
        stage=stage,
    )
    await partner_login_audit.logged_in(session, partner_user_id=user.id, stage=stage, step="password")
    redirect = RedirectResponse(target, status_code=303)
    set_partner_cookie(redirect, context, session_id=session_id)
    return redirect


def set_partner_cookie(response: Response, context: AppContext, *, session_id: str) -> None:
    """The portal session's cookie, after a login or a password change (a new session id)."""
    # Lax: the link in a notice is a navigation from another site (writes carry a CSRF token).
    name, path = partner_cookie(secure=context.settings.secure_cookies)
    response.set_cookie(
        name,
        context.signer.dumps(session_id),
        max_age=context.signer.max_age_seconds,
        httponly=True,
        samesite="lax",
        secure=context.settings.secure_cookies,
        path=path,
    )


@router.post("/logout")
async def logout_submit(request: Request, session: SessionDep, csrf_token: str = Form("")) -> Response:
    """Ends every portal session of the worker: from a full session, or from a half-logged-in one
    (the code page, the enrolment page) left on a shared computer."""
    found = (
        await current_partner(request, session)
        or await current_partner(request, session, stage=partner_two_factor.CODE)
        or await current_partner(request, session, stage=partner_two_factor.ENROL)
    )
    redirect = RedirectResponse("/partner/login", status_code=303)
    if found is not None and tokens_match(found[0].csrf, csrf_token):
        user_id = found[1].id or 0
        ended = await partner_accounts.end_sessions(session, user_id=user_id)
        await partner_login_audit.logged_out(session, partner_user_id=user_id, sessions_ended=ended)
        secure = get_context(request).settings.secure_cookies
        name, path = partner_cookie(secure=secure)
        redirect.delete_cookie(name, path=path, httponly=True, samesite="lax", secure=secure)
    return redirect


async def _invited(session: AsyncSession, context: AppContext, token: str) -> PartnerUser | None:
    settings = context.settings
    return await partner_accounts.invited_user(
        session,
        secret=settings.secret_key.get_secret_value(),
        token=token[:500],
        max_age_hours=settings.partner_invitation_hours,
    )


@router.get("/invitation/{token}")
async def invitationpage(token: str, request: Request, session: SessionDep, context: ContextDep) -> Response:
    user = await _invited(session, context, token)
    if user is None:
        return page(request, "partner/link_refused.html", status_code=404)
    return _with_csrf(request, "partner/invitation.html", token=token, email=user.email, error=None)


@router.post("/invitation/{token}")
async def invitation_submit(
    token: str,
    request: Request,
    session: SessionDep,
    context: ContextDep,
    password: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    user = await _invited(session, context, token)
    if user is None or not _csrf_ok(request, csrf_token):
        return page(request, "partner/link_refused.html", status_code=404 if user is None else 403)
    try:
        first = await partner_accounts.set_first_password(session, user=user, password=password[:1024])
    except WeakPassword:
        return _with_csrf(
            request, "partner/invitation.html", status_code=422, token=token, email=user.email, error="weak"
        )
    if not first:  # the link was used by another submission meanwhile
        return page(request, "partner/link_refused.html", status_code=404)
    return RedirectResponse("/partner/login", status_code=303)
