"""The owner/status invariant held by the database, and by intake on a returning message."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from app.storage.db import Database
from tests.console.conftest import LogIn, rows
from tests.factories import receive


class TestInvariantInTheDatabase:
    async def test_a_waiting_row_with_an_owner_is_refused(self, staff: LogIn, database: Database) -> None:
        alice = await staff("alice")
        accepted = await receive(database, "Bonjour")
        await alice.post(f"/api/conversations/{accepted.conversation_id}/take", json={})
        with pytest.raises(IntegrityError, match="ck_conversations_owner_matches_status"):
            async with database.transaction() as session:
                await session.execute(
                    sa.text("UPDATE conversations SET status = 'waiting' WHERE id = :id"),
                    {"id": accepted.conversation_id},
                )

    async def test_a_new_message_to_an_owned_conversation_keeps_it_active_and_owned(
        self, staff: LogIn, database: Database
    ) -> None:
        alice = await staff("alice")
        first = await receive(database, "Bonjour", address="caller-a")
        assert (
            await alice.post(
                f"/api/conversations/{first.conversation_id}/messages", json={"text": "Je vous écoute."}
            )
        ).status_code == 201
        again = await receive(database, "Merci, j'ai une autre question", address="caller-a")
        assert again.conversation_id == first.conversation_id
        shown = (await alice.get(f"/api/conversations/{first.conversation_id}")).json()
        assert shown["status"] == "active" and shown["assigned_operator"] == "alice@example.org"
        stored = await rows(
            database,
            "SELECT count(*) AS n FROM conversations WHERE status ="
            " 'waiting' AND assigned_operator_id IS NOT NULL",
        )
        assert stored == [{"n": 0}]
