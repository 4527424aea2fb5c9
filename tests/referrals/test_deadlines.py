"""Acknowledgement deadlines are rows: with a controlled clock, a passing deadline expires the
referral once, even with two app processes' workers at it, alerts the console and proposes the
next matching partner."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
from sqlmodel import col, select

import directory
from app.models import AuditEntry, Event, ReferralFacts
from app.referrals.notice_delivery import Notice
from app.referrals.worker import ReferralWorker
from app.settings import Settings
from app.storage.db import Database
from tests.factories import receive
from tests.referrals.helpers import Clock, clock_at_now, refer


class RecordingSender:
    def __init__(self) -> None:
        self.sent: list[Notice] = []

    async def send(self, notice: Notice) -> None:
        self.sent.append(notice)


def _worker(database: Database, settings: Settings, clock: Clock, sender: RecordingSender) -> ReferralWorker:
    return ReferralWorker(database=database, settings=settings, sender=sender, clock=clock)  # type: ignore[arg-type]


async def _referral_to_first_suggestion(client: httpx.AsyncClient, database: Database) -> tuple[str, str]:
    async with database.transaction() as session:
        await directory.load_demo(session)
    accepted = await receive(database, "il m'a frappée, je cherche un hébergement ce soir à Montréal")
    async with database.sessions() as session:
        found = await directory.match(session, ["shelter"], language="fr", limit=1)
    service = found[0].service_id
    made = await refer(client, accepted.conversation_id, service)
    assert made.status_code == 201, made.text
    return made.json()["id"], service


async def test_a_deadline_escalates_once_across_two_processes(
    operator_client: httpx.AsyncClient, database: Database, database_url: str, settings: Settings
) -> None:
    referral_id, first_service = await _referral_to_first_suggestion(operator_client, database)
    clock, sender = clock_at_now(), RecordingSender()
    # Two processes: two connection pools, two workers, the same database.
    other = Database.connect(database_url, pool_size=2)
    try:
        one, two = _worker(database, settings, clock, sender), _worker(other, settings, clock, sender)
        clock.advance(timedelta(minutes=14))  # the demo services ask for 15 minutes
        assert [await one.run_once(), await two.run_once()][0][0] == 0
        assert (await operator_client.get(f"/api/referrals/{referral_id}")).json()["status"] == "requested"
        clock.advance(timedelta(minutes=2))
        results = await asyncio.gather(one.run_once(), two.run_once(), one.run_once(), two.run_once())
    finally:
        await other.dispose()
    assert sum(expired for expired, _ in results) == 1
    detail = (await operator_client.get(f"/api/referrals/{referral_id}")).json()
    assert detail["status"] == "expired" and detail["consent_state"] == "ended"
    assert [e["action"] for e in detail["events"]].count("expired") == 1
    assert detail["events"][-1]["actor"] == "system" and detail["events"][-1]["reason"] == "not_acknowledged"
    async with database.sessions() as session:
        alerts = [
            event.payload
            for event in (
                await session.exec(
                    select(Event).where(col(Event.kind) == "referral.updated").order_by(col(Event.id))
                )
            ).all()
            if event.payload.get("alert")
        ]
        audited = (
            await session.exec(select(AuditEntry.action).where(col(AuditEntry.action) == "referral.expired"))
        ).all()
        facts = (await session.exec(select(ReferralFacts))).all()
    assert len(alerts) == 1 and len(audited) == 1 and facts == []
    proposed = alerts[0]["referral"]["proposed_service_id"]
    assert proposed is not None and proposed != first_service


async def test_a_worker_started_later_still_expires_it(
    operator_client: httpx.AsyncClient, database: Database, database_url: str, settings: Settings
) -> None:
    referral_id, _ = await _referral_to_first_suggestion(operator_client, database)
    clock = clock_at_now()
    clock.advance(timedelta(hours=1))
    restarted = Database.connect(database_url, pool_size=2)  # a process that started after the referral
    try:
        expired, _ = await _worker(restarted, settings, clock, RecordingSender()).run_once()
    finally:
        await restarted.dispose()
    assert expired == 1
    assert (await operator_client.get(f"/api/referrals/{referral_id}")).json()["status"] == "expired"


async def test_a_consent_past_its_end_date_stops_sharing(
    operator_client: httpx.AsyncClient, database: Database, settings: Settings
) -> None:
    from tests.referrals.helpers import make_service

    service, _ = await make_service(database, minutes=60 * 24 * 7)
    accepted = await receive(database, "Bonjour")
    clock = clock_at_now()
    until = (clock.now + timedelta(days=2)).isoformat()
    made = await operator_client.post(
        f"/api/conversations/{accepted.conversation_id}/referrals",
        json={
            "service_id": service,
            "share": ["first_name"],
            "purpose": "aide",
            "consent_method": "verbal",
            "consent_until": until,
            "facts": {"first_name": "Amina"},
        },
    )
    assert made.status_code == 201, made.text
    worker = _worker(database, settings, clock, RecordingSender())
    clock.advance(timedelta(days=1))
    await worker.run_once()
    referral_id = made.json()["id"]
    assert (await operator_client.get(f"/api/referrals/{referral_id}")).json()["consent_state"] == "given"
    clock.advance(timedelta(days=1, seconds=1))
    await worker.run_once()
    detail = (await operator_client.get(f"/api/referrals/{referral_id}")).json()
    assert detail["consent_state"] == "ended" and detail["status"] == "cancelled"
    assert [(e["action"], e["actor"]) for e in detail["events"]][-2:] == [
        ("consent.ended", "system"),
        ("cancelled", "system"),
    ]
    async with database.sessions() as session:
        assert (await session.exec(select(ReferralFacts))).all() == []
