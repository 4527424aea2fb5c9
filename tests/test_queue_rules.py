"""The queue's order, how an inbound message moves a conversation, and what staff and callers
see of a message: rules only, no database."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from app.conversations import messages, queue
from app.conversations.intake import IntakeKeys, _apply_inbound, sealed_context
from app.conversations.schemas import MessageRead, TriageRead
from app.domain import Direction
from app.models import Contact, Conversation, ConversationStatus, Message
from app.settings import Settings
from triage import Urgency

pytestmark = pytest.mark.pure

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def conversation(
    urgency: Urgency = Urgency.standard,
    *,
    status: ConversationStatus = ConversationStatus.waiting,
    language: str = "und",
    waiting: timedelta = timedelta(0),
) -> Conversation:
    return Conversation(
        id=uuid.uuid4(),
        contact_id=1,
        channel="sms",
        status=status.value,
        urgency=urgency.value,
        urgency_rank=urgency.rank,
        language=language,
        waiting_since=T0 + waiting,
        last_message_at=T0 + waiting,
    )


class TestUrgency:
    def test_ranks_put_the_most_urgent_first(self) -> None:
        assert sorted(Urgency, key=lambda u: u.rank) == [
            Urgency.emergency,
            Urgency.high,
            Urgency.standard,
            Urgency.low,
        ]
        assert len({u.rank for u in Urgency}) == len(Urgency)

    @pytest.mark.parametrize(
        ("levels", "expected"),
        [
            ((Urgency.low, Urgency.high), Urgency.high),
            ((Urgency.emergency, Urgency.low), Urgency.emergency),
            ((Urgency.standard,), Urgency.standard),
            ((Urgency.low, Urgency.standard, Urgency.low), Urgency.standard),
        ],
    )
    def test_highest(self, levels: tuple[Urgency, ...], expected: Urgency) -> None:
        assert Urgency.highest(*levels) is expected

    def test_queue_order_is_urgency_then_longest_waiting(self) -> None:
        """The key the queue query sorts on (`urgency_rank`, `waiting_since`)."""
        low = conversation(Urgency.low, waiting=timedelta(minutes=-30))
        standard_early = conversation(Urgency.standard, waiting=timedelta(minutes=-20))
        standard_late = conversation(Urgency.standard, waiting=timedelta(minutes=-5))
        emergency = conversation(Urgency.emergency)
        ordered = sorted(
            [standard_late, low, emergency, standard_early], key=lambda c: (c.urgency_rank, c.waiting_since)
        )
        assert ordered == [emergency, standard_early, standard_late, low]


class TestInboundMovesTheConversation:
    """`intake._apply_inbound`: what a new inbound message changes."""

    def test_urgency_only_rises(self) -> None:
        item = conversation(Urgency.standard)
        assert _apply_inbound(item, urgency=Urgency.emergency, language="fr") is True
        assert (item.urgency, item.urgency_rank) == ("emergency", 0)
        assert _apply_inbound(item, urgency=Urgency.low, language="fr") is False
        assert (item.urgency, item.urgency_rank) == ("emergency", 0)

    def test_the_language_is_filled_once_known_and_then_kept(self) -> None:
        item = conversation()
        assert _apply_inbound(item, urgency=Urgency.standard, language="und") is False
        assert _apply_inbound(item, urgency=Urgency.standard, language="es") is True
        assert _apply_inbound(item, urgency=Urgency.standard, language="en") is False
        assert item.language == "es"

    def test_an_answered_conversation_stays_with_its_owner_with_a_fresh_wait(self) -> None:
        item = conversation(status=ConversationStatus.active)
        item.assigned_operator_id = 7
        assert _apply_inbound(item, urgency=Urgency.standard, language="und") is True
        assert item.status == "active" and item.assigned_operator_id == 7
        assert item.waiting_since > T0

    def test_a_waiting_conversation_keeps_its_place(self) -> None:
        item = conversation()
        _apply_inbound(item, urgency=Urgency.standard, language="und")
        assert item.waiting_since == T0


class TestViews:
    def test_the_queue_shows_the_reply_decision_and_stop(self) -> None:
        item = conversation(Urgency.high, language="fr")
        shown = queue.read(item, operator_email=None)
        assert shown.safe_to_reply is None and shown.reply_stopped is False
        assert (shown.id, shown.urgency, shown.waiting_since) == (item.id, Urgency.high, T0)
        stopped = Contact(channel="sms", pseudonym="p", safe_to_reply=False, stopped_at=T0)
        shown = queue.read(item, operator_email="op@example.org", contact=stopped)
        assert (shown.safe_to_reply, shown.reply_stopped, shown.assigned_operator) == (
            False,
            True,
            "op@example.org",
        )

    def test_staff_see_the_triage_summary_and_the_caller_never_does(self) -> None:
        triage = {
            "language": "fr",
            "urgency": "high",
            "needs": ["legal"],
            "indicators": [],
            "exploitation": [],
            "region": "Laval",
            "explanations": ["x"],
            "entities": [{"type": "PHONE", "start": 1, "end": 5}],
            "redacted": "never shown",
        }
        message = Message(
            id=3,
            conversation_id=uuid.uuid4(),
            channel="sms",
            direction="in",
            body_redacted="[PHONE]",
            triage=triage,
            created_at=T0,
        )
        caller = messages.read(message)
        staff = messages.read(message, for_staff=True)
        assert caller.triage is None and caller.text == "[PHONE]"
        assert staff.triage is not None and staff.triage.region == "Laval"
        shown = staff.model_dump(mode="json")
        assert "entities" not in shown["triage"] and "never shown" not in str(shown)

    def test_the_summary_unites_codes_in_order_and_keeps_the_last_region(self) -> None:
        def seen(**found: object) -> MessageRead:
            return MessageRead(
                id=1,
                direction=Direction.inbound,
                text="",
                at=T0,
                triage=TriageRead.model_validate(found) if found else None,
            )

        shown = [
            seen(needs=["shelter"], indicators=["isolation"], region="Laval"),
            seen(),
            seen(needs=["legal", "shelter"], exploitation=["forced_labour"]),
            seen(needs=[], region="Montréal"),
        ]
        assert messages.triage_summary(shown) == {
            "needs": ["shelter", "legal"],
            "indicators": ["isolation"],
            "exploitation": ["forced_labour"],
            "region": "Montréal",
        }
        assert messages.triage_summary([]) == {
            "needs": [],
            "indicators": [],
            "exploitation": [],
            "region": None,
        }


def test_intake_keys_come_from_the_settings() -> None:
    keys = IntakeKeys.from_settings(
        Settings(env="test", vault_retention_days=7, sealed_retention_days=30, languages="fr,en")
    )  # type: ignore[arg-type]
    assert (keys.vault_ttl, keys.sealed_ttl, keys.languages) == (
        timedelta(days=7),
        timedelta(days=30),
        ("fr", "en"),
    )
    assert len(keys.vault_key) == 32
    assert sealed_context("abc") == "message:abc"
