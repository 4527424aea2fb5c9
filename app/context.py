"""What one app process holds for its lifetime, built in `create_app`'s lifespan."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from app.conversations.intake import IntakeKeys
from app.domain import CallControl
from app.live.event_hub import EventHub
from app.security.auth import SessionSigner
from app.settings import Settings
from app.storage.db import Database


@dataclass
class AppContext:
    settings: Settings
    database: Database
    hub: EventHub
    signer: SessionSigner
    keys: IntakeKeys
    # The voice provider's calls (ring an operator's phone), when one is configured.
    call_control: CallControl | None = None
    # Logins (staff and partner) in progress at once in this process; the others wait their
    # turn without a database connection, so a flood of logins leaves the pool to the chats
    # and webhooks (each login writes an audit entry under the audit log's one lock).
    logins: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(LOGINS_AT_ONCE))


LOGINS_AT_ONCE = 4
