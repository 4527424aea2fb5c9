"""Each kind of data has its own period: after all of them, only codes, counts and dates remain
of a closed conversation (checked in a dump of the database), and not a moment before."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta

import httpx
import sqlalchemy as sa
from fastapi import FastAPI

from app.conversations.channel_core import ChannelCore
from app.models import Conversation, ConversationStatus
from app.models.base import utcnow
from app.security import retention
from app.settings import Settings
from app.storage.db import Database
from tests.channels.db_queries import count, rows
from tests.postgres import PostgresForTests

CALLER_TEXT = "Mon patron garde mon passeport chez Panet, écrivez à maria.lopez@example.com"
REPLY = "Rendez-vous au métro Berri-UQAM"
NOTE = "Voisine Gisèle prête à héberger"
WHISPER = "Appelle Rosalie au refuge"
PLANTED = ("passeport", "Panet", "maria.lopez", "Berri", "Gisèle", "Rosalie")


def policy(settings: Settings) -> retention.RetentionPolicy:
    return retention.RetentionPolicy.from_settings(settings)


async def close(database: Database, conversation_id: str, *, at: datetime) -> None:
    async with database.transaction() as session:
        await session.execute(
            sa.update(Conversation)
            .where(Conversation.id == uuid.UUID(conversation_id))  # type: ignore[arg-type]
            .values(status=ConversationStatus.closed.value, closed_at=at)
        )


async def add_note(database: Database, conversation_id: str, direction: str, text: str) -> None:
    """A case note or a whisper as the console's routes write it: the row and its event copy."""
    async with database.transaction() as session:
        found = await session.execute(
            sa.text(
                "INSERT INTO messages (conversation_id, channel, direction, body_redacted, created_at)"
                " VALUES (:c, 'webchat', :d, :t, now()) RETURNING id"
            ),
            {"c": conversation_id, "d": direction, "t": text},
        )
        message_id = found.scalar_one()
        payload = {"message": {"id": message_id, "direction": direction, "text": text}}
        await session.execute(
            sa.text(
                "INSERT INTO events (kind, conversation_id, payload, created_at)"
                " VALUES ('message.created', :c, CAST(:p AS jsonb), now())"
            ),
            {"c": conversation_id, "p": json.dumps(payload)},
        )


async def a_closed_conversation(
    app: FastAPI, operator_client: httpx.AsyncClient, database: Database, token: str, *, closed_at: datetime
) -> str:
    backend = ChannelCore(lambda: app.state.context)
    session = await backend.open_chat(token)
    await backend.receive_chat(session, text=CALLER_TEXT, client_id="c1", language="fr")
    conversation_id = (await operator_client.get("/api/conversations")).json()[0]["id"]
    reply = await operator_client.post(f"/api/conversations/{conversation_id}/messages", json={"text": REPLY})
    assert reply.status_code == 201
    await add_note(database, conversation_id, "note", NOTE)
    await add_note(database, conversation_id, "whsp", WHISPER)
    await close(database, conversation_id, at=closed_at)
    return conversation_id


def planted_lines(dump: str) -> list[str]:
    return [line for line in dump.splitlines() if any(word in line for word in PLANTED)]


async def test_after_every_period_only_codes_and_counts_remain(
    app: FastAPI,
    operator_client: httpx.AsyncClient,
    database: Database,
    settings: Settings,
    postgres: PostgresForTests,
    database_url: str,
) -> None:
    closed_at = utcnow()
    await a_closed_conversation(app, operator_client, database, "k" * 43, closed_at=closed_at)
    messages, codes = (
        await count(database, "messages"),
        await rows(
            database,
            "SELECT triage->'urgency' AS u, triage->'needs' AS n FROM messages WHERE direction = 'in'",
        ),
    )
    texts_due = closed_at + timedelta(days=settings.text_after_close_days)
    notes_due = closed_at + timedelta(days=settings.notes_after_close_days)
    assert settings.text_after_close_days < settings.notes_after_close_days

    before = await retention.purge(database, now=texts_due - timedelta(minutes=1), policy=policy(settings))
    assert before.texts == 0 and before.vault_entries == 1  # 72 h after close: the address went
    assert len(planted_lines(postgres.dump(database_url))) > 0

    texts = await retention.purge(database, now=texts_due + timedelta(minutes=1), policy=policy(settings))
    assert texts.texts == 1 and texts.notes == 0
    kept = planted_lines(postgres.dump(database_url))
    assert kept and all(NOTE in line or WHISPER in line for line in kept)

    notes = await retention.purge(database, now=notes_due + timedelta(minutes=1), policy=policy(settings))
    assert notes == retention.PurgeCounts(notes=1)
    assert planted_lines(postgres.dump(database_url)) == []
    assert await count(database, "messages") == messages
    assert (
        await rows(
            database,
            "SELECT triage->'urgency' AS u, triage->'needs' AS n FROM messages WHERE direction = 'in'",
        )
        == codes
    )
    assert codes[0]["u"] is not None
    assert await count(database, "messages WHERE body_redacted <> ''") == 0
    assert (
        await retention.purge(database, now=notes_due + timedelta(days=1), policy=policy(settings))
        == retention.PurgeCounts()
    )


async def test_a_conversation_reopened_after_a_purge_is_purged_again(
    app: FastAPI,
    operator_client: httpx.AsyncClient,
    database: Database,
    settings: Settings,
) -> None:
    closed_at = utcnow()
    conversation_id = await a_closed_conversation(
        app, operator_client, database, "o" * 43, closed_at=closed_at
    )
    period = timedelta(days=settings.text_after_close_days)
    first = await retention.purge(database, now=closed_at + period, policy=policy(settings))
    assert first.texts == 1
    async with database.transaction() as session:  # reopened later, a new note, closed again
        await session.execute(
            sa.update(Conversation)
            .where(Conversation.id == uuid.UUID(conversation_id))  # type: ignore[arg-type]
            .values(status=ConversationStatus.active.value, closed_at=None)
        )
    await add_note(database, conversation_id, "out", "Rappel au métro Berri-UQAM")
    again = closed_at + period + timedelta(days=10)
    await close(database, conversation_id, at=again)
    early = await retention.purge(database, now=again + timedelta(days=1), policy=policy(settings))
    assert early.texts == 0
    second = await retention.purge(database, now=again + period, policy=policy(settings))
    assert second.texts == 1
    assert await count(database, "messages WHERE direction = 'out' AND body_redacted <> ''") == 0


async def test_a_caller_who_agreed_keeps_the_address_until_then(
    app: FastAPI,
    operator_client: httpx.AsyncClient,
    database: Database,
    settings: Settings,
) -> None:
    closed_at = utcnow()
    conversation_id = await a_closed_conversation(
        app, operator_client, database, "a" * 43, closed_at=closed_at
    )
    agreed = closed_at + timedelta(days=10)
    answer = await operator_client.put(
        f"/api/conversations/{conversation_id}/retention", json={"agreed_until": agreed.isoformat()}
    )
    assert answer.status_code == 200, answer.text
    assert await rows(
        database, "SELECT action, subject_type, subject_id FROM audit_log WHERE action LIKE 'retention.%'"
    ) == [{"action": "retention.agreed", "subject_type": "conversation", "subject_id": conversation_id}]
    assert (
        await retention.purge(database, now=closed_at + timedelta(days=4), policy=policy(settings))
    ).vault_entries == 0
    assert (
        await retention.purge(database, now=agreed + timedelta(minutes=1), policy=policy(settings))
    ).vault_entries == 1


async def test_an_agreement_is_in_the_future_and_bounded(
    app: FastAPI,
    operator_client: httpx.AsyncClient,
    database: Database,
    settings: Settings,
) -> None:
    conversation_id = await a_closed_conversation(
        app, operator_client, database, "b" * 43, closed_at=utcnow()
    )
    url = f"/api/conversations/{conversation_id}/retention"
    past = await operator_client.put(url, json={"agreed_until": (utcnow() - timedelta(hours=1)).isoformat()})
    far = utcnow() + timedelta(days=settings.retention_agreed_max_days + 1)
    too_far = await operator_client.put(url, json={"agreed_until": far.isoformat()})
    cleared = await operator_client.put(url, json={"agreed_until": None})
    assert (past.status_code, too_far.status_code, cleared.status_code) == (422, 422, 200)
    assert await rows(database, "SELECT retention_agreed_until FROM contacts") == [
        {"retention_agreed_until": None}
    ]


async def test_the_purge_queries_use_the_expiry_indexes(database: Database) -> None:
    """The planner reaches what is due through the partial indexes, not a table scan."""
    plans = []
    async with database.engine.connect() as connection:
        await connection.execute(sa.text("SET enable_seqscan = off"))
        for sql in (
            "SELECT id FROM conversations WHERE status = 'closed' AND (texts_purged_at IS NULL"
            " OR texts_purged_at < closed_at) AND closed_at <= now()",
            "SELECT id FROM conversations WHERE status = 'closed' AND (notes_purged_at IS NULL"
            " OR notes_purged_at < closed_at) AND closed_at <= now()",
            "SELECT id FROM messages WHERE sealed_original IS NOT NULL AND sealed_expires_at <= now()",
            "SELECT contact_id FROM vault_entries WHERE expires_at <= now()",
        ):
            found = await connection.execute(sa.text(f"EXPLAIN {sql}"))
            plans.append(" ".join(str(row[0]) for row in found))
    for plan, index in zip(
        plans,
        (
            "ix_conversations_texts_due",
            "ix_conversations_notes_due",
            "ix_messages_sealed_expiry",
            "ix_vault_entries_expires_at",
        ),
        strict=True,
    ):
        assert index in plan, plan
