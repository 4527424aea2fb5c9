"""Ownership rules without a database: the owner/status invariant, who may act, the limit."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from app.conversations import originals, ownership, transfers, wrap_up
from app.conversations.intake import _apply_inbound
from app.models import Conversation, ConversationStatus, Presence, Role, User
from triage import Urgency

pytestmark = pytest.mark.pure

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def user(user_id: int, role: Role = Role.operator) -> User:
    return User(id=user_id, email=f"u{user_id}@example.org", password_hash="x", role=role)


def conversation(status: ConversationStatus, owner: int | None) -> Conversation:
    return Conversation(
        id=uuid.uuid4(),
        contact_id=1,
        channel="webchat",
        status=status.value,
        urgency="standard",
        urgency_rank=Urgency.standard.rank,
        assigned_operator_id=owner,
        waiting_since=T0,
        last_message_at=T0,
    )


class TestInvariant:
    """An open conversation is "waiting" exactly when nobody owns it."""

    @pytest.mark.parametrize(
        ("status", "owner", "consistent"),
        [
            (ConversationStatus.waiting, None, True),
            (ConversationStatus.waiting, 3, False),  # "waiting" while "taken by" names someone
            (ConversationStatus.active, 3, True),
            (ConversationStatus.active, None, False),
            (ConversationStatus.closed, None, True),
            (ConversationStatus.closed, 3, True),
        ],
    )
    def test_waiting_never_names_an_owner(
        self, status: ConversationStatus, owner: int | None, consistent: bool
    ) -> None:
        assert ownership.is_consistent(status.value, owner) is consistent

    def test_assigning_keeps_it(self) -> None:
        item = conversation(ConversationStatus.waiting, None)
        ownership.assign(item, user(5))
        assert (item.status, item.assigned_operator_id) == ("active", 5)
        assert ownership.is_consistent(item.status, item.assigned_operator_id)

    def test_a_message_to_an_owned_conversation_keeps_it(self) -> None:
        item = conversation(ConversationStatus.active, 5)
        _apply_inbound(item, urgency=Urgency.emergency, language="fr")
        assert ownership.is_consistent(item.status, item.assigned_operator_id)
        assert item.assigned_operator_id == 5


class TestWhoActs:
    def test_the_owner_and_anyone_on_an_unowned_one(self) -> None:
        assert ownership.refusal(conversation(ConversationStatus.active, 1), user(1)) is None
        assert ownership.refusal(conversation(ConversationStatus.waiting, None), user(2)) is None
        assert ownership.refusal(conversation(ConversationStatus.active, 1), user(2)) is not None
        assert ownership.refusal(conversation(ConversationStatus.closed, 1), user(1)) is not None

    def test_a_supervisor_or_admin_closes_any_an_operator_only_their_own(self) -> None:
        owned = conversation(ConversationStatus.active, 1)
        assert wrap_up.close_refusal(owned, user(2)) is not None
        assert wrap_up.close_refusal(owned, user(2, Role.supervisor)) is None
        assert wrap_up.close_refusal(owned, user(2, Role.admin)) is None

    def test_transfer_by_the_owner_or_a_supervisor(self) -> None:
        owned = conversation(ConversationStatus.active, 1)
        assert transfers.refusal(owned, by=user(1), to=user(3)) is None
        assert transfers.refusal(owned, by=user(2), to=user(3)) is not None
        assert transfers.refusal(owned, by=user(2, Role.supervisor), to=user(3)) is None
        assert transfers.refusal(owned, by=user(1), to=user(1)) is not None

    def test_reveal_is_for_supervisors_and_admins_unless_the_setting_allows(self) -> None:
        assert not originals.may_reveal(user(1), operators_may_reveal=False)
        assert originals.may_reveal(user(1), operators_may_reveal=True)
        assert originals.may_reveal(user(1, Role.supervisor), operators_may_reveal=False)


class TestCapacity:
    @pytest.mark.parametrize(
        ("presence", "count", "refused"),
        [
            (Presence.available, 3, False),
            (Presence.available, 4, True),
            (Presence.busy, 0, False),
            (Presence.away, 0, True),
        ],
    )
    def test_limit_and_presence(self, presence: Presence, count: int, refused: bool) -> None:
        assert (ownership.capacity_refusal(presence.value, count, 4) is not None) is refused
