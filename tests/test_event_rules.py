"""Who is sent which live event, and what a frame holds: the console's and the web chat's
filters, and a subscriber that falls behind. No database."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

from app.api.console_stream import may_see
from app.context import AppContext
from app.conversations import automatic_messages, webchat_sessions
from app.domain import ChatLine, ChatSession, NoticeKind
from app.live.event_hub import Subscription
from app.live.events import frame
from app.live.schemas import EventKind
from app.models import Event, Role, User
from app.settings import Settings

pytestmark = pytest.mark.pure

AT = "2026-03-01T12:00:00+00:00"
MINE = uuid.UUID("00000000-0000-4000-8000-000000000001")
OTHER = uuid.UUID("00000000-0000-4000-8000-000000000002")


def event(
    event_id: int,
    kind: EventKind = EventKind.message_created,
    conversation: uuid.UUID | None = MINE,
    **message: Any,
) -> Event:
    payload = {"message": {"id": event_id, "direction": "out", "text": f"r{event_id}", "at": AT, **message}}
    return Event(id=event_id, kind=kind.value, conversation_id=conversation, payload=payload)


class TestConsole:
    @pytest.mark.parametrize("role", list(Role))
    def test_every_active_user_sees_every_event_and_an_inactive_one_none(self, role: Role) -> None:
        user = User(email="a@example.org", password_hash="x", role=role)
        assert may_see(user, event(1)) and may_see(user, event(2, EventKind.conversation_updated, None))
        user.active = False
        assert not may_see(user, event(1))

    def test_a_whisper_reaches_supervisors_and_its_operator_only(self) -> None:
        whisper = event(3, EventKind.whisper_created, direction="whsp")
        whisper.payload["to_operator_id"] = 7
        owner = User(id=7, email="o@example.org", password_hash="x", role=Role.operator)
        other = User(id=8, email="p@example.org", password_hash="x", role=Role.operator)
        boss = User(id=9, email="s@example.org", password_hash="x", role=Role.supervisor)
        admin = User(id=10, email="a@example.org", password_hash="x", role=Role.admin)
        assert may_see(owner, whisper) and may_see(boss, whisper) and may_see(admin, whisper)
        assert not may_see(other, whisper)
        owner.active = False
        assert not may_see(owner, whisper)
        assert frame(whisper).model_dump(mode="json")["to_operator_id"] == 7

    def test_a_frame_carries_the_id_kind_conversation_and_payload(self) -> None:
        assert frame(event(7, direction="in")).model_dump(mode="json") == {
            "type": "event",
            "id": 7,
            "kind": "message.created",
            "conversation_id": str(MINE),
            "message": {
                "id": 7,
                "direction": "in",
                "text": "r7",
                "at": AT,
                "delivery": None,
                "delivery_error": None,
                "triage": None,
                "marker": None,
            },
        }
        assert frame(event(8, conversation=None)).conversation_id is None


class TestSubscription:
    async def test_only_accepted_events_are_queued(self) -> None:
        subscription = Subscription(accepts=lambda e: e.conversation_id == MINE)
        for item in (event(1), event(2, conversation=OTHER), event(3)):
            subscription.offer(item)
        assert [subscription.queue.get_nowait().id for _ in range(subscription.queue.qsize())] == [1, 3]

    async def test_a_subscriber_that_falls_behind_is_told_to_resync_and_gets_no_more(self) -> None:
        subscription = Subscription(accepts=lambda e: True, queue=asyncio.Queue(maxsize=2))
        for n in range(1, 4):
            subscription.offer(event(n))
        assert subscription.overflowed.is_set()
        subscription.queue.get_nowait()
        subscription.offer(event(4))
        assert [subscription.queue.get_nowait().id] == [2] and subscription.queue.empty()


class FakeHub:
    def __init__(self) -> None:
        self.subscriptions: list[Subscription] = []

    def subscribe(self, accepts: Any) -> Subscription:
        self.subscriptions.append(Subscription(accepts=accepts))
        return self.subscriptions[-1]

    def unsubscribe(self, subscription: Subscription) -> None:
        self.subscriptions.remove(subscription)

    def watch_typing(self) -> asyncio.Queue[str]:
        self.typing: asyncio.Queue[str] = asyncio.Queue()
        return self.typing

    def unwatch_typing(self, queue: asyncio.Queue[str]) -> None:
        pass


class TestWebchatVisitor:
    """`webchat_sessions.replies`: a visitor gets the staff's replies in their own conversations."""

    async def test_only_new_outbound_messages_of_the_visitors_conversations(self) -> None:
        hub = FakeHub()
        context = AppContext(settings=None, database=None, hub=hub, signer=None, keys=None)  # type: ignore[arg-type]
        session = ChatSession(token="t" * 43, resumed=True, conversation_ids={str(MINE)})
        replies = webchat_sessions.replies(context, session)
        first = asyncio.ensure_future(anext(replies))
        await asyncio.sleep(0)
        (subscription,) = hub.subscriptions
        offered = [
            event(1, direction="in"),  # the visitor's own message
            event(2, direction="note"),  # staff notes never
            event(3, conversation=OTHER),  # someone else's conversation
            event(4, EventKind.message_updated),  # a delivery status
            event(5, EventKind.conversation_updated),
            event(6, conversation=None),
            event(8, EventKind.whisper_created, direction="whsp"),  # a supervisor's whisper
            event(7),
        ]
        for item in offered:
            subscription.offer(item)
        assert subscription.queue.qsize() == 1  # only the reply to this visitor
        assert (await asyncio.wait_for(first, 5)).id == 7
        subscription.offer(event(7))  # the same reply again (a replay) is skipped
        subscription.offer(event(9))
        line = await asyncio.wait_for(anext(replies), 5)
        assert (line.id, line.direction, line.text) == (9, "out", "r9")
        await replies.aclose()
        assert hub.subscriptions == []

    async def test_a_reply_already_in_the_history_is_not_sent_twice(self) -> None:
        hub = FakeHub()
        context = AppContext(settings=None, database=None, hub=hub, signer=None, keys=None)  # type: ignore[arg-type]
        session = ChatSession(token="t" * 43, resumed=True, conversation_ids={str(MINE)})
        session.history = [ChatLine(id=5, direction="out", text="r5", at=AT)]
        replies = webchat_sessions.replies(context, session)
        pending = asyncio.ensure_future(anext(replies))
        await asyncio.sleep(0)
        for n in (4, 5, 6):
            hub.subscriptions[0].offer(event(n))
        assert (await asyncio.wait_for(pending, 5)).id == 6
        await replies.aclose()

    async def test_a_closed_socket_leaves_no_waiting_task_behind(self) -> None:
        # The socket's task is cancelled while replies() waits: its two waits were left
        # pending ("Task was destroyed but it is pending!" in the server's log at every close).
        hub = FakeHub()
        context = AppContext(settings=None, database=None, hub=hub, signer=None, keys=None)  # type: ignore[arg-type]
        session = ChatSession(token="t" * 43, resumed=True, conversation_ids={str(MINE)})
        before = asyncio.all_tasks()
        reader = asyncio.ensure_future(anext(webchat_sessions.replies(context, session)))
        await asyncio.sleep(0)
        reader.cancel()
        with pytest.raises(asyncio.CancelledError):
            await reader
        await asyncio.sleep(0)
        assert [task for task in asyncio.all_tasks() - before if not task.done()] == []


class TestWebchatNotices:
    """The visitor's page hears that an operator is writing, and that the conversation closed."""

    def start(self, language: str = "fr") -> tuple[FakeHub, Any, Any]:
        hub = FakeHub()
        context = AppContext(
            settings=Settings(env="test"),
            database=None,
            hub=hub,  # type: ignore[arg-type]
            signer=None,
            keys=None,
        )  # type: ignore[arg-type]
        session = ChatSession(token="t" * 43, resumed=True, conversation_ids={str(MINE)}, language=language)
        replies = webchat_sessions.replies(context, session)
        return hub, replies, asyncio.ensure_future(anext(replies))

    @staticmethod
    def closed(event_id: int, conversation: uuid.UUID, status: str = "closed") -> Event:
        return Event(
            id=event_id,
            kind=EventKind.conversation_updated.value,
            conversation_id=conversation,
            payload={"conversation": {"id": str(conversation), "status": status}},
        )

    async def test_typing_in_the_visitors_conversation_only_in_their_language(self) -> None:
        hub, replies, pending = self.start("en")
        await asyncio.sleep(0)
        hub.typing.put_nowait(str(OTHER))
        hub.typing.put_nowait(str(MINE))
        notice = await asyncio.wait_for(pending, 5)
        assert notice.kind is NoticeKind.typing
        assert notice.text == automatic_messages.notice(
            Settings(env="test"), kind=NoticeKind.typing, language="en"
        )
        assert notice.text != automatic_messages.notice(
            Settings(env="test"), kind=NoticeKind.typing, language="fr"
        )
        await replies.aclose()

    async def test_closing_the_visitors_conversation_one_by_one_or_with_the_held_ones(self) -> None:
        hub, replies, pending = self.start()
        await asyncio.sleep(0)
        (subscription,) = hub.subscriptions
        for item in (self.closed(1, OTHER), self.closed(2, MINE, status="active"), self.closed(3, MINE)):
            subscription.offer(item)
        assert subscription.queue.qsize() == 1
        assert (await asyncio.wait_for(pending, 5)).kind is NoticeKind.closed
        for event_id, closed in ((4, [str(OTHER)]), (5, [str(OTHER), str(MINE)])):
            subscription.offer(
                Event(
                    id=event_id,
                    kind=EventKind.queue_held.value,
                    conversation_id=None,
                    payload={"held": 0, "released": 0, "closed": closed},
                )
            )
        assert subscription.queue.qsize() == 1
        assert (await asyncio.wait_for(anext(replies), 5)).kind is NoticeKind.closed
        await replies.aclose()
