"""Retention that purges: after its period only codes remain; what is not due stays."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta

import sqlalchemy as sa
from typer.testing import CliRunner

from app.cli.commands import cli
from app.models import Conversation, ConversationStatus, Message, VaultEntry
from app.models.base import utcnow
from app.security import retention
from app.security.retention_worker import RetentionWorker
from app.storage.db import Database
from tests.factories import keys, receive

POLICY = retention.RetentionPolicy(vault_after_close=timedelta(hours=72))


async def vault_contacts(database: Database) -> set[int]:
    async with database.sessions() as session:
        return set((await session.execute(sa.select(VaultEntry.contact_id))).scalars())  # type: ignore[call-overload]


async def message(database: Database, message_id: int) -> Message:
    async with database.sessions() as session:
        found = await session.get(Message, message_id)
    assert found is not None
    return found


async def contact_of(database: Database, conversation_id: str) -> int:
    async with database.sessions() as session:
        conversation = await session.get(Conversation, uuid.UUID(conversation_id))
    assert conversation is not None
    return conversation.contact_id


async def close(database: Database, conversation_id: str, *, at: datetime) -> None:
    async with database.transaction() as session:
        await session.execute(
            sa.update(Conversation)
            .where(Conversation.id == uuid.UUID(conversation_id))  # type: ignore[arg-type]
            .values(status=ConversationStatus.closed.value, closed_at=at)
        )


async def expire_sealed(database: Database, message_id: int, *, at: datetime) -> None:
    async with database.transaction() as session:
        await session.execute(
            sa.update(Message)
            .where(Message.id == message_id)  # type: ignore[arg-type]
            .values(sealed_expires_at=at)
        )


class TestVault:
    async def test_expired_entries_go_and_unexpired_stay(self, database: Database) -> None:
        old = await receive(database, "bonjour", vault_ttl=timedelta(days=1))
        fresh = await receive(database, "hello", vault_ttl=timedelta(days=10))
        now = utcnow() + timedelta(days=2)
        counts = await retention.purge(database, now=now, policy=POLICY)
        assert counts == retention.PurgeCounts(vault_entries=1, sealed_originals=0)
        assert await vault_contacts(database) == {await contact_of(database, fresh.conversation_id)}
        assert await contact_of(database, old.conversation_id) not in await vault_contacts(database)

    async def test_entry_goes_72_hours_after_the_conversation_closed(self, database: Database) -> None:
        closed = await receive(database, "bonjour")
        still_open = await receive(database, "hello")
        closed_at = utcnow()
        await close(database, closed.conversation_id, at=closed_at)
        before = await retention.purge(database, now=closed_at + timedelta(hours=71), policy=POLICY)
        assert before.vault_entries == 0 and len(await vault_contacts(database)) == 2
        after = await retention.purge(database, now=closed_at + timedelta(hours=73), policy=POLICY)
        assert after.vault_entries == 1
        assert await vault_contacts(database) == {await contact_of(database, still_open.conversation_id)}

    async def test_a_caller_who_writes_again_keeps_the_entry(self, database: Database) -> None:
        first = await receive(database, "bonjour", address="+15145550100")
        await close(database, first.conversation_id, at=utcnow() - timedelta(hours=100))
        again = await receive(database, "encore moi", address="+15145550100")
        assert again.conversation_id != first.conversation_id
        counts = await retention.purge(database, now=utcnow(), policy=POLICY)
        assert counts.vault_entries == 0 and len(await vault_contacts(database)) == 1


class TestSealedOriginals:
    async def test_expired_originals_are_nulled_and_the_redacted_text_stays(self, database: Database) -> None:
        old = await receive(database, "bonjour")
        fresh = await receive(database, "hello")
        now = utcnow()
        await expire_sealed(database, old.message_id, at=now - timedelta(seconds=1))
        counts = await retention.purge(database, now=now, policy=POLICY)
        assert counts == retention.PurgeCounts(vault_entries=0, sealed_originals=1)
        purged, kept = await message(database, old.message_id), await message(database, fresh.message_id)
        assert purged.sealed_original is None and purged.sealed_expires_at is None
        assert purged.body_redacted == "bonjour"
        assert kept.sealed_original is not None

    async def test_everything_goes_at_the_configured_period(self, database: Database) -> None:
        accepted = await receive(database, "bonjour")
        late = utcnow() + keys().sealed_ttl + timedelta(seconds=1)
        counts = await retention.purge(database, now=late, policy=POLICY)
        assert counts == retention.PurgeCounts(vault_entries=1, sealed_originals=1)
        assert await vault_contacts(database) == set()
        assert (await message(database, accepted.message_id)).sealed_original is None


async def test_purge_works_in_batches_until_nothing_is_due(database: Database) -> None:
    for text in ("un", "deux", "trois"):
        await receive(database, text)
    late = utcnow() + keys().sealed_ttl + timedelta(seconds=1)
    small = retention.RetentionPolicy(batch=1)
    batch = await retention.purge_batch(database, now=late, policy=small)
    assert batch == retention.PurgeCounts(vault_entries=1, sealed_originals=1)
    rest = await retention.purge(database, now=late, policy=small)
    assert rest == retention.PurgeCounts(vault_entries=2, sealed_originals=2)
    assert await retention.purge(database, now=late, policy=small) == retention.PurgeCounts()


async def test_the_worker_runs_a_pass(database: Database) -> None:
    await receive(database, "bonjour", vault_ttl=timedelta(seconds=-1))
    worker = RetentionWorker(database=database, policy=POLICY, interval_seconds=0.05)
    worker.start()
    try:
        for _ in range(100):
            if not await vault_contacts(database):
                break
            await asyncio.sleep(0.05)
    finally:
        await worker.stop()
    assert await vault_contacts(database) == set()
    assert await worker.run_once() == retention.PurgeCounts()


async def test_purge_command_prints_counts(database_url: str, database: Database) -> None:
    await receive(database, "bonjour", vault_ttl=timedelta(seconds=-1))
    kept = await receive(database, "hello")
    sealed = await receive(database, "hola")
    await expire_sealed(database, sealed.message_id, at=utcnow() - timedelta(seconds=1))
    env = {"HOTLINE_ENV": "test", "HOTLINE_DATABASE_URL": database_url}
    result = await asyncio.to_thread(CliRunner().invoke, cli, ["purge"], env=env)
    assert result.exit_code == 0, result.output
    assert "vault entries purged: 1" in result.stdout
    assert "sealed originals purged: 1" in result.stdout
    assert "conversations whose texts were purged: 0" in result.stdout
    assert (await message(database, kept.message_id)).sealed_original is not None
    assert "bonjour" not in result.stdout and "hola" not in result.stdout
