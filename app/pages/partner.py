"""The partner portal at `/partner/`: the organisation's referrals, one referral with the
consented facts and its actions, capacity and hours, and the signed links notices carry."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.dependencies import ContextDep, SessionDep
from app.errors import FieldRefused, NotFound
from app.models import PartnerSession, PartnerUser
from app.models.base import utcnow
from app.pages.partner_login import current_partner
from app.pages.responses import page
from app.referrals import links, partner_portal
from app.referrals.states import DECLINE_REASONS
from app.security.form_tokens import tokens_match
from directory import editing, partner_form
from directory.schedules import DAY_CODES

router = APIRouter(prefix="/partner", include_in_schema=False)


def _to_login(request: Request) -> Response:
    return RedirectResponse(f"/partner/login?next={request.url.path}", status_code=303)


def _context(found: tuple[PartnerSession, PartnerUser]) -> dict[str, Any]:
    return {
        "partner_user": {"name": found[1].display_name, "email": found[1].email},
        "csrf_token": found[0].csrf,
    }


@router.get("/")
async def homepage(request: Request, session: SessionDep, saved: str | None = None) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return _to_login(request)
    listed = await partner_portal.referrals(session, user=found[1])
    services = []
    for service_id, name in await partner_portal.services(session, user=found[1]):
        form = await editing.load_form(session, service_id)
        services.append({"id": service_id, "name": name, "form": form})
    return page(
        request,
        "partner/index.html",
        referrals=[item.model_dump(mode="json") for item in listed],
        services=services,
        days=DAY_CODES,
        saved=saved,
        **_context(found),
    )


@router.get("/referrals/{referral_id}")
async def referralpage(
    referral_id: uuid.UUID, request: Request, session: SessionDep, context: ContextDep
) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return _to_login(request)
    try:
        opened = await partner_portal.open_referral(
            session, user=found[1], referral_id=referral_id, vault_key=context.settings.vault_key_bytes()
        )
    except NotFound:
        return page(request, "partner/link_refused.html", status_code=404)
    return page(
        request,
        "partner/referral.html",
        referral=opened.referral.model_dump(mode="json"),
        facts=opened.facts,
        actions=opened.actions,
        in_conversation=opened.in_conversation,
        reasons=DECLINE_REASONS,
        **_context(found),
    )


@router.post("/referrals/{referral_id}/{action}")
async def referral_action(
    referral_id: uuid.UUID,
    action: str,
    request: Request,
    session: SessionDep,
    csrf_token: str = Form(""),
    reason: str = Form(""),
) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return _to_login(request)
    if not tokens_match(found[0].csrf, csrf_token):
        return Response("refused: reload the page", status_code=403)
    try:
        await partner_portal.act(
            session, user=found[1], referral_id=referral_id, action=action, reason=reason or None
        )
    except NotFound:
        return page(request, "partner/link_refused.html", status_code=404)
    except FieldRefused:
        return RedirectResponse(f"/partner/referrals/{referral_id}?error=reason", status_code=303)
    return RedirectResponse(f"/partner/referrals/{referral_id}", status_code=303)


@router.get("/r/{token}")
async def signed_link(token: str, request: Request, session: SessionDep, context: ContextDep) -> Response:
    """A notice's link: refused when forged, altered or expired; otherwise the referral, after login."""
    target = links.verify(context.settings.secret_key.get_secret_value(), token[:500])
    if target is None:
        return page(request, "partner/link_refused.html", status_code=404)
    found = await current_partner(request, session)
    if found is None:
        return _to_login(request)
    if found[1].organization_id != target.organization_id:
        return page(request, "partner/link_refused.html", status_code=403)
    return RedirectResponse(f"/partner/referrals/{target.referral_id}", status_code=303)


@router.post("/services/{service_id}/capacity")
async def capacity(
    service_id: str,
    request: Request,
    session: SessionDep,
    csrf_token: str = Form(""),
    available: str = Form(""),
) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return _to_login(request)
    if not tokens_match(found[0].csrf, csrf_token):
        return Response("refused: reload the page", status_code=403)
    # Read as the console's directory form reads it (int() refused 5,000 digits with a 500).
    places = partner_form.whole_number(available, [], "available")
    if places is None:
        return Response("give the number of places available (a whole number)", status_code=422)
    try:
        await partner_portal.update_capacity(
            session, user=found[1], service_id=service_id, available=places, now=utcnow()
        )
    except NotFound:
        return page(request, "partner/link_refused.html", status_code=404)
    return RedirectResponse("/partner/?saved=capacity", status_code=303)


@router.post("/services/{service_id}/hours")
async def hours(service_id: str, request: Request, session: SessionDep) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return _to_login(request)
    values = {key: str(value)[:100] for key, value in (await request.form()).items()}
    if not tokens_match(found[0].csrf, values.get("csrf_token", "")):
        return Response("refused: reload the page", status_code=403)
    try:
        await partner_portal.update_hours(session, user=found[1], service_id=service_id, values=values)
    except NotFound:
        return page(request, "partner/link_refused.html", status_code=404)
    except FieldRefused:
        return Response("hours: give both an opening and a closing time (HH:MM), or neither", status_code=422)
    return RedirectResponse("/partner/?saved=hours", status_code=303)
