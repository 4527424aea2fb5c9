"""`WS /console/ws?after=<id>`: the live event stream of the operator console.

On connect the console subscribes first, then replays from the database every event
after `after`, then forwards live events, skipping ids it already sent: nothing missed,
nothing twice. Every event is authorised for the user before it is sent. The session is
checked again when any process ends the user's sessions (a notification) and on every
heartbeat; once it has ended the socket is closed (1008).

Frames are `app.live.schemas.ConsoleFrame` (published in `/openapi.json` under
`components.schemas`). A malformed `after` (not an event id) is refused with a 400 before
the upgrade, never read as "from now".
"""

from __future__ import annotations

import asyncio
import contextlib
import re

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette import status

from app.context import AppContext
from app.dependencies import get_context, read_login
from app.errors import ErrorRead
from app.live import events
from app.live.event_hub import Subscription
from app.live.schemas import EventKind, HelloFrame, PingFrame, ResyncFrame
from app.models import Event, User
from app.security import cross_origin, sessions
from app.security.auth import SessionData
from app.supervision import access

HEARTBEAT_SECONDS = 25.0
# An event id: a PostgreSQL bigint, in ASCII digits.
_EVENT_ID = re.compile(r"[0-9]{1,19}")
_MAX_EVENT_ID = 2**63 - 1

router = APIRouter()


def may_see(user: User, event: Event) -> bool:
    """Every role sees the whole queue today; per-team visibility plugs in here. A whisper
    goes only to supervisors and to the operator it was written for."""
    if not user.active:
        return False
    if event.kind == EventKind.whisper_created.value:
        owner = event.payload.get("to_operator_id")
        return access.may_read_whispers(user, owner_id=owner if isinstance(owner, int) else None)
    return True


def _same_origin(websocket: WebSocket, *, public_url: str) -> bool:
    """The console's own page (the public URL, or the Host over the socket's scheme: a page of
    the host served over plain HTTP is not the console's)."""
    origin = websocket.headers.get("origin")
    if origin is None:  # not a browser; the session cookie is still required
        return True
    host, scheme = websocket.headers.get("host"), websocket.scope.get("scheme", "ws")
    return cross_origin.same_origin(origin, host=host, scheme=scheme, public_url=public_url)


async def _login(websocket: WebSocket, context: AppContext) -> tuple[SessionData, User] | None:
    async with context.database.sessions() as session:
        return await read_login(websocket, session)


async def _session_alive(context: AppContext, login: SessionData) -> bool:
    async with context.database.sessions() as session:
        return await sessions.still_valid(session, id_hash=login.id_hash)


@router.websocket("/console/ws")
async def console_socket(websocket: WebSocket) -> None:
    context = get_context(websocket)
    own = _same_origin(websocket, public_url=context.settings.public_url)
    found = await _login(websocket, context) if own else None
    if found is None:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    login, user = found
    after_param = websocket.query_params.get("after")
    after = parse_after(after_param) if after_param else None
    if after_param and after is None:
        await _refuse(websocket, "after must be an event id")
        return
    await websocket.accept()
    subscription = context.hub.subscribe(lambda event: may_see(user, event))
    revoked = context.hub.watch_user(login.user_id)
    try:
        await _stream(websocket, context, subscription, user=user, after=after, login=login, revoked=revoked)
    except WebSocketDisconnect:
        pass
    finally:
        context.hub.unsubscribe(subscription)
        context.hub.unwatch_user(login.user_id, revoked)


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


async def _replay(websocket: WebSocket, context: AppContext, *, user: User, after: int | None) -> int:
    """Hello, then every event the console missed; the id it has seen up to."""
    cursor = after
    if cursor is None:
        async with context.database.sessions() as session:
            cursor = await events.last_id(session)
    await _send(websocket, HelloFrame(last_event_id=cursor))
    while True:
        async with context.database.sessions() as session:
            batch = await events.after(session, event_id=cursor)
        for event in batch:
            assert event.id is not None
            if may_see(user, event):
                await _send(websocket, events.frame(event))
            cursor = event.id
        if len(batch) < 500:
            return cursor


async def _stream(
    websocket: WebSocket,
    context: AppContext,
    subscription: Subscription,
    *,
    user: User,
    after: int | None,
    login: SessionData,
    revoked: asyncio.Event,
) -> None:
    cursor = await _replay(websocket, context, user=user, after=after)
    receiver = asyncio.create_task(_drain_client(websocket))
    ended = asyncio.create_task(revoked.wait())
    loop = asyncio.get_running_loop()
    check_at = loop.time() + HEARTBEAT_SECONDS
    try:
        while True:
            if subscription.overflowed.is_set():
                await _send(websocket, ResyncFrame())
                await websocket.close()
                return
            getter = asyncio.ensure_future(subscription.queue.get())
            done, _ = await asyncio.wait(
                {getter, receiver, ended},
                timeout=HEARTBEAT_SECONDS,
                return_when=asyncio.FIRST_COMPLETED,
            )
            # The session is checked when it may have ended and every heartbeat, even while
            # events keep coming (a revoked or expired session is sent nothing more).
            if not done or ended in done or loop.time() >= check_at:
                if ended in done:
                    revoked.clear()
                    ended = asyncio.create_task(revoked.wait())
                if not await _session_alive(context, login):
                    getter.cancel()
                    await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
                    return
                check_at = loop.time() + HEARTBEAT_SECONDS
            if getter not in done:
                getter.cancel()
                if receiver in done:
                    return  # the console went away
                if not done:
                    await _send(websocket, PingFrame())
                continue
            event = getter.result()
            assert event.id is not None
            if event.id <= cursor:
                continue
            await _send(websocket, events.frame(event))
            cursor = event.id
    finally:
        for task in (receiver, ended):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect, Exception):
                await task


async def _drain_client(websocket: WebSocket) -> None:
    """Read (and ignore) client frames so a closed socket is noticed."""
    while True:
        await websocket.receive_text()
