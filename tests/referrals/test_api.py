"""The referral contracts: make one (verbal or written consent), read it with its events,
revoke it; the caller's own yes and revocation keyword."""

from __future__ import annotations

import uuid

import httpx
import sqlalchemy as sa
from sqlmodel import col, select

from app.models import AuditEntry, Event, Message, PartnerNotice, ReferralFacts
from app.storage.db import Database
from tests.factories import receive
from tests.referrals.helpers import make_service, mark_safe, refer


async def _facts_exist(database: Database, referral_id: str) -> bool:
    async with database.sessions() as session:
        return await session.get(ReferralFacts, uuid.UUID(referral_id)) is not None


async def _notices(database: Database, referral_id: str) -> list[str]:
    async with database.sessions() as session:
        rows = await session.exec(
            select(PartnerNotice)
            .where(col(PartnerNotice.referral_id) == uuid.UUID(referral_id))
            .order_by(col(PartnerNotice.id))
        )
        return [row.kind for row in rows.all()]


class TestVerbalConsent:
    async def test_referral_answers_id_and_status_and_starts_the_deadline(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        service, _ = await make_service(database, method="email", target="intake@partner.example", minutes=15)
        accepted = await receive(database, "je cherche un hébergement ce soir")
        response = await refer(operator_client, accepted.conversation_id, service)
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["status"] == "requested" and body["consent_state"] == "given"
        assert uuid.UUID(body["id"]) and body["service_name"] == "Maison Marguerite"
        assert body["acknowledge_by"] is not None
        assert "Amina" not in response.text  # the facts are never in the API's answers
        assert await _facts_exist(database, body["id"])
        assert await _notices(database, body["id"]) == ["new"]

    async def test_its_events_are_listed_with_actor_and_time_and_audited(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        service, _ = await make_service(database)
        accepted = await receive(database, "Bonjour")
        made = (await refer(operator_client, accepted.conversation_id, service)).json()
        detail = (await operator_client.get(f"/api/referrals/{made['id']}")).json()
        assert detail["status"] == "requested"
        assert [(e["action"], e["actor"]) for e in detail["events"]] == [
            ("requested", "operator"),
            ("consent.given", "operator"),
        ]
        assert all(e["at"] for e in detail["events"])
        async with database.sessions() as session:
            audited = (
                await session.exec(
                    select(AuditEntry.action)
                    .where(col(AuditEntry.subject_id) == made["id"])
                    .order_by(col(AuditEntry.id))
                )
            ).all()
            live = (await session.exec(select(Event.kind).where(col(Event.kind) == "referral.updated"))).all()
        assert list(audited) == ["referral.requested", "referral.consent.given"]
        assert len(live) == 2
        url = f"/api/conversations/{accepted.conversation_id}/referrals"
        listed = (await operator_client.get(url)).json()
        assert [item["id"] for item in listed] == [made["id"]]

    async def test_refusals(self, operator_client: httpx.AsyncClient, database: Database) -> None:
        service, _ = await make_service(database)
        accepted = await receive(database, "Bonjour")
        unknown = await refer(operator_client, accepted.conversation_id, "no-such-service")
        assert unknown.status_code == 404
        no_number = await refer(
            operator_client, accepted.conversation_id, service, share=("callback_number",)
        )
        assert no_number.status_code == 422
        assert no_number.json()["details"][0]["field"] == "body.facts.callback_number"
        bad_fact = await refer(operator_client, accepted.conversation_id, service, share=("address",))
        assert bad_fact.status_code == 422

    async def test_requires_login(self, client: httpx.AsyncClient, database: Database) -> None:
        accepted = await receive(database, "Bonjour")
        assert (await refer(client, accepted.conversation_id, "x")).status_code == 401
        assert (await client.get(f"/api/referrals/{uuid.uuid4()}")).status_code == 401


class TestWrittenConsent:
    async def test_the_consent_text_goes_to_the_caller_and_their_yes_starts_the_referral(
        self, operator_client: httpx.AsyncClient, database: Database, app: object
    ) -> None:
        from app.conversations import inbound
        from app.domain import Accepted, ChannelKind, InboundMessage

        service, _ = await make_service(database, method="webhook", target="http://127.0.0.1:9/hook")
        accepted = await receive(database, "je cherche un hébergement")
        made = (await refer(operator_client, accepted.conversation_id, service, method="written")).json()
        assert made["status"] == "requested" and made["consent_state"] == "pending"
        assert made["acknowledge_by"] is None and await _notices(database, made["id"]) == []
        async with database.sessions() as session:
            texts = (
                await session.exec(select(Message.body_redacted).where(col(Message.direction) == "out"))
            ).all()
        assert any("OUI" in text and "RÉVOQUER" in text for text in texts), texts
        yes = await receive(database, "Oui !", address=None)  # another caller's yes changes nothing
        context = app.state.context  # type: ignore[attr-defined]
        said = InboundMessage(channel=ChannelKind.webchat, address="x", text="Oui !")
        await inbound.answer_consent(context, yes, said)
        detail = (await operator_client.get(f"/api/referrals/{made['id']}")).json()
        assert detail["consent_state"] == "pending"
        own_yes = Accepted(
            conversation_id=accepted.conversation_id, message_id=yes.message_id + 1, duplicate=False
        )
        await inbound.answer_consent(context, own_yes, said)
        detail = (await operator_client.get(f"/api/referrals/{made['id']}")).json()
        assert detail["consent_state"] == "given" and detail["acknowledge_by"] is not None
        assert [(e["action"], e["actor"]) for e in detail["events"]][-1] == ("consent.given", "caller")
        assert await _notices(database, made["id"]) == ["new"]

    async def test_a_yes_after_another_message_to_the_caller_is_not_a_consent(
        self, operator_client: httpx.AsyncClient, database: Database, app: object
    ) -> None:
        from app.conversations import inbound
        from app.domain import ChannelKind, InboundMessage

        service, _ = await make_service(database)
        address = "tab-" + uuid.uuid4().hex
        accepted = await receive(database, "je cherche un hébergement", address=address)
        made = (await refer(operator_client, accepted.conversation_id, service, method="written")).json()
        asked = await operator_client.post(
            f"/api/conversations/{accepted.conversation_id}/messages",
            json={"text": "Êtes-vous en sécurité maintenant ?"},
        )
        assert asked.status_code == 201, asked.text
        yes = await receive(database, "Oui", address=address)  # answers the question, not the consent
        assert yes.conversation_id == accepted.conversation_id
        said = InboundMessage(channel=ChannelKind.webchat, address=address, text="Oui")
        await inbound.answer_consent(app.state.context, yes, said)  # type: ignore[attr-defined]
        detail = (await operator_client.get(f"/api/referrals/{made['id']}")).json()
        assert detail["consent_state"] == "pending"

    async def test_not_asked_on_a_contact_not_marked_safe(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        from app.domain import ChannelKind

        service, _ = await make_service(database)
        accepted = await receive(database, "Bonjour", channel=ChannelKind.sms, address="+15145550100")
        refused = await refer(operator_client, accepted.conversation_id, service, method="written")
        assert refused.status_code == 409
        await mark_safe(database, accepted.conversation_id)
        made = await refer(operator_client, accepted.conversation_id, service, method="written")
        assert made.status_code == 201


class TestRevocation:
    async def test_revoked_before_acceptance_cancels_deletes_and_tells_the_partner(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        service, _ = await make_service(database, method="email", target="intake@partner.example")
        accepted = await receive(database, "Bonjour")
        made = (await refer(operator_client, accepted.conversation_id, service)).json()
        revoked = await operator_client.post(f"/api/referrals/{made['id']}/revoke", json={})
        assert revoked.status_code == 200
        body = revoked.json()
        assert body["status"] == "cancelled" and body["consent_state"] == "revoked"
        assert [e["action"] for e in body["events"]][-2:] == ["consent.revoked", "cancelled"]
        assert not await _facts_exist(database, made["id"])
        assert await _notices(database, made["id"]) == ["new", "revoked"]
        again = await operator_client.post(f"/api/referrals/{made['id']}/revoke", json={})
        assert again.status_code == 200 and len(again.json()["events"]) == len(body["events"])

    async def test_the_events_table_refuses_updates(
        self, operator_client: httpx.AsyncClient, database: Database
    ) -> None:
        import pytest
        from sqlalchemy.exc import DBAPIError

        service, _ = await make_service(database)
        accepted = await receive(database, "Bonjour")
        await refer(operator_client, accepted.conversation_id, service)
        with pytest.raises(DBAPIError):
            async with database.transaction() as session:
                await session.execute(sa.text("UPDATE referral_events SET actor_kind = 'partner'"))


class TestCallerRevocation:
    async def test_the_revocation_keyword_withdraws_every_standing_consent(
        self, operator_client: httpx.AsyncClient, database: Database, app: object
    ) -> None:
        from app.conversations import inbound
        from app.domain import Accepted, ChannelKind, InboundMessage

        service, _ = await make_service(database)
        accepted = await receive(database, "Bonjour")
        made = (await refer(operator_client, accepted.conversation_id, service)).json()
        context = app.state.context  # type: ignore[attr-defined]
        said = Accepted(
            conversation_id=accepted.conversation_id, message_id=accepted.message_id + 1000, duplicate=False
        )
        await inbound.answer_consent(
            context, said, InboundMessage(channel=ChannelKind.webchat, address="x", text="Révoquer")
        )
        detail = (await operator_client.get(f"/api/referrals/{made['id']}")).json()
        assert detail["consent_state"] == "revoked" and detail["status"] == "cancelled"
        assert [(e["action"], e["actor"]) for e in detail["events"]][-2:] == [
            ("consent.revoked", "caller"),
            ("cancelled", "caller"),
        ]
        assert not await _facts_exist(database, made["id"])
        async with database.sessions() as session:
            texts = (
                await session.exec(select(Message.body_redacted).where(col(Message.direction) == "out"))
            ).all()
        assert any("retiré" in text for text in texts), texts


async def test_the_console_shows_the_conversations_referrals(
    operator_client: httpx.AsyncClient, database: Database
) -> None:
    service, _ = await make_service(database)
    accepted = await receive(database, "Bonjour")
    made = (await refer(operator_client, accepted.conversation_id, service)).json()
    page = await operator_client.get("/console", params={"c": accepted.conversation_id})
    assert f'data-referral-id="{made["id"]}"' in page.text and 'id="refer-dialog"' in page.text
    assert "Amina" not in page.text
