"""`WS /console/ws?after=<id>`: the live event stream of the operator console.

On connect the console subscribes first, then replays from the database every event
after `after`, then forwards live events, skipping ids it already sent: nothing missed,
nothing twice. Every event is authorised for the user before it is sent.

Frames are `app.live.schemas.ConsoleFrame` (published in `/openapi.json` under
`components.schemas`). A malformed `after` (not an event id) is refused with a 400 before
the upgrade, never read as "from now".
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from urllib.parse import urlsplit

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette import status

from app.context import AppContext
from app.dependencies import get_context, read_session_cookie
from app.errors import ErrorRead
from app.live import events
from app.live.event_hub import Subscription
from app.live.schemas import HelloFrame, PingFrame, ResyncFrame
from app.models import Event, User
from app.security import auth

HEARTBEAT_SECONDS = 25.0
# An event id: a PostgreSQL bigint, in ASCII digits.
_EVENT_ID = re.compile(r"[0-9]{1,19}")
_MAX_EVENT_ID = 2**63 - 1

router = APIRouter()


def may_see(user: User, event: Event) -> bool:
    """Every role sees the whole queue today; per-team visibility plugs in here."""
    return user.active


def _same_origin(websocket: WebSocket) -> bool:
    origin = websocket.headers.get("origin")
    if origin is None:  # not a browser; the session cookie is still required
        return True
    return urlsplit(origin).netloc == websocket.headers.get("host")


async def _user(websocket: WebSocket, context: AppContext) -> User | None:
    data = read_session_cookie(websocket)
    if data is None:
        return None
    async with context.database.sessions() as session:
        return await auth.active_user(session, user_id=data.user_id)


@router.websocket("/console/ws")
async def console_socket(websocket: WebSocket) -> None:
    context = get_context(websocket)
    user = await _user(websocket, context) if _same_origin(websocket) else None
    if user is None:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    after_param = websocket.query_params.get("after")
    after = parse_after(after_param) if after_param else None
    if after_param and after is None:
        await _refuse(websocket, "after must be an event id")
        return
    await websocket.accept()
    subscription = context.hub.subscribe(lambda event: may_see(user, event))
    try:
        await _stream(websocket, context, subscription, user=user, after=after)
    except WebSocketDisconnect:
        pass
    finally:
        context.hub.unsubscribe(subscription)


def parse_after(value: str) -> int | None:
    """The event id a console has seen, or None when `value` is not one."""
    if not _EVENT_ID.fullmatch(value) or int(value) > _MAX_EVENT_ID:
        return None
    return int(value)


async def _refuse(websocket: WebSocket, reason: str) -> None:
    """A 400 with the reason where the server can answer an upgrade with HTTP, else 1008."""
    if "websocket.http.response" in websocket.scope.get("extensions", {}):
        body = ErrorRead(error=reason).model_dump()
        await websocket.send_denial_response(JSONResponse(body, status_code=400))
    else:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=reason)


async def _send(websocket: WebSocket, frame: BaseModel) -> None:
    await websocket.send_text(frame.model_dump_json())


async def _stream(
    websocket: WebSocket,
    context: AppContext,
    subscription: Subscription,
    *,
    user: User,
    after: int | None,
) -> None:
    cursor = after
    if cursor is None:
        async with context.database.sessions() as session:
            cursor = await events.last_id(session)
    await _send(websocket, HelloFrame(last_event_id=cursor))
    while True:  # replay what the console missed
        async with context.database.sessions() as session:
            batch = await events.after(session, event_id=cursor)
        for event in batch:
            assert event.id is not None
            if may_see(user, event):
                await _send(websocket, events.frame(event))
            cursor = event.id
        if len(batch) < 500:
            break

    receiver = asyncio.create_task(_drain_client(websocket))
    try:
        while True:
            if subscription.overflowed.is_set():
                await _send(websocket, ResyncFrame())
                await websocket.close()
                return
            getter = asyncio.ensure_future(subscription.queue.get())
            done, _ = await asyncio.wait(
                {getter, receiver}, timeout=HEARTBEAT_SECONDS,
                return_when=asyncio.FIRST_COMPLETED,
            )
            if getter not in done:
                getter.cancel()
                if receiver in done:
                    return  # the console went away
                await _send(websocket, PingFrame())
                continue
            event = getter.result()
            assert event.id is not None
            if event.id <= cursor:
                continue
            await _send(websocket, events.frame(event))
            cursor = event.id
    finally:
        receiver.cancel()
        with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect, Exception):
            await receiver


async def _drain_client(websocket: WebSocket) -> None:
    """Read (and ignore) client frames so a closed socket is noticed."""
    while True:
        await websocket.receive_text()
