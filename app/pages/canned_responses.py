"""The canned responses editor (`GET /console/canned-responses?language=fr`): supervisors and
admins edit one language's prepared answers and safety scripts; saving goes through
`PUT /api/canned-responses`."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from app.conversations import canned_responses
from app.dependencies import ContextDep, SessionDep, read_login
from app.models import Role
from app.pages.responses import page

router = APIRouter(prefix="/console/canned-responses", include_in_schema=False)


@router.get("")
async def editor(
    request: Request, session: SessionDep, context: ContextDep, language: str | None = None
) -> Response:
    found = await read_login(request, session)
    if found is None:
        return RedirectResponse("/console/login?next=/console/canned-responses", status_code=303)
    data, user = found
    if Role(user.role) not in canned_responses.EDITING_ROLES:
        return page(
            request,
            "console/canned_responses.html",
            status_code=403,
            allowed=False,
            user={"email": user.email, "role": user.role},
            csrf_token=data.csrf,
            languages=[],
            language=None,
            items=[],
            max_items=0,
        )
    languages = list(context.settings.languages)
    chosen = language if language in languages else context.settings.default_language
    items = await canned_responses.listed(session, language=chosen)
    return page(
        request,
        "console/canned_responses.html",
        allowed=True,
        user={"email": user.email, "role": user.role},
        csrf_token=data.csrf,
        languages=languages,
        language=chosen,
        items=[item.model_dump() for item in items],
        max_items=canned_responses.MAX_PER_LANGUAGE,
    )
