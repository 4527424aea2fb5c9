"""The console page as the server renders it: ownership, wrap-up, shortcuts; the canned
responses editor for supervisors."""

from __future__ import annotations

from app.domain import ChannelKind
from app.models import Role
from app.storage.db import Database
from tests.console.conftest import LogIn
from tests.factories import receive


class TestConsolePage:
    async def test_someone_elses_conversation_renders_with_the_reply_box_disabled(
        self, staff: LogIn, database: Database
    ) -> None:
        alice, bob = await staff("alice"), await staff("bob")
        accepted = await receive(database, "Bonjour")
        await alice.post(f"/api/conversations/{accepted.conversation_id}/take", json={})
        html = (await bob.get(f"/console?c={accepted.conversation_id}&lang=en")).text
        assert 'data-owner-state="other"' in html
        assert 'aria-keyshortcuts="r" disabled' in html
        assert "Taken by alice@example.org: only they can reply." in html
        own = (await alice.get(f"/console?c={accepted.conversation_id}&lang=en")).text
        assert 'data-owner-state="mine"' in own and 'aria-keyshortcuts="r" disabled' not in own

    async def test_wrap_up_lists_the_outcomes_and_the_shortcuts_are_documented_in_french(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        html = (await alice.get(f"/console?c={accepted.conversation_id}&lang=fr")).text
        assert '<select id="close-outcome" name="outcome" required' in html
        assert "Plan de sécurité établi" in html and "Orientée vers un partenaire" in html
        assert 'id="shortcuts-dialog"' in html and "Conversation suivante" in html
        assert 'id="take-conversation"' in html and "Prendre cette conversation" in html

    async def test_canned_responses_come_in_the_callers_language(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "I need help, my boss took my passport")
        html = (await alice.get(f"/console?c={accepted.conversation_id}&lang=fr")).text
        assert "Are you safe to talk?" in html and "Pouvez-vous parler sans danger" not in html

    async def test_keeping_the_number_longer_is_offered_only_where_there_is_a_number(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        sms = await receive(database, "Bonjour", channel=ChannelKind.sms, address="+15145550123")
        chat = await receive(database, "Bonjour")
        html = (await alice.get(f"/console?c={sms.conversation_id}&lang=fr")).text
        assert 'id="retention-form"' in html and "La personne a donné son accord" in html
        assert '<option value="30">' in html and '<option value="365">' in html
        assert 'id="retention-form"' not in (await alice.get(f"/console?c={chat.conversation_id}")).text


class TestCannedResponsesEditor:
    async def test_supervisors_only(self, staff: LogIn) -> None:
        alice, boss = await staff("alice"), await staff("boss", Role.supervisor)
        refused = await alice.get("/console/canned-responses?lang=en")
        assert refused.status_code == 403 and 'id="canned-form"' not in refused.text
        shown = await boss.get("/console/canned-responses?language=en&lang=en")
        assert shown.status_code == 200 and 'id="canned-form"' in shown.text
        assert "Are you safe to talk?" in shown.text
