"""`/console/supervisor`: the supervisor room (supervisors and administrators; others 403)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from app.conversations import messages as message_views
from app.conversations import queue
from app.dependencies import SessionDep, read_login
from app.live import events
from app.pages.responses import page
from app.supervision import access, room

router = APIRouter(include_in_schema=False)


def _uuid_or_none(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


@router.get("/console/supervisor")
async def supervisor_room(request: Request, session: SessionDep, c: str | None = None) -> Response:
    found = await read_login(request, session)
    if found is None:
        return RedirectResponse("/console/login?next=/console/supervisor", status_code=303)
    data, user = found
    access.require_supervisor(user)
    last_event_id = await events.last_id(session)
    snapshot = await room.snapshot(session)
    selected = _uuid_or_none(c)
    described = await queue.describe(session, conversation_id=selected) if selected else None
    messages = (
        await message_views.of_conversation(
            session, conversation_id=described.id, for_staff=True, whispers=True
        )
        if described is not None
        else []
    )
    return page(
        request,
        "console/supervisor.html",
        user={"email": user.email, "role": user.role, "supervises": True},
        csrf_token=data.csrf,
        last_event_id=last_event_id,
        room=snapshot.model_dump(mode="json"),
        conversation=described.model_dump(mode="json") if described is not None else None,
        messages=[message.model_dump(mode="json") for message in messages],
    )
