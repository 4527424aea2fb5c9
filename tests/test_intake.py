from __future__ import annotations

import asyncio
import threading
import uuid
from datetime import timedelta

import httpx
import pytest
import sqlalchemy as sa
from sqlmodel import col, select

import triage
from app.conversations import messages
from app.conversations.intake import sealed_context
from app.domain import ChannelKind
from app.models import Contact, Conversation, Event, Message
from app.security import vault
from app.security.pseudonyms import pseudonym
from app.security.sealing import SealBroken, seal, unseal
from app.storage.db import Database
from tests.factories import keys, receive
from tests.postgres import PostgresForTests

PHONE = "+1 514 555 0199"


class TestPseudonyms:
    def test_same_address_same_pseudonym_and_channel_matters(self) -> None:
        key = b"k" * 32
        assert pseudonym(key, ChannelKind.sms, "+15145550199") == pseudonym(
            key, ChannelKind.sms, "+1 514 555 0199"
        )
        assert pseudonym(key, ChannelKind.sms, PHONE) != pseudonym(key, ChannelKind.whatsapp, PHONE)
        assert pseudonym(key, ChannelKind.sms, PHONE) != pseudonym(b"j" * 32, ChannelKind.sms, PHONE)


class TestSealing:
    def test_round_trip_and_context_binding(self) -> None:
        key = b"k" * 32
        sealed = seal(key, PHONE, context="vault:1")
        assert PHONE.encode() not in sealed
        assert unseal(key, sealed, context="vault:1") == PHONE
        try:
            unseal(key, sealed, context="vault:2")
        except SealBroken:
            pass
        else:
            raise AssertionError("a seal opened under another row's context")


class TestIntake:
    async def test_returning_caller_is_recognised_without_storing_the_address(
        self, database: Database, postgres: PostgresForTests, database_url: str
    ) -> None:
        first = await receive(database, "Bonjour, j'ai besoin d'aide", address=PHONE, channel=ChannelKind.sms)
        second = await receive(database, "Vous êtes là?", address=PHONE, channel=ChannelKind.sms)
        assert first.conversation_id == second.conversation_id
        async with database.sessions() as session:
            contacts = (await session.exec(select(Contact))).all()
            assert len(contacts) == 1
            address = await vault.reveal(session, key=keys().vault_key, contact_id=contacts[0].id or 0)
        assert address == PHONE
        dump = postgres.dump(database_url)
        for form in (PHONE, "5145550199", "514 555 0199"):
            assert form not in dump

    async def test_vault_entry_expires(self, database: Database) -> None:
        await receive(
            database, "allo", address=PHONE, channel=ChannelKind.sms, vault_ttl=timedelta(seconds=-1)
        )
        async with database.sessions() as session:
            contact = (await session.exec(select(Contact))).one()
            assert await vault.reveal(session, key=keys().vault_key, contact_id=contact.id or 0) is None

    async def test_text_is_stored_redacted_and_the_original_only_sealed(self, database: Database) -> None:
        text = "Appelez-moi au 514-555-0199 ou ecrivez a ana.r@example.com"
        accepted = await receive(database, text)
        async with database.sessions() as session:
            message = await session.get(Message, accepted.message_id)
        assert message is not None
        assert "514-555-0199" not in message.body_redacted
        assert "[PHONE]" in message.body_redacted and "[EMAIL]" in message.body_redacted
        assert message.sealed_original is not None
        assert (
            unseal(keys().vault_key, message.sealed_original, context=sealed_context(message.conversation_id))
            == text
        )

    async def test_provider_id_makes_a_retried_delivery_one_message(self, database: Database) -> None:
        first = await receive(database, "hello", address=PHONE, channel=ChannelKind.sms, provider_id="SM123")
        again = await receive(database, "hello", address=PHONE, channel=ChannelKind.sms, provider_id="SM123")
        assert again.duplicate and again.message_id == first.message_id
        async with database.sessions() as session:
            count = (await session.execute(sa.select(sa.func.count()).select_from(Message))).scalar()
        assert count == 1

    async def test_urgency_only_rises_and_queue_events_follow(self, database: Database) -> None:
        await receive(database, "Bonjour, une question", address=PHONE)
        await receive(database, "il est devant la porte, il va me tuer", address=PHONE)
        accepted = await receive(database, "merci, ça va mieux", address=PHONE)
        async with database.sessions() as session:
            conversation = await session.get(Conversation, uuid.UUID(accepted.conversation_id))
            kinds = [
                event.kind for event in (await session.exec(select(Event).order_by(col(Event.id)))).all()
            ]
        assert conversation is not None and conversation.urgency == "emergency"
        assert kinds == [
            "conversation.created",
            "message.created",
            "conversation.updated",
            "message.created",
            "message.created",
        ]

    async def test_triage_is_stored_and_sent_to_staff_only(self, database: Database) -> None:
        accepted = await receive(database, "mon patron garde mon passeport, je suis à Laval", address=PHONE)
        async with database.sessions() as session:
            message = await session.get(Message, accepted.message_id)
            event = (await session.exec(select(Event).where(col(Event.kind) == "message.created"))).one()
            visitor_view = await messages.of_conversation(
                session, conversation_id=uuid.UUID(accepted.conversation_id)
            )
        assert message is not None and message.triage is not None
        assert "retention_of_documents" in message.triage["indicators"]
        assert "redacted" not in message.triage  # the clear text lives in one column only
        staff_view = event.payload["message"]["triage"]
        assert staff_view["urgency"] == "high" and staff_view["explanations"]
        assert "entities" not in staff_view
        assert visitor_view[0].triage is None  # what the caller's own page may show

    async def test_language_is_told_among_the_hotline_languages(self, database: Database) -> None:
        text = "el patrón no me paga y tengo miedo"
        spanish = await receive(database, text, languages=("fr", "en", "es"))
        restricted = await receive(database, text, languages=("fr", "en"))
        async with database.sessions() as session:
            first = await session.get(Message, spanish.message_id)
            second = await session.get(Message, restricted.message_id)
        assert first is not None and first.triage is not None and first.triage["language"] == "es"
        assert second is not None and second.triage is not None and second.triage["language"] != "es"

    async def test_events_carry_no_raw_text(self, database: Database) -> None:
        await receive(database, "mon numéro 514 555 0199", address=PHONE)
        async with database.sessions() as session:
            payloads = [e.payload for e in (await session.exec(select(Event))).all()]
        assert "555 0199" not in repr(payloads)


class TestTriageOffTheLoop:
    async def test_health_answers_while_a_message_is_read(
        self, client: httpx.AsyncClient, database: Database, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """No clock: the reading waits until the test lets it go, so a reading run on the event
        loop would hold it until its wait ran out, and /healthz would answer only after that."""
        real = triage.analyze
        entered, released, ran_out = threading.Event(), threading.Event(), threading.Event()

        def held(*args: object, **kwargs: object) -> triage.TriageResult:
            entered.set()
            if not released.wait(timeout=10):
                ran_out.set()
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(triage, "analyze", held)
        received = asyncio.create_task(receive(database, "il va me tuer ce soir"))
        while not entered.is_set():
            await asyncio.sleep(0.01)
        assert (await client.get("/healthz")).status_code == 200
        assert not ran_out.is_set(), "the triage of an inbound message held the event loop"
        released.set()
        assert (await received).duplicate is False
