"""Small async factories."""

from __future__ import annotations

import secrets
from datetime import timedelta

from app.conversations import intake
from app.domain import Accepted, ChannelKind, InboundMessage
from app.models import Role, User
from app.security import users
from app.settings import Settings
from app.storage.db import Database


async def make_user(database: Database, *, email: str, password: str, role: Role = Role.operator) -> User:
    async with database.transaction() as session:
        return await users.create_or_reset(session, email=email, password=password, role=role)


def keys(settings: Settings | None = None) -> intake.IntakeKeys:
    return intake.IntakeKeys.from_settings(settings or Settings(env="test"))


async def receive(
    database: Database,
    text: str,
    *,
    address: str | None = None,
    channel: ChannelKind = ChannelKind.webchat,
    provider_id: str | None = None,
    vault_ttl: timedelta | None = None,
    languages: tuple[str, ...] | None = None,
) -> Accepted:
    intake_keys = keys()
    if vault_ttl is not None or languages is not None:
        intake_keys = intake.IntakeKeys(
            pseudonym_key=intake_keys.pseudonym_key,
            vault_key=intake_keys.vault_key,
            vault_ttl=vault_ttl or intake_keys.vault_ttl,
            sealed_ttl=intake_keys.sealed_ttl,
            languages=intake_keys.languages if languages is None else languages,
        )
    inbound = InboundMessage(
        channel=channel,
        address=address or secrets.token_urlsafe(32),
        text=text,
        provider_id=provider_id,
    )
    async with database.transaction() as session:
        return await intake.receive(session, keys=intake_keys, inbound=inbound)
