"""What one app process holds for its lifetime, built in `create_app`'s lifespan."""

from __future__ import annotations

from dataclasses import dataclass

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
