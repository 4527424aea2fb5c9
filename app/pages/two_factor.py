"""`/console/two-factor`: enrolment of the second factor in the console. Reached with a
full session, or with the enrolment-only session a password-only login gets when
two-factor login is required."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.dependencies import ContextDep, SessionDep, read_login
from app.models import User
from app.pages.responses import page
from app.security import sessions, two_factor
from app.security.auth import SessionData
from app.security.form_tokens import tokens_match
from app.security.session_cookie import promote_session

router = APIRouter(prefix="/console/two-factor", include_in_schema=False)


async def _login(request: Request, session: SessionDep) -> tuple[SessionData, User] | None:
    return await read_login(request, session) or await read_login(request, session, stage=sessions.ENROL)


@router.get("")
async def enrolpage(request: Request, session: SessionDep, context: ContextDep) -> Response:
    found = await _login(request, session)
    if found is None:
        return RedirectResponse("/console/login", status_code=303)
    data, user = found
    if user.totp_enabled:
        return page(request, "console/two_factor.html", already=True, csrf_token=data.csrf)
    _, svg, secret = await two_factor.begin(
        session, user=user, key=context.keys.vault_key, holder=data.id_hash
    )
    return page(
        request, "console/two_factor.html", qr_svg=svg, secret=secret, csrf_token=data.csrf, error=None
    )


@router.post("")
async def enrol_submit(
    request: Request,
    session: SessionDep,
    context: ContextDep,
    code: str = Form(""),
    csrf_token: str = Form(""),
) -> Response:
    found = await _login(request, session)
    if found is None or not tokens_match(found[0].csrf, csrf_token):
        return RedirectResponse("/console/login", status_code=303)
    data, user = found
    if user.totp_enabled:
        return RedirectResponse("/console", status_code=303)
    expired = not two_factor.is_pending(user, key=context.keys.vault_key, holder=data.id_hash)
    codes = None
    if not expired:
        codes = await two_factor.confirm(
            session, user=user, key=context.keys.vault_key, code=code[:10], holder=data.id_hash
        )
    if codes is None:  # the same pending secret again (it was scanned): a mistyped code is typed again
        _, svg, secret = await two_factor.begin(
            session, user=user, key=context.keys.vault_key, holder=data.id_hash
        )
        return page(
            request,
            "console/two_factor.html",
            status_code=422,
            qr_svg=svg,
            secret=secret,
            csrf_token=data.csrf,
            error="expired" if expired else True,
        )
    response = page(request, "console/two_factor.html", recovery_codes=codes, csrf_token=data.csrf)
    await promote_session(response, context, session, data=data)
    return response
