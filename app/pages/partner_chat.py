"""The partner worker in the caller's live conversation (warm hand-over): join, the chat page,
what was written since joining (JSON, polled by the page), writing, and leaving.

A worker's lines are counted (`HOTLINE_PARTNER_LINES_PER_MINUTE`, all processes together):
each one is a message to the caller, a text message on their phone for an SMS or WhatsApp
caller, so an account that wrote without limit could run up the hotline's bill and keep a
caller's phone buzzing, perhaps in front of the person they are afraid of."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from app.context import AppContext
from app.dependencies import ContextDep, SessionDep
from app.errors import Conflict, FieldRefused, NotFound
from app.models import PartnerUser
from app.models.base import utcnow
from app.pages.partner_login import current_partner
from app.pages.responses import page
from app.referrals import handover, partner_portal
from app.security import flood_control
from app.security.form_tokens import tokens_match

router = APIRouter(prefix="/partner/referrals", include_in_schema=False)


@router.post("/{referral_id}/join")
async def join(
    referral_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    context: ContextDep,
    csrf_token: str = Form(""),
) -> Response:
    return await _act(referral_id, request, session, context, csrf_token, "join")


@router.post("/{referral_id}/leave")
async def leave(
    referral_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    context: ContextDep,
    csrf_token: str = Form(""),
) -> Response:
    return await _act(referral_id, request, session, context, csrf_token, "leave")


async def _act(
    referral_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    context: ContextDep,
    csrf_token: str,
    verb: str,
) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return RedirectResponse("/partner/login", status_code=303)
    if not tokens_match(found[0].csrf, csrf_token):
        return Response("refused: reload the page", status_code=403)
    try:
        referral = await partner_portal.find(session, user=found[1], referral_id=referral_id, lock=True)
        if verb == "join":
            await handover.join(session, settings=context.settings, referral=referral, user=found[1])
            return RedirectResponse(f"/partner/referrals/{referral_id}/chat", status_code=303)
        await handover.leave(session, settings=context.settings, referral=referral, user=found[1])
    except NotFound:
        return page(request, "partner/link_refused.html", status_code=404)
    except Conflict as refused:
        return Response(refused.message, status_code=409)
    return RedirectResponse(f"/partner/referrals/{referral_id}", status_code=303)


@router.get("/{referral_id}/chat")
async def chatpage(referral_id: uuid.UUID, request: Request, session: SessionDep) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return RedirectResponse("/partner/login", status_code=303)
    try:
        referral = await partner_portal.find(session, user=found[1], referral_id=referral_id)
    except NotFound:
        return page(request, "partner/link_refused.html", status_code=404)
    if not handover.present_as(referral, found[1]):
        return RedirectResponse(f"/partner/referrals/{referral_id}", status_code=303)
    lines = await handover.transcript(session, referral=referral, user=found[1])
    return page(
        request,
        "partner/chat.html",
        referral_id=str(referral_id),
        csrf_token=found[0].csrf,
        partner_user={"name": found[1].display_name, "email": found[1].email},
        lines=[line.model_dump(mode="json") for line in lines],
    )


@router.get("/{referral_id}/lines")
async def lines(
    referral_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    after: Annotated[int, Query(le=2**63 - 1)] = 0,
) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return JSONResponse({"error": "login required"}, status_code=401)
    try:
        referral = await partner_portal.find(session, user=found[1], referral_id=referral_id)
    except NotFound:
        return JSONResponse({"error": "referral not found"}, status_code=404)
    found_lines = await handover.transcript(session, referral=referral, user=found[1], after=max(0, after))
    return JSONResponse(
        {
            "present": handover.present_as(referral, found[1]),
            "lines": [
                {
                    "id": line.id,
                    "direction": line.direction.value,
                    "text": line.text,
                    "at": line.at.isoformat(),
                }
                for line in found_lines
            ],
        }
    )


@router.post("/{referral_id}/lines")
async def write(
    referral_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    context: ContextDep,
    csrf_token: str = Form(""),
    text: str = Form(""),
) -> Response:
    found = await current_partner(request, session)
    if found is None:
        return JSONResponse({"error": "login required"}, status_code=401)
    if not tokens_match(found[0].csrf, csrf_token) or not text.strip():
        return JSONResponse({"error": "refused"}, status_code=403 if text.strip() else 422)
    wait = await _line_wait(session, context, user=found[1])
    if wait is not None:
        headers = {"Retry-After": str(wait)}
        return JSONResponse(
            {"error": "too many lines", "retry_after": wait}, status_code=429, headers=headers
        )
    if "\x00" in text:  # PostgreSQL text cannot hold it: refused here, not failed in the database
        return JSONResponse({"error": "refused"}, status_code=422)
    try:
        referral = await partner_portal.find(session, user=found[1], referral_id=referral_id, lock=True)
        await handover.write(session, referral=referral, user=found[1], text=text)
    except NotFound:
        return JSONResponse({"error": "referral not found"}, status_code=404)
    except Conflict as refused:
        return JSONResponse({"error": refused.message}, status_code=409)
    except FieldRefused:
        return JSONResponse({"error": "refused"}, status_code=422)
    return JSONResponse({"ok": True}, status_code=201)


async def _line_wait(session: SessionDep, context: AppContext, *, user: PartnerUser) -> int | None:
    """Seconds until the worker may write again, past their lines a minute; None within it."""
    per_minute = context.settings.partner_lines_per_minute
    if per_minute <= 0:
        return None
    key = flood_control.key(context.keys.pseudonym_key, "partner-lines", str(user.id))
    return await flood_control.hit(session, key=key, rate=flood_control.per_minute(per_minute), now=utcnow())
