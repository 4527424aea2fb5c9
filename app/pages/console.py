"""Server-rendered pages: the public chat, the console login and the console."""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from app.conversations import messages as message_views
from app.conversations import queue
from app.conversations.schemas import ConversationRead, MessageRead
from app.dependencies import ContextDep, SessionDep, get_context, read_login
from app.live import events
from app.pages import case_view
from app.pages.chat_assets import CHAT_ASSETS_PATH
from app.pages.quick_exit import EXIT_PATH
from app.pages.responses import csrf_ok, issue_csrf, page
from app.partners import suggestions as partner_suggestions
from app.referrals import views as referral_views
from app.security import login, sessions
from app.security.form_tokens import tokens_match
from app.security.session_cookie import clear_session_cookie, set_session_cookie
from app.supervision import access, whispers

router = APIRouter(include_in_schema=False)
QUEUE_PAGE_SIZE = 50  # the console loads the rest page by page


def _safe_next(value: str | None) -> str:
    """Only same-site console paths: never an open redirect."""
    if not value or not value.startswith("/console") or urlsplit(value).netloc:
        return "/console"
    return value


@router.get("/")
async def root() -> RedirectResponse:
    return RedirectResponse("/chat", status_code=303)


@router.get("/chat")
async def chatpage(request: Request, context: ContextDep) -> Response:
    return page(
        request,
        "chat/index.html",
        remember_language=False,  # a year-long cookie the quick exit cannot clear: the link keeps it
        quick_exit_url=context.settings.quick_exit_url,
        emergency_number=context.settings.emergency_number,
        exit_path=EXIT_PATH,
        assets=CHAT_ASSETS_PATH,  # its files no-store: nothing of the chat stays in the HTTP cache
    )


@router.get("/console/login")
async def loginpage(request: Request, context: ContextDep, next: str | None = None) -> Response:
    token = secrets.token_urlsafe(24)
    response = page(request, "console/login.html", csrf_token=token, next=_safe_next(next), error=None)
    issue_csrf(response, token, secure=context.settings.secure_cookies)
    return response


@router.post("/console/login")
async def login_submit(
    request: Request,
    context: ContextDep,
    email: str = Form(""),
    password: str = Form(""),
    totp: str = Form(""),
    csrf_token: str = Form(""),
    next: str = Form("/console"),
) -> Response:
    result = None
    if csrf_ok(request, csrf_token):
        client = request.client.host if request.client else None
        result = await login.attempt(
            context, email=email[:320], password=password[:1024], code=totp[:32] or None, client=client
        )
    if result is None or result.user is None or result.user.id is None:
        error = result.outcome.value if result else login.Outcome.invalid.value
        token = secrets.token_urlsafe(24)
        status = (
            429
            if result and result.outcome is login.Outcome.throttled
            else (403 if result and result.outcome is login.Outcome.enrolment_expired else 401)
        )
        response = page(
            request,
            "console/login.html",
            status_code=status,
            csrf_token=token,
            next=_safe_next(next),
            error=error,
        )
        if result and result.retry_after:
            response.headers["Retry-After"] = str(result.retry_after)
        issue_csrf(response, token, secure=context.settings.secure_cookies)
        return response
    target = "/console/two-factor" if result.stage == sessions.ENROL else _safe_next(next)
    redirect = RedirectResponse(target, status_code=303)
    set_session_cookie(redirect, context, result.session_id)
    return redirect


@router.post("/console/logout")
async def logout_submit(request: Request, session: SessionDep, csrf_token: str = Form("")) -> Response:
    """Ends every session of the user (all devices, websockets included)."""
    found = await read_login(request, session) or await read_login(request, session, stage=sessions.ENROL)
    redirect = RedirectResponse("/console/login", status_code=303)
    if found is not None and tokens_match(found[0].csrf, csrf_token):
        await sessions.end_all(session, user_id=found[0].user_id)
        clear_session_cookie(redirect, secure=get_context(request).settings.secure_cookies)
    return redirect


@router.get("/console")
async def consolepage(
    request: Request, session: SessionDep, context: ContextDep, c: str | None = None
) -> Response:
    login_found = await read_login(request, session)
    if login_found is None:
        return RedirectResponse("/console/login", status_code=303)
    data, user = login_found
    last_event_id = await events.last_id(session)
    first_page = await queue.page_of(session, where=queue.QueueFilter(), size=QUEUE_PAGE_SIZE)
    open_queue = [item.model_dump(mode="json") for item in first_page.items]
    described: ConversationRead | None = None
    found: list[MessageRead] = []
    selected = _uuid_or_none(c)
    if selected is not None:
        described = await queue.describe(session, conversation_id=selected)
        if described is not None:
            found = await message_views.of_conversation(
                session,
                conversation_id=selected,
                for_staff=True,
                whispers=await whispers.readable_by(session, user=user, conversation_id=selected),
            )
    # The template reads what the API and the event stream send (the same JSON).
    conversation = described.model_dump(mode="json") if described is not None else None
    messages = [message.model_dump(mode="json") for message in found]
    summary = message_views.triage_summary(found)
    suggestions = (
        await partner_suggestions.suggest(
            session, summary=summary, conversation=conversation, at=datetime.now(UTC)
        )
        if conversation is not None
        else []
    )
    case = await case_view.case_context(
        session, context=context, user=user, conversation=described, needs=summary["needs"]
    )
    referrals = (
        [item.model_dump(mode="json") for item in await referral_views.of_conversation(session, selected)]
        if conversation is not None and selected is not None
        else []
    )
    return page(
        request,
        "console/index.html",
        referrals=referrals,
        user={"email": user.email, "role": user.role, "supervises": access.supervises(user)},
        case=case,
        csrf_token=data.csrf,
        queue=open_queue,
        queue_total=first_page.total,
        held_count=first_page.held,
        conversation=conversation,
        messages=messages,
        triage_summary=summary,
        suggestions=suggestions,
        last_event_id=last_event_id,
    )


def _uuid_or_none(value: str | None) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None
