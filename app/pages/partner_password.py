"""The partner portal's "Change password" page (`/partner/password`): the current password, the
new one twice. The staff rules: the current password checked against the worker's login
counter (a wrong one counts as a failed login; refused while throttled), the new one's strength
(`users.check_password`), argon2 with no database connection held; then every other portal
session of the worker ends and this browser keeps a new session (`partner_password.replace`)."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.dependencies import ContextDep, SessionDep
from app.errors import Unauthorized
from app.models import PartnerSession, PartnerUser
from app.pages.partner_login import current_partner, set_partner_cookie
from app.pages.responses import page
from app.referrals import partner_accounts, partner_password
from app.security import login, users
from app.security.form_tokens import tokens_match

router = APIRouter(prefix="/partner", include_in_schema=False)
MAX_PASSWORD = users.MAX_PASSWORD_LENGTH


def _form(
    request: Request, found: tuple[PartnerSession, PartnerUser], *, error: str | None, status_code: int = 200
) -> Response:
    return page(
        request,
        "partner/password.html",
        status_code=status_code,
        partner_user={"name": found[1].display_name, "email": found[1].email},
        csrf_token=found[0].csrf,
        error=error,
        changed=request.query_params.get("changed") == "1",
    )


@router.get("/password")
async def passwordpage(request: Request, session: SessionDep) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return RedirectResponse("/partner/login?next=/partner/password", status_code=303)
    return _form(request, found, error=None)


@router.post("/password")
async def password_submit(
    request: Request,
    session: SessionDep,
    context: ContextDep,
    csrf_token: str = Form(""),
    current_password: str = Form(""),
    new_password: str = Form(""),
    new_password_again: str = Form(""),
) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return RedirectResponse("/partner/login?next=/partner/password", status_code=303)
    if not tokens_match(found[0].csrf, csrf_token):
        return Response("refused: reload the page", status_code=403)
    if new_password != new_password_again:
        return _form(request, found, error="different", status_code=422)
    user = found[1]
    assert user.id is not None
    secret = context.settings.secret_key.get_secret_value().encode()
    try:
        wait = await login.check_current(
            context,
            session,
            account=partner_accounts.throttle_key(secret, email=user.email),
            password_hash=user.password_hash,
            password=current_password[:MAX_PASSWORD],
        )
    except Unauthorized:
        return _form(request, found, error="wrong", status_code=401)
    if wait is not None:
        response = _form(request, found, error="throttled", status_code=429)
        response.headers["Retry-After"] = str(wait)
        return response
    try:  # the request's session was committed: no connection held while argon2 works
        hashed = await users.new_password_hash(new_password[: MAX_PASSWORD + 1], email=user.email)
    except users.WeakPassword:
        return _form(request, found, error="weak", status_code=422)
    session_id = await partner_password.replace(
        session, user_id=user.id, password_hash=hashed, max_age_seconds=context.signer.max_age_seconds
    )
    redirect = RedirectResponse("/partner/password?changed=1", status_code=303)
    set_partner_cookie(redirect, context, session_id=session_id)
    return redirect
