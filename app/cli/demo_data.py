"""Demo data for `hotline demo`: a demo operator, fictional conversations and Québec partners."""

from __future__ import annotations

import secrets

from sqlmodel import func, select

import directory
from app.conversations import intake
from app.conversations.intake import IntakeKeys
from app.domain import ChannelKind, InboundMessage
from app.models import Conversation, Role
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


async def load(
    database_url: str, *, settings: Settings, operator_password: str, supervisor_password: str | None = None
) -> None:
    database = Database.connect(database_url, pool_size=1)
    keys = IntakeKeys.from_settings(settings)
    try:
        async with database.transaction() as session:
            await users.create_or_reset(
                session, email=OPERATOR_EMAIL, password=operator_password, role=Role.operator
            )
            if supervisor_password:  # edits the resource directory, which operators only read
                await users.create_or_reset(
                    session, email=SUPERVISOR_EMAIL, password=supervisor_password, role=Role.supervisor
                )
            existing = (await session.exec(select(func.count()).select_from(Conversation))).one()
        async with database.transaction() as session:
            await directory.load_demo(session)  # fixed ids: loading twice updates, never duplicates
        if existing:
            return
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
