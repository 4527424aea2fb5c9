"""`/console/partner-users`: the partner workers, for supervisors and admins, with a button that
resets a worker's two-factor login (`partner_two_factor.reset`: audited, their sessions end)."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.dependencies import SessionDep, read_login
from app.errors import Forbidden, NotFound
from app.pages.responses import page
from app.referrals import partner_roster, partner_two_factor
from app.security.form_tokens import tokens_match
from app.supervision import access

router = APIRouter(prefix="/console/partner-users", include_in_schema=False)
_LOGIN = "/console/login?next=/console/partner-users"
_LARGEST_ID = 2**31 - 1  # partner_users.id is a PostgreSQL integer


@router.get("")
async def listpage(request: Request, session: SessionDep, reset: int | None = None) -> Response:
    found = await read_login(request, session)
    if found is None:
        return RedirectResponse(_LOGIN, status_code=303)
    data, user = found
    access.require_supervisor(user)
    return page(
        request,
        "console/partner_users.html",
        user={"email": user.email, "role": user.role, "supervises": True},
        csrf_token=data.csrf,
        workers=await partner_roster.workers(session),
        reset=reset,
    )


@router.post("/{partner_user_id}/two-factor/reset")
async def reset_submit(
    partner_user_id: int, request: Request, session: SessionDep, csrf_token: str = Form("")
) -> Response:
    found = await read_login(request, session)
    if found is None:
        return RedirectResponse(_LOGIN, status_code=303)
    data, user = found
    access.require_supervisor(user)
    if not tokens_match(data.csrf, csrf_token):
        raise Forbidden("invalid form token: reload the page")
    if not 1 <= partner_user_id <= _LARGEST_ID:  # the database refused it with a 500
        raise NotFound("no such partner user")
    await partner_two_factor.reset(session, partner_user_id=partner_user_id, actor_id=user.id)
    return RedirectResponse(f"/console/partner-users?reset={partner_user_id}", status_code=303)
