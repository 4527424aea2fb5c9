"""A failed reply is not sent again once the caller let the operator go.

After a warm hand-over the caller says yes and the operator leaves: a partner worker holds the
conversation, and the operator's replies are refused (409). Retrying one of the operator's
failed replies was not: `POST /api/messages/{id}/retry` put it back in the outbox, and the
caller got a message from someone they had let go.
"""

from __future__ import annotations

import uuid

import httpx
import sqlalchemy as sa

from app.domain import ChannelKind
from app.storage.db import Database
from tests.referrals.helpers import make_service, mark_safe, refer
from tests.security.test_owner_actions import a_failed_reply, outbox_status, owned_conversation


async def test_no_retry_once_the_caller_let_the_operator_go(
    operator_client: httpx.AsyncClient, database: Database
) -> None:
    conversation_id = await owned_conversation(database, operator_client, channel=ChannelKind.sms)
    await mark_safe(database, conversation_id)
    message_id = await a_failed_reply(database, conversation_id)
    service_id, _ = await make_service(database)
    made = await refer(operator_client, conversation_id, service_id)
    assert made.status_code == 201, made.text
    async with database.transaction() as session:  # the caller's yes: the operator leaves
        await session.execute(
            sa.text("UPDATE referrals SET operator_left_at = now() WHERE id = :id"),
            {"id": uuid.UUID(made.json()["id"])},
        )
    refused = await operator_client.post(f"/api/messages/{message_id}/retry", json={})
    assert refused.status_code == 409, refused.text
    assert "let the operator" in refused.text
    assert await outbox_status(database, message_id) == "failed"
