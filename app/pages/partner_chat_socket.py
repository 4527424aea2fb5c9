"""`WS /partner/referrals/{id}/live?after=<line id>`: the partner worker's live view of the
person's conversation (warm hand-over), in place of polling `GET .../lines`.

The handshake is refused (403, before accept) unless the Origin is the portal's own page (the
rule of the console's socket), the `hotline_partner` cookie names a full session (two-factor
done) of an active worker whose organisation holds the referral, and the lines are shared with
that worker now (consent stands, the referral is accepted or in progress, they are the worker
who joined). Then `hello`, the lines after `after`, and each new line as it is written. Events
of the conversation only wake the socket: what it sends comes from the polling endpoint's
query, re-checked in a short session each time, so a socket sends nothing the page would not
show. When the lines stop being shared it sends `closed` with the reason and closes (1000); when
the session ends (logout, password change, deactivation: any process notifies) it closes with
1008 at once; its expiry is noticed at the next event or heartbeat (25 s).

Frames are `app.live.partner_frames.PartnerChatFrame`. The worker sends nothing: a frame over
1 KB closes the socket (1009), more than 20 frames in 10 seconds too (1008). A worker holds at
most 4 sockets at once in a process. Nothing is logged."""

from __future__ import annotations

import asyncio
import contextlib
import re
import uuid
from collections import Counter

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from pydantic import BaseModel
from starlette import status

from app.context import AppContext
from app.dependencies import get_context
from app.live.event_hub import Subscription
from app.live.partner_frames import (
    PartnerClosedFrame,
    PartnerHelloFrame,
    PartnerPingFrame,
    ShareEnded,
    line_frame,
)
from app.live.schemas import EventKind
from app.referrals.partner_accounts import partner_cookie
from app.referrals.partner_live_view import LiveView, lines_after, open_view
from app.security import cross_origin

HEARTBEAT_SECONDS = 25.0
MAX_CLIENT_FRAME_BYTES = 1024
MAX_CLIENT_FRAMES = 20  # in CLIENT_WINDOW_SECONDS
CLIENT_WINDOW_SECONDS = 10.0
MAX_SOCKETS_PER_WORKER = 4
_WAKING = frozenset(
    {EventKind.message_created.value, EventKind.referral_updated.value, EventKind.conversation_updated.value}
)

_LINE_ID = re.compile(r"[0-9]{1,19}")  # a message id: a PostgreSQL bigint, in ASCII digits
_MAX_LINE_ID = 2**63 - 1

router = APIRouter(prefix="/partner/referrals")
_open_sockets: Counter[int] = Counter()  # partner user id -> sockets open in this process


class _ClientBreach(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _own_page(websocket: WebSocket, *, public_url: str) -> bool:
    """The portal's own page, as for the console's socket; a client that is not a browser sends
    no Origin and still needs the session cookie."""
    origin = websocket.headers.get("origin")
    if origin is None:
        return True
    host, scheme = websocket.headers.get("host"), websocket.scope.get("scheme", "ws")
    return cross_origin.same_origin(origin, host=host, scheme=scheme, public_url=public_url)


def _parse_after(value: str) -> int | None:
    """The last line id the page shows, or None when `value` is not one."""
    if not _LINE_ID.fullmatch(value) or int(value) > _MAX_LINE_ID:
        return None
    return int(value)


async def _view(context: AppContext, session_id: str, referral_id: uuid.UUID) -> LiveView | ShareEnded | None:
    async with context.database.sessions() as session:
        return await open_view(session, session_id=session_id, referral_id=referral_id)


@router.websocket("/{referral_id}/live")
async def partner_chat_socket(websocket: WebSocket, referral_id: uuid.UUID) -> None:
    context = get_context(websocket)
    name, _ = partner_cookie(secure=context.settings.secure_cookies)
    session_id = context.signer.loads(websocket.cookies.get(name))
    after_param = websocket.query_params.get("after")
    after = _parse_after(after_param) if after_param else 0
    view = None
    if session_id and after is not None and _own_page(websocket, public_url=context.settings.public_url):
        view = await _view(context, session_id, referral_id)
    user_id = view.user.id if isinstance(view, LiveView) else None
    if not isinstance(view, LiveView) or user_id is None or _open_sockets[user_id] >= MAX_SOCKETS_PER_WORKER:
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)  # 403 before accept
        return
    assert session_id is not None and after is not None
    conversation_id = view.referral.conversation_id
    _open_sockets[user_id] += 1
    subscription = context.hub.subscribe(
        lambda event: event.conversation_id == conversation_id and event.kind in _WAKING
    )
    revoked = context.hub.watch_partner(user_id)
    try:
        await websocket.accept()
        await _send(websocket, PartnerHelloFrame(after=after))
        await _stream(
            websocket,
            context,
            subscription,
            revoked,
            session_id=session_id,
            referral_id=referral_id,
            after=after,
        )
    except WebSocketDisconnect:
        pass
    finally:
        context.hub.unsubscribe(subscription)
        context.hub.unwatch_partner(user_id, revoked)
        _open_sockets[user_id] -= 1
        if _open_sockets[user_id] <= 0:
            del _open_sockets[user_id]


async def _send(websocket: WebSocket, frame: BaseModel) -> None:
    await websocket.send_text(frame.model_dump_json())


async def _catch_up(
    websocket: WebSocket, context: AppContext, *, session_id: str, referral_id: uuid.UUID, after: int
) -> tuple[int, ShareEnded | None] | None:
    """Send the lines after `after`; the last id sent and why sharing ended (None while shared);
    None when the session ended."""
    while True:
        async with context.database.sessions() as session:
            view = await open_view(session, session_id=session_id, referral_id=referral_id)
            if not isinstance(view, LiveView):
                return None if view is None else (after, view)
            batch = await lines_after(session, view=view, after=after)
        for line in batch:
            await _send(websocket, line_frame(line))
            after = line.id
        if len(batch) < 500:
            return after, None


def _woken(subscription: Subscription) -> None:
    """Drop the queued events: they only say "look again". An overflowed queue is emptied and
    reopened; the next look reads from the database all the same."""
    while not subscription.queue.empty():
        subscription.queue.get_nowait()
    subscription.overflowed.clear()


async def _stream(
    websocket: WebSocket,
    context: AppContext,
    subscription: Subscription,
    revoked: asyncio.Event,
    *,
    session_id: str,
    referral_id: uuid.UUID,
    after: int,
) -> None:
    """Look (session, share, lines) now, then at each event of the conversation, each end of the
    worker's sessions (any process) and each heartbeat, until the share or the session ends."""
    receiver = asyncio.create_task(_watch_client(websocket))
    session_ended = asyncio.create_task(revoked.wait())
    try:
        while True:
            looked = await _catch_up(
                websocket, context, session_id=session_id, referral_id=referral_id, after=after
            )
            if looked is None:
                await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
                return
            after, ended = looked
            if ended is not None:
                await _send(websocket, PartnerClosedFrame(reason=ended))
                await websocket.close(code=status.WS_1000_NORMAL_CLOSURE)
                return
            getter = asyncio.ensure_future(subscription.queue.get())
            done, _ = await asyncio.wait(
                {getter, receiver, session_ended},
                timeout=HEARTBEAT_SECONDS,
                return_when=asyncio.FIRST_COMPLETED,
            )
            getter.cancel()
            if receiver in done:
                breach = receiver.exception()
                if isinstance(breach, _ClientBreach):
                    await websocket.close(code=breach.code)
                return  # the worker went away, or broke a limit
            if session_ended in done:  # the next look finds whether this session ended
                revoked.clear()
                session_ended = asyncio.create_task(revoked.wait())
            _woken(subscription)
            if not done:
                await _send(websocket, PartnerPingFrame())
    finally:
        for task in (receiver, session_ended):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect, Exception):
                await task


async def _watch_client(websocket: WebSocket) -> None:
    """Read what the worker sends (nothing is expected) so a closed socket is noticed; raise
    `_ClientBreach` past the size or rate limit."""
    loop = asyncio.get_running_loop()
    window_start, count = loop.time(), 0
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(message.get("code", 1000))
        data = message.get("text") or message.get("bytes") or b""
        size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
        if size > MAX_CLIENT_FRAME_BYTES:
            raise _ClientBreach(status.WS_1009_MESSAGE_TOO_BIG)
        now = loop.time()
        if now - window_start > CLIENT_WINDOW_SECONDS:
            window_start, count = now, 0
        count += 1
        if count > MAX_CLIENT_FRAMES:
            raise _ClientBreach(status.WS_1008_POLICY_VIOLATION)
