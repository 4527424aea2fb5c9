"""Demo data for `hotline demo`: a demo operator, fictional conversations and Québec partners."""

from __future__ import annotations

import secrets

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

import directory
from app.conversations import intake
from app.conversations.intake import IntakeKeys
from app.domain import ChannelKind, InboundMessage
from app.models import Conversation, Role, User
from app.security import users
from app.settings import Settings
from app.storage.db import Database

OPERATOR_EMAIL = "intervenant@demo.example.org"
SUPERVISOR_EMAIL = "superviseure@demo.example.org"

# Fictional messages, written the way people write to a line; no real person.
_DEMO_MESSAGES = (
    "Bonjour, je travaille dans un restaurant à Laval, le patron garde mon passeport "
    "et je ne suis pas payée depuis 3 mois. Je ne sais pas quoi faire.",
    "Hi, my cousin came for a farm job near Leamington, they took his passport and "
    "he works 16 hours a day. He is scared to call.",
    "qu'est-ce que la traite des personnes? c'est pour un travail d'école",
)


async def _accounts(session: AsyncSession, *, new_passwords: bool) -> dict[str, str]:
    """Creates the demo operator and supervisor (who edits the resource directory, which operators
    only read) with random passwords; an existing account keeps its password unless
    `new_passwords`. Returns the passwords set, by e-mail."""
    passwords: dict[str, str] = {}
    for email, role in ((OPERATOR_EMAIL, Role.operator), (SUPERVISOR_EMAIL, Role.supervisor)):
        exists = (await session.exec(select(User.id).where(col(User.email) == email))).first()
        if exists is None or new_passwords:
            passwords[email] = secrets.token_urlsafe(12)
            await users.create_or_reset(session, email=email, password=passwords[email], role=role)
    return passwords


async def load(database_url: str, *, settings: Settings, new_passwords: bool = False) -> dict[str, str]:
    """Loads the demo; returns the demo accounts' new passwords by e-mail (none when kept)."""
    database = Database.connect(database_url, pool_size=1)
    keys = IntakeKeys.from_settings(settings)
    try:
        async with database.transaction() as session:
            passwords = await _accounts(session, new_passwords=new_passwords)
            existing = (await session.exec(select(func.count()).select_from(Conversation))).one()
        async with database.transaction() as session:
            await directory.load_demo(session)  # fixed ids: loading twice updates, never duplicates
        if existing:
            return passwords
        for text in _DEMO_MESSAGES:
            async with database.transaction() as session:
                await intake.receive(
                    session,
                    keys=keys,
                    inbound=InboundMessage(
                        channel=ChannelKind.webchat, address=secrets.token_urlsafe(32), text=text
                    ),
                )
    finally:
        await database.dispose()
    return passwords
