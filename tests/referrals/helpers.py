"""Small factories for referral tests: a partner service in the directory, a conversation,
a referral made through the API, and a clock the tests move."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
import sqlalchemy as sa

from app.models import Contact, Conversation
from app.storage.db import Database
from directory.tables import TABLES


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def clock_at_now() -> Clock:
    return Clock(datetime.now(UTC))


async def make_service(
    database: Database,
    *,
    method: str = "portal",
    target: str | None = None,
    minutes: int | None = 15,
    organization_id: str | None = None,
    name: str = "Maison Marguerite",
) -> tuple[str, str]:
    """(service id, organization id) of a new active service."""
    organization = organization_id or str(uuid.uuid4())
    service = str(uuid.uuid4())
    async with database.transaction() as session:
        if organization_id is None:
            await session.execute(
                sa.insert(TABLES["organization"]).values(
                    id=organization, name=f"{name} (organisation)", active=True
                )
            )
        await session.execute(
            sa.insert(TABLES["service"]).values(
                id=service,
                organization_id=organization,
                name=name,
                status="active",
                referral_mode="warm",
                acknowledgement_minutes=minutes,
                notification_method=method,
                notification_target=target,
            )
        )
    return service, organization


async def mark_safe(database: Database, conversation_id: str, safe: bool = True) -> None:
    async with database.transaction() as session:
        conversation = await session.get(Conversation, uuid.UUID(conversation_id))
        assert conversation is not None
        contact = await session.get(Contact, conversation.contact_id)
        assert contact is not None
        contact.safe_to_reply = safe
        session.add(contact)


async def refer(
    client: httpx.AsyncClient,
    conversation_id: str,
    service_id: str,
    *,
    method: str = "verbal",
    share: tuple[str, ...] = ("first_name", "language"),
    first_name: str = "Amina",
) -> httpx.Response:
    return await client.post(
        f"/api/conversations/{conversation_id}/referrals",
        json={
            "service_id": service_id,
            "share": list(share),
            "purpose": "shelter tonight",
            "consent_method": method,
            "facts": {"first_name": first_name, "summary": "needs a bed"},
        },
    )
