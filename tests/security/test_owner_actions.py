"""The owner's actions on a conversation follow one rule: the owner (anyone, while nobody owns
it), a supervisor or an admin (then with a `conversation.override` audit entry); another
operator gets a 409 and changes nothing.

Any operator could extend a colleague's closed conversation's retention (keeping a caller's
number for up to a year), tell a colleague's web chat caller "an operator is writing", resend a
colleague's failed reply, dial a partner into a colleague's call or hang up their leg, and link
a colleague's caller to another case.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import sqlalchemy as sa
from sqlmodel import col, select

from app.domain import ChannelKind
from app.models import AuditEntry, Contact, Conversation, ConversationStatus
from app.models.base import utcnow
from app.storage.db import Database
from tests.factories import receive
from tests.referrals.helpers import make_service, mark_safe
from tests.staff_fixtures import Staff, other_operator, staff, supervisor

__all__ = ["other_operator", "staff", "supervisor"]  # fixtures


async def owned_conversation(
    database: Database, client: httpx.AsyncClient, *, channel: ChannelKind = ChannelKind.webchat
) -> str:
    accepted = await receive(
        database,
        "I need help tonight",
        channel=channel,
        address="+15145550111" if channel is not ChannelKind.webchat else None,
    )
    conversation_id = str(accepted.conversation_id)
    taken = await client.post(f"/api/conversations/{conversation_id}/take", json={})
    assert taken.status_code == 200, taken.text
    return conversation_id


async def close_in_database(database: Database, conversation_id: str) -> None:
    async with database.transaction() as session:
        await session.execute(
            sa.update(Conversation)
            .where(col(Conversation.id) == uuid.UUID(conversation_id))
            .values(status=ConversationStatus.closed.value, closed_at=utcnow())
        )


async def agreed_until(database: Database, conversation_id: str) -> object:
    async with database.sessions() as session:
        found = await session.execute(
            sa.select(col(Contact.retention_agreed_until))
            .join(Conversation, col(Conversation.contact_id) == col(Contact.id))
            .where(col(Conversation.id) == uuid.UUID(conversation_id))
        )
        return found.scalar_one()


async def overrides(database: Database) -> list[AuditEntry]:
    async with database.sessions() as session:
        return list(
            (
                await session.exec(
                    select(AuditEntry)
                    .where(col(AuditEntry.action) == "conversation.override")
                    .order_by(col(AuditEntry.id))
                )
            ).all()
        )


async def a_failed_reply(database: Database, conversation_id: str) -> int:
    """An operator reply whose delivery failed (written as the outbox leaves it)."""
    async with database.transaction() as session:
        found = await session.execute(
            sa.text(
                "INSERT INTO messages (conversation_id, channel, direction, body_redacted, author_id,"
                " delivery_status, created_at) SELECT id, channel, 'out', 'call us back',"
                " assigned_operator_id, 'failed', now() FROM conversations WHERE id = :id RETURNING id"
            ),
            {"id": uuid.UUID(conversation_id)},
        )
        message_id = int(found.scalar_one())
        await session.execute(
            sa.text(
                "INSERT INTO outbox (message_id, contact_id, channel, idempotency_key, status, attempts,"
                " next_attempt_at, erase_vault_after, created_at) SELECT :m, contact_id, channel,"
                " gen_random_uuid(), 'failed', 5, now(), false, now() FROM conversations WHERE id = :id"
            ),
            {"m": message_id, "id": uuid.UUID(conversation_id)},
        )
    return message_id


async def outbox_status(database: Database, message_id: int) -> str:
    async with database.sessions() as session:
        found = await session.execute(
            sa.text("SELECT status FROM outbox WHERE message_id = :m"), {"m": message_id}
        )
        return str(found.scalar_one())


async def test_a_colleague_cannot_extend_the_retention_of_a_closed_conversation(
    operator_client: httpx.AsyncClient,
    database: Database,
    staff: Staff,
    other_operator: str,
    supervisor: str,
) -> None:
    conversation_id = await owned_conversation(database, operator_client)
    await close_in_database(database, conversation_id)
    url = f"/api/conversations/{conversation_id}/retention"
    later = (utcnow() + timedelta(days=30)).isoformat()
    async with staff(other_operator) as colleague:
        refused = await colleague.put(url, json={"agreed_until": later})
    assert refused.status_code == 409, refused.text
    assert await agreed_until(database, conversation_id) is None
    assert await overrides(database) == []
    async with staff(supervisor) as overseer:
        assert (await overseer.put(url, json={"agreed_until": later})).status_code == 200
    (entry,) = await overrides(database)
    assert (entry.subject_id, entry.detail["action"]) == (conversation_id, "retention")
    assert (await operator_client.put(url, json={"agreed_until": None})).status_code == 200
    assert await agreed_until(database, conversation_id) is None
    assert len(await overrides(database)) == 1  # the owner's own act is not an override


async def test_only_who_may_reply_tells_the_caller_an_operator_is_writing(
    operator_client: httpx.AsyncClient,
    database: Database,
    staff: Staff,
    other_operator: str,
    supervisor: str,
) -> None:
    conversation_id = await owned_conversation(database, operator_client)
    url = f"/api/conversations/{conversation_id}/typing"
    async with staff(other_operator) as colleague:
        assert (await colleague.post(url, json={})).status_code == 409
    async with staff(supervisor) as overseer:  # a supervisor cannot send the reply either
        assert (await overseer.post(url, json={})).status_code == 409
    assert (await operator_client.post(url, json={})).status_code == 204
    unowned = str((await receive(database, "hello")).conversation_id)
    async with staff(other_operator) as colleague:
        assert (await colleague.post(f"/api/conversations/{unowned}/typing", json={})).status_code == 204


async def test_a_colleague_cannot_retry_the_owners_failed_reply(
    operator_client: httpx.AsyncClient,
    database: Database,
    staff: Staff,
    other_operator: str,
    supervisor: str,
) -> None:
    conversation_id = await owned_conversation(database, operator_client, channel=ChannelKind.sms)
    await mark_safe(database, conversation_id)
    message_id = await a_failed_reply(database, conversation_id)
    async with staff(other_operator) as colleague:
        refused = await colleague.post(f"/api/messages/{message_id}/retry", json={})
        missing = await colleague.post(f"/api/messages/{2**62}/retry", json={})
    assert refused.status_code == 409, refused.text
    assert missing.status_code == 404
    assert await outbox_status(database, message_id) == "failed"
    async with staff(supervisor) as overseer:
        retried = await overseer.post(f"/api/messages/{message_id}/retry", json={})
    assert retried.status_code == 200, retried.text
    (entry,) = await overrides(database)
    assert (entry.subject_id, entry.detail["action"]) == (conversation_id, "retry")


async def test_a_colleague_cannot_transfer_or_leave_the_owners_call(
    operator_client: httpx.AsyncClient,
    database: Database,
    staff: Staff,
    other_operator: str,
) -> None:
    conversation_id = await owned_conversation(database, operator_client)
    service_id, _ = await make_service(database)
    transfer = {"service_id": service_id, "caller_agreed": True, "share": ["language"], "purpose": "shelter"}
    async with staff(other_operator) as colleague:
        moved = await colleague.post(f"/api/conversations/{conversation_id}/call/transfer", json=transfer)
        left = await colleague.post(f"/api/conversations/{conversation_id}/call/leave", json={})
    assert (moved.status_code, left.status_code) == (409, 409), (moved.text, left.text)
    async with database.sessions() as session:
        made = (await session.execute(sa.text("SELECT count(*) FROM referrals"))).scalar_one()
    assert made == 0
    # The owner passes the ownership check and meets the next one: there is no call.
    owners = await operator_client.post(f"/api/conversations/{conversation_id}/call/leave", json={})
    assert owners.status_code == 404


async def test_a_colleague_cannot_link_the_owners_caller_to_another_case(
    operator_client: httpx.AsyncClient,
    database: Database,
    staff: Staff,
    other_operator: str,
) -> None:
    conversation_id = await owned_conversation(database, operator_client)
    earlier = str((await receive(database, "an earlier contact")).conversation_id)
    body = {"conversation_id": earlier, "caller_agreed": True}
    async with staff(other_operator) as colleague:
        refused = await colleague.post(f"/api/conversations/{conversation_id}/link", json=body)
    assert refused.status_code == 409, refused.text
    linked = await operator_client.post(f"/api/conversations/{conversation_id}/link", json=body)
    assert linked.status_code == 200 and linked.json() == {"linked": True}


async def test_a_supervisor_closing_or_tagging_someone_elses_conversation_is_audited(
    operator_client: httpx.AsyncClient,
    database: Database,
    staff: Staff,
    supervisor: str,
) -> None:
    conversation_id = await owned_conversation(database, operator_client)
    async with staff(supervisor) as overseer:
        tagged = await overseer.put(f"/api/conversations/{conversation_id}/tags", json={"tags": ["labour"]})
        closed = await overseer.post(
            f"/api/conversations/{conversation_id}/close", json={"outcome": "information_given"}
        )
    assert (tagged.status_code, closed.status_code) == (200, 200), (tagged.text, closed.text)
    entries = await overrides(database)
    assert [entry.detail["action"] for entry in entries] == ["tags", "close"]
    assert all(
        entry.subject_id == conversation_id and isinstance(entry.detail["owner"], int) for entry in entries
    )
