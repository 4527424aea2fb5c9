"""The partner portal's two-factor pages: `/partner/login/code` (the second step of a login, with
the half-logged-in `code` session) and `/partner/two-factor` (setting up an authenticator, with
an `enrol` session or a full one): the QR code drawn on the server until a code confirms it,
then the recovery codes, shown once. The rules are in `app.referrals.partner_two_factor`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.dependencies import ContextDep, SessionDep
from app.models import PartnerSession, PartnerUser
from app.pages.partner_login import current_partner, safe_next, set_partner_cookie
from app.pages.responses import page
from app.referrals import partner_accounts, partner_two_factor
from app.referrals.partner_two_factor import CodeOutcome
from app.security import two_factor
from app.security.form_tokens import tokens_match

router = APIRouter(prefix="/partner", include_in_schema=False)
_LOGIN = "/partner/login"


def _code_form(
    request: Request, half: PartnerSession, *, next: str, error: str | None, status_code: int = 200
) -> Response:
    return page(
        request,
        "partner/login_code.html",
        status_code=status_code,
        csrf_token=half.csrf,
        half_session=True,
        next=safe_next(next),
        error=error,
    )


@router.get("/login/code")
async def codepage(request: Request, session: SessionDep, next: str | None = None) -> Response:
    found = await current_partner(request, session, stage=partner_two_factor.CODE)
    if found is None:
        return RedirectResponse(_LOGIN, status_code=303)
    return _code_form(request, found[0], next=next or "/partner/", error=None)


@router.post("/login/code")
async def code_submit(
    request: Request,
    session: SessionDep,
    context: ContextDep,
    code: str = Form(""),
    csrf_token: str = Form(""),
    next: str = Form("/partner/"),
) -> Response:
    found = await current_partner(request, session, stage=partner_two_factor.CODE)
    if found is None or not tokens_match(found[0].csrf, csrf_token):
        return RedirectResponse(_LOGIN, status_code=303)
    await session.commit()  # the check takes its own connections (counted though it fails)
    client = request.client.host if request.client else None
    result = await partner_two_factor.check_code(context, half=found[0], code=code, client=client)
    if result.outcome is CodeOutcome.throttled:
        response = _code_form(request, found[0], next=next, error="throttled", status_code=429)
        response.headers["Retry-After"] = str(result.retry_after)
        return response
    if result.session_id is None:
        return _code_form(request, found[0], next=next, error="invalid", status_code=401)
    redirect = RedirectResponse(safe_next(next), status_code=303)
    set_partner_cookie(redirect, context, session_id=result.session_id)
    return redirect


async def _enrolling(request: Request, session: SessionDep) -> tuple[PartnerSession, PartnerUser] | None:
    """A full portal session, or one that may only set up its authenticator."""
    return await current_partner(request, session) or await current_partner(
        request, session, stage=partner_two_factor.ENROL
    )


def _enrol_page(
    request: Request, found: tuple[PartnerSession, PartnerUser], *, status_code: int = 200, **extra: Any
) -> Response:
    half = found[0].stage != partner_accounts.FULL
    return page(
        request,
        "partner/two_factor.html",
        status_code=status_code,
        partner_user=None if half else {"name": found[1].display_name, "email": found[1].email},
        half_session=half,
        csrf_token=found[0].csrf,
        **extra,
    )


async def _pending_secret(
    session: SessionDep, context: ContextDep, found: tuple[PartnerSession, PartnerUser]
) -> tuple[str, str]:
    """This portal session's pending secret (the same until confirmed or expired, `two_factor.begin`):
    its QR code (SVG) and the key to type by hand."""
    holder = found[0].id_hash
    _, svg, secret = await two_factor.begin(session, user=found[1], key=context.keys.vault_key, holder=holder)
    return svg, secret


@router.get("/two-factor")
async def enrolpage(request: Request, session: SessionDep, context: ContextDep) -> Response:
    found = await _enrolling(request, session)
    if found is None:
        return RedirectResponse(_LOGIN, status_code=303)
    if found[1].totp_enabled:
        return _enrol_page(request, found, already=True)
    svg, secret = await _pending_secret(session, context, found)
    return _enrol_page(request, found, error=None, qr_svg=svg, secret=secret)


@router.post("/two-factor")
async def enrol_submit(
    request: Request,
    session: SessionDep,
    context: ContextDep,
    code: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    found = await _enrolling(request, session)
    if found is None or not tokens_match(found[0].csrf, csrf_token):
        return RedirectResponse(_LOGIN, status_code=303)
    half, user = found
    if user.totp_enabled:
        return RedirectResponse("/partner/", status_code=303)
    expired = not two_factor.is_pending(user, key=context.keys.vault_key, holder=half.id_hash)
    codes = None
    if not expired:
        codes = await two_factor.confirm(
            session, user=user, key=context.keys.vault_key, code=code[:10], holder=half.id_hash
        )
    if codes is None:  # the same pending secret again (it was scanned), or a new one once it expired
        svg, secret = await _pending_secret(session, context, found)
        error = "expired" if expired else True
        return _enrol_page(request, found, status_code=422, error=error, qr_svg=svg, secret=secret)
    response = _enrol_page(request, found, recovery_codes=codes)
    # Every other portal session of the worker ends (one a stranger opened with the password
    # alone among them, which turning two-factor login on left open); this one goes on, new id.
    max_age = context.signer.max_age_seconds
    session_id = await partner_two_factor.promote(
        session, half=half, max_age_seconds=max_age, end_others=True
    )
    if session_id is not None:
        set_partner_cookie(response, context, session_id=session_id)
    return response
