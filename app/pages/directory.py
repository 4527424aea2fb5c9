"""Console pages of the resource directory: list partners; supervisors add, edit, deactivate and
update capacity and hours (French and English, CSRF-checked forms)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from app.dependencies import ContextDep, SessionDep, read_login
from app.errors import Forbidden, NotFound
from app.models import Role, User
from app.pages.responses import page
from app.partners import notice_language
from app.referrals import notice_texts, partner_accounts
from app.security.form_tokens import tokens_match
from app.settings import Settings
from directory import editing, listing, partner_form
from directory.matching import STALE_CAPACITY
from directory.schedules import DAY_CODES
from triage.codes import Need

router = APIRouter(prefix="/console/directory", include_in_schema=False)
_EDITORS = (Role.supervisor, Role.admin)


async def _staff(request: Request, session: SessionDep) -> tuple[User, str] | None:
    found = await read_login(request, session)
    if found is None:
        return None
    data, user = found
    return user, data.csrf


def _can_edit(user: User) -> bool:
    return Role(user.role) in _EDITORS


async def _editor(request: Request, session: SessionDep, csrf_token: str | None = None) -> User | Response:
    staff = await _staff(request, session)
    if staff is None:
        return RedirectResponse("/console/login?next=/console/directory", status_code=303)
    user, csrf = staff
    if not _can_edit(user):
        raise Forbidden("supervisors only")
    if csrf_token is not None and not tokens_match(csrf, csrf_token):
        raise Forbidden("invalid form token: reload the page")
    return user


def _context(user: User, csrf: str, **extra: Any) -> dict[str, Any]:
    return {
        "notice_languages": [],
        "default_language": "",
        "user": {"email": user.email, "role": user.role},
        "csrf_token": csrf,
        "can_edit": _can_edit(user),
        "needs": [need.value for need in Need],
        "days": DAY_CODES,
        "referral_modes": partner_form.REFERRAL_MODES,
        "notification_methods": partner_form.NOTIFICATION_METHODS,
        **extra,
    }


@router.get("")
async def listpage(
    request: Request,
    session: SessionDep,
    context: ContextDep,
    saved: str | None = None,
    q: str | None = None,
) -> Response:
    """Every partner (or those `q` finds) with today's hours and how to reach it."""
    staff = await _staff(request, session)
    if staff is None:
        return RedirectResponse("/console/login?next=/console/directory", status_code=303)
    user, csrf = staff
    search = "".join(char for char in (q or "") if char.isprintable()).strip()[:100] or None
    now = datetime.now(UTC)
    rows = await listing.services(
        session,
        stale_before=now - STALE_CAPACITY,
        at=now,
        default_zone=context.settings.timezone,
        search=search,
    )
    return page(
        request,
        "console/directory/list.html",
        **_context(user, csrf, partners=rows, saved=saved == "1", search=search or ""),
    )


def _languages(settings: Settings) -> dict[str, Any]:
    """The notice languages a supervisor may choose, and the one notices take by default (the
    hotline's default language, or French were it without notice texts)."""
    return {
        "notice_languages": notice_language.choices(settings),
        "default_language": notice_texts.language(settings, None),
    }


@router.get("/new")
async def newpage(request: Request, session: SessionDep, context: ContextDep) -> Response:
    user = await _editor(request, session)
    if isinstance(user, Response):
        return user
    staff = await _staff(request, session)
    assert staff is not None
    return page(
        request,
        "console/directory/edit.html",
        **_context(
            user,
            staff[1],
            form=partner_form.PartnerForm(),
            service_id=None,
            errors=[],
            **_languages(context.settings),
        ),
    )


@router.get("/{service_id}")
async def editpage(service_id: str, request: Request, session: SessionDep, context: ContextDep) -> Response:
    user = await _editor(request, session)
    if isinstance(user, Response):
        return user
    form = await editing.load_form(session, service_id)
    if form is None:
        raise NotFound("no such partner service")
    staff = await _staff(request, session)
    assert staff is not None
    return page(
        request,
        "console/directory/edit.html",
        **_context(
            user, staff[1], form=form, service_id=service_id, errors=[], **_languages(context.settings)
        ),
    )


async def _submitted(request: Request) -> tuple[dict[str, str], list[str], str]:
    data = await request.form()
    values = {key: value for key, value in data.items() if isinstance(value, str)}
    needs = [value for value in data.getlist("needs") if isinstance(value, str)]
    return values, needs, values.get("languages", "")


async def _save(
    request: Request, session: SessionDep, settings: Settings, service_id: str | None
) -> Response:
    values, needs, languages = await _submitted(request)
    user = await _editor(request, session, values.get("csrf_token", ""))
    if isinstance(user, Response):
        return user
    if service_id is not None and await editing.load_form(session, service_id) is None:
        raise NotFound("no such partner service")
    try:
        form = partner_form.parse_form(values, needs, languages, notice_language.choices(settings))
    except partner_form.FormErrors as exc:
        staff = await _staff(request, session)
        assert staff is not None
        kept = partner_form.PartnerForm(
            organization_name=values.get("organization_name", ""),
            service_name=values.get("service_name", ""),
            description=values.get("description", ""),
            needs=needs,
            notice_language=values.get("notice_language", ""),
        )
        return page(
            request,
            "console/directory/edit.html",
            status_code=422,
            **_context(
                user, staff[1], form=kept, service_id=service_id, errors=exc.fields, **_languages(settings)
            ),
        )
    if service_id is not None:
        current = await editing.load_form(session, service_id)
        form.active = current.active if current else True
    saved_id = await editing.save(session, form, now=datetime.now(UTC), service_id=service_id)
    return RedirectResponse(f"/console/directory?saved=1#service-{saved_id}", status_code=303)


@router.post("/new")
async def create(request: Request, session: SessionDep, context: ContextDep) -> Response:
    return await _save(request, session, context.settings, None)


@router.post("/{service_id}")
async def update(service_id: str, request: Request, session: SessionDep, context: ContextDep) -> Response:
    return await _save(request, session, context.settings, service_id)


@router.post("/{service_id}/capacity")
async def capacity(service_id: str, request: Request, session: SessionDep) -> Response:
    values, _, _ = await _submitted(request)
    user = await _editor(request, session, values.get("csrf_token", ""))
    if isinstance(user, Response):
        return user
    if await editing.load_form(session, service_id) is None:
        raise NotFound("no such partner service")
    errors: list[str] = []
    available = partner_form.whole_number(values.get("available", ""), errors, "available")
    maximum = partner_form.whole_number(values.get("maximum", ""), errors, "maximum")
    if errors or available is None:
        return Response("capacity: give the number of places available (a whole number)", status_code=422)
    await editing.update_capacity(session, service_id, available, maximum, now=datetime.now(UTC))
    return RedirectResponse(f"/console/directory?saved=1#service-{service_id}", status_code=303)


@router.post("/{service_id}/active")
async def activation(service_id: str, request: Request, session: SessionDep, context: ContextDep) -> Response:
    values, _, _ = await _submitted(request)
    user = await _editor(request, session, values.get("csrf_token", ""))
    if isinstance(user, Response):
        return user
    active = values.get("active") == "1"
    organization_id = await editing.set_active(session, service_id, active)
    if organization_id is None:
        raise NotFound("no such partner service")
    if not active:  # its partner workers are turned away while it stays inactive
        await partner_accounts.organization_deactivated(
            session, settings=context.settings, organization_id=organization_id
        )
    return RedirectResponse(f"/console/directory?saved=1#service-{service_id}", status_code=303)
