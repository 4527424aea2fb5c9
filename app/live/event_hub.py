"""Per-process fan-out of committed events to websocket subscribers.

One LISTEN connection per process wakes a dispatcher, which reads the event table from
its last seen id (so a lost notification or a reconnect loses nothing) and offers every
new event to each subscriber's bounded queue. A subscriber that falls behind is marked
overflowed and must resync.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import asyncpg
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from app.live import events
from app.models import Event

log = logging.getLogger(__name__)

POLL_SECONDS = 5.0
SESSIONS_CHANNEL = "hotline_sessions"  # app.security.sessions notifies a user id on it
# app.referrals.partner_accounts notifies a partner worker's id on it (their ids overlap staff's)
PARTNER_SESSIONS_CHANNEL = "hotline_partner_sessions"
TYPING_CHANNEL = "hotline_typing"  # an operator writes in a conversation (its id); not stored


@dataclass(eq=False)
class Subscription:
    accepts: Callable[[Event], bool]
    queue: asyncio.Queue[Event] = field(default_factory=lambda: asyncio.Queue(maxsize=1000))
    overflowed: asyncio.Event = field(default_factory=asyncio.Event)

    def offer(self, event: Event) -> None:
        if self.overflowed.is_set() or not self.accepts(event):
            return
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self.overflowed.set()


class EventHub:
    def __init__(self, *, database_url: str, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._url = database_url
        self._sessions = sessions
        self._subscriptions: set[Subscription] = set()
        self._watchers: dict[int, set[asyncio.Event]] = {}
        self._partner_watchers: dict[int, set[asyncio.Event]] = {}
        self._typing: set[asyncio.Queue[str]] = set()
        self._wake = asyncio.Event()
        self._last = 0
        self._tasks: list[asyncio.Task[None]] = []
        self.listening = asyncio.Event()

    async def start(self) -> None:
        async with self._sessions() as session:
            self._last = await events.last_id(session)
        self._tasks = [
            asyncio.create_task(self._listen(), name="event-hub-listen"),
            asyncio.create_task(self._dispatch(), name="event-hub-dispatch"),
        ]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    def subscribe(self, accepts: Callable[[Event], bool]) -> Subscription:
        subscription = Subscription(accepts=accepts)
        self._subscriptions.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        self._subscriptions.discard(subscription)

    def watch_user(self, user_id: int) -> asyncio.Event:
        """Set when the user's sessions may have ended (a revocation, or a reconnect after
        which a revocation may have been missed): the watcher re-checks its session."""
        return _watch(self._watchers, user_id)

    def unwatch_user(self, user_id: int, flag: asyncio.Event) -> None:
        _unwatch(self._watchers, user_id, flag)

    def watch_partner(self, partner_user_id: int) -> asyncio.Event:
        """`watch_user` for a partner worker's portal sessions."""
        return _watch(self._partner_watchers, partner_user_id)

    def unwatch_partner(self, partner_user_id: int, flag: asyncio.Event) -> None:
        _unwatch(self._partner_watchers, partner_user_id, flag)

    def watch_typing(self) -> asyncio.Queue[str]:
        """Conversation ids in which an operator is writing, from any process, as they come."""
        queue: asyncio.Queue[str] = asyncio.Queue(maxsize=100)
        self._typing.add(queue)
        return queue

    def unwatch_typing(self, queue: asyncio.Queue[str]) -> None:
        self._typing.discard(queue)

    def _typing_notified(self, _connection: object, _pid: object, _channel: object, payload: object) -> None:
        if not isinstance(payload, str):
            return
        for queue in self._typing:
            with contextlib.suppress(asyncio.QueueFull):  # a typing notice may be dropped
                queue.put_nowait(payload)

    def _notified(self, *_: object) -> None:
        self._wake.set()

    def _sessions_ended(self, _connection: object, _pid: object, channel: object, payload: object) -> None:
        watched = self._partner_watchers if channel == PARTNER_SESSIONS_CHANNEL else self._watchers
        if isinstance(payload, str) and payload.isdigit():
            for flag in watched.get(int(payload), ()):
                flag.set()

    def _recheck_all(self) -> None:
        for watched in (self._watchers, self._partner_watchers):
            for watchers in watched.values():
                for flag in watchers:
                    flag.set()

    async def _listen(self) -> None:
        delay = 0.5
        while True:
            connection: asyncpg.Connection | None = None
            try:
                connection = await asyncpg.connect(self._url)
                await connection.add_listener(events.CHANNEL, self._notified)
                await connection.add_listener(SESSIONS_CHANNEL, self._sessions_ended)
                await connection.add_listener(PARTNER_SESSIONS_CHANNEL, self._sessions_ended)
                await connection.add_listener(TYPING_CHANNEL, self._typing_notified)
                self.listening.set()
                self._wake.set()  # catch up on what happened while not listening
                self._recheck_all()
                delay = 0.5
                while not connection.is_closed():
                    await asyncio.sleep(1.0)
                    await connection.execute("SELECT 1")
            except asyncio.CancelledError:
                raise
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                self.listening.clear()
                log.warning("event listener lost its connection (%s); retrying", type(exc).__name__)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)
            finally:
                if connection is not None and not connection.is_closed():
                    with contextlib.suppress(Exception):
                        await connection.close()

    async def _dispatch(self) -> None:
        while True:
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation
            # that races with the wake-up, and the task would never stop.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(POLL_SECONDS):
                    await self._wake.wait()
            self._wake.clear()
            try:
                await self._drain()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database may be away; try again on the next wake
                log.warning("event dispatch failed (%s); will retry", type(exc).__name__)
                await asyncio.sleep(1.0)

    async def _drain(self) -> None:
        while True:
            async with self._sessions() as session:
                batch = await events.after(session, event_id=self._last)
            for event in batch:
                for subscription in list(self._subscriptions):
                    subscription.offer(event)
                assert event.id is not None
                self._last = event.id
            if len(batch) < 500:
                return


def _watch(watched: dict[int, set[asyncio.Event]], account_id: int) -> asyncio.Event:
    flag = asyncio.Event()
    watched.setdefault(account_id, set()).add(flag)
    return flag


def _unwatch(watched: dict[int, set[asyncio.Event]], account_id: int, flag: asyncio.Event) -> None:
    watchers = watched.get(account_id)
    if watchers is not None:
        watchers.discard(flag)
        if not watchers:
            del watched[account_id]
